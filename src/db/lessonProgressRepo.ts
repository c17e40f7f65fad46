// Lesson progress per profile: reading position, time spent and completion.
import { db as appDb, type LeastPrivilegeDB, type LessonProgress } from './database';

function blank(profileId: string, lessonId: string, now: number): LessonProgress {
  return {
    profileId,
    lessonId,
    readFraction: 0,
    secondsSpent: 0,
    lastOpenedAt: now,
    completedAt: null,
    updatedAt: now,
  };
}

/** Records reading: keeps the furthest position and adds the time spent. */
export async function recordReading(
  profileId: string,
  lessonId: string,
  readFraction: number,
  addSeconds: number,
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.lessonProgress, async () => {
    const current =
      (await db.lessonProgress.get([profileId, lessonId])) ?? blank(profileId, lessonId, now);
    await db.lessonProgress.put({
      ...current,
      readFraction: Math.min(1, Math.max(current.readFraction, readFraction)),
      secondsSpent: current.secondsSpent + Math.max(0, Math.round(addSeconds)),
      lastOpenedAt: now,
      updatedAt: now,
    });
  });
}

/** Marks a lesson completed (or not completed) for a profile. */
export async function setLessonCompleted(
  profileId: string,
  lessonId: string,
  completed: boolean,
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.lessonProgress, async () => {
    const current =
      (await db.lessonProgress.get([profileId, lessonId])) ?? blank(profileId, lessonId, now);
    await db.lessonProgress.put({
      ...current,
      completedAt: completed ? now : null,
      updatedAt: now,
    });
  });
}

export function lessonProgressFor(profileId: string, db: LeastPrivilegeDB = appDb) {
  return db.lessonProgress.where('profileId').equals(profileId).toArray();
}
