// Quiz and checkpoint answers, one record per answer, written the moment it is given.
import { db as appDb, type AnswerRecord, type LeastPrivilegeDB } from './database';

export async function saveAnswer(
  answer: Omit<AnswerRecord, 'id'>,
  db: LeastPrivilegeDB = appDb,
): Promise<number> {
  return db.answers.add(answer) as Promise<number>;
}

export function answersForAttempt(
  profileId: string,
  attemptId: string,
  db: LeastPrivilegeDB = appDb,
) {
  return db.answers
    .where('attemptId')
    .equals(attemptId)
    .filter((a) => a.profileId === profileId)
    .toArray();
}
