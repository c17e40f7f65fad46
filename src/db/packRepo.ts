// Workshop packs and the attempts students make from them.
//   packs     packs an instructor built (origin 'built') and packs a student received
//             (origin 'received'); the pack itself is stored as validated JSON in `pack`.
//   attempts  a student's run through a received pack (mode 'workshop'); `result` holds the
//             workshop details (WorkshopAttemptMeta): pack, display name, time per question.
//   answers   each answer, stored with the attempt's id as attemptId.
// Writes of several records (joining: the pack and the attempt; handing in: the attempt and its
// answers) happen in one transaction, so a failure (e.g. full storage) leaves none of them.
import { packSchema, type Pack } from '../lib/pack/schema';
import {
  db as appDb,
  type AnswerRecord,
  type AttemptRecord,
  type LeastPrivilegeDB,
  type PackRecord,
} from './database';

export type PackOrigin = PackRecord['origin'];

/** The record id of a pack: one per profile and origin, so an instructor can test their own link. */
export function packRecordId(profileId: string, origin: PackOrigin, packId: string): string {
  return `${profileId}:${origin}:${packId}`;
}

/** A stored pack, validated again on the way out (storage may hold an older format). */
export function readPack(record: PackRecord): Pack | null {
  const parsed = packSchema.safeParse(record.pack);
  return parsed.success ? parsed.data : null;
}

/** Stores a pack the instructor built, or a pack a student received; returns the record id. */
export async function savePack(
  profileId: string,
  origin: PackOrigin,
  pack: Pack,
  db: LeastPrivilegeDB = appDb,
): Promise<string> {
  const id = packRecordId(profileId, origin, pack.id);
  const now = Date.now();
  await db.transaction('rw', db.packs, async () => {
    const existing = await db.packs.get(id);
    await db.packs.put({
      id,
      profileId,
      title: pack.title,
      origin,
      pack,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
  });
  return id;
}

/** The profile's packs of one origin, newest first. */
export async function listPacks(
  profileId: string,
  origin: PackOrigin,
  db: LeastPrivilegeDB = appDb,
): Promise<PackRecord[]> {
  const rows = await db.packs.where('profileId').equals(profileId).toArray();
  return rows.filter((r) => r.origin === origin).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function getPackRecord(
  id: string,
  db: LeastPrivilegeDB = appDb,
): Promise<PackRecord | undefined> {
  return db.packs.get(id);
}

/** Deletes a pack; for a built pack, also the results imported for it. */
export async function deletePack(id: string, db: LeastPrivilegeDB = appDb): Promise<void> {
  await db.transaction('rw', db.packs, db.workshopResults, async () => {
    const record = await db.packs.get(id);
    if (!record) return;
    await db.packs.delete(id);
    if (record.origin === 'built') {
      const pack = readPack(record);
      if (pack)
        await db.workshopResults
          .where('packId')
          .equals(pack.id)
          .filter((r) => r.profileId === record.profileId)
          .delete();
    }
  });
}

/** What a workshop attempt keeps beyond the common attempt fields (stored in `result`). */
export interface WorkshopAttemptMeta {
  kind: 'workshop';
  packRecordId: string;
  packId: string;
  packChecksum: string;
  contentDigest: string;
  student: string;
  /** ms spent on each question */
  msByQuestion: Record<string, number>;
  timedOut: boolean;
  /** written when the student hands in */
  score: { right: number; total: number } | null;
}

/** Reads the workshop details of an attempt, or null if it is not a workshop attempt. */
export function workshopMeta(attempt: AttemptRecord): WorkshopAttemptMeta | null {
  const meta = attempt.result as Partial<WorkshopAttemptMeta> | null;
  return attempt.mode === 'workshop' && meta?.kind === 'workshop'
    ? (meta as WorkshopAttemptMeta)
    : null;
}

/** Starts a student's attempt at a received pack. */
export async function startWorkshopAttempt(
  input: {
    id: string;
    profileId: string;
    pack: Pack;
    packRecordId: string;
    packChecksum: string;
    contentDigest: string;
    student: string;
    questionIds: string[];
  },
  db: LeastPrivilegeDB = appDb,
): Promise<AttemptRecord> {
  const now = Date.now();
  const meta: WorkshopAttemptMeta = {
    kind: 'workshop',
    packRecordId: input.packRecordId,
    packId: input.pack.id,
    packChecksum: input.packChecksum,
    contentDigest: input.contentDigest,
    student: input.student,
    msByQuestion: {},
    timedOut: false,
    score: null,
  };
  const attempt: AttemptRecord = {
    id: input.id,
    profileId: input.profileId,
    mode: 'workshop',
    status: 'in-progress',
    title: input.pack.title,
    examId: null,
    questionIds: input.questionIds,
    unscoredIds: [],
    seed: input.pack.seed,
    responses: {},
    flagged: [],
    currentIndex: 0,
    startedAt: now,
    limitMs: input.pack.timeLimitMinutes === null ? null : input.pack.timeLimitMinutes * 60_000,
    elapsedMs: 0,
    submittedAt: null,
    result: meta,
    updatedAt: now,
  };
  await db.attempts.add(attempt);
  return attempt;
}

/**
 * A student joins a workshop: stores the received pack and starts an attempt at it, in one
 * transaction (both or neither). Returns the attempt.
 */
export async function joinWorkshop(
  input: Omit<Parameters<typeof startWorkshopAttempt>[0], 'packRecordId'>,
  db: LeastPrivilegeDB = appDb,
): Promise<AttemptRecord> {
  return db.transaction('rw', db.packs, db.attempts, async () => {
    const packRecordId = await savePack(input.profileId, 'received', input.pack, db);
    return startWorkshopAttempt({ ...input, packRecordId }, db);
  });
}

/** The profile's workshop attempts, newest first. */
export async function listWorkshopAttempts(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<AttemptRecord[]> {
  const rows = await db.attempts.where('profileId').equals(profileId).toArray();
  return rows.filter((a) => a.mode === 'workshop').sort((a, b) => b.startedAt - a.startedAt);
}

/** Saves progress of an attempt that is still open (responses, position, time). */
export async function saveWorkshopProgress(
  attemptId: string,
  changes: Partial<Pick<AttemptRecord, 'responses' | 'currentIndex' | 'elapsedMs' | 'result'>>,
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  await db.transaction('rw', db.attempts, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt || attempt.status !== 'in-progress') return;
    await db.attempts.put({ ...attempt, ...changes, updatedAt: Date.now() });
  });
}

/** Stores answers (the moment they are final) in the learner's answers table, all or none. */
export async function saveWorkshopAnswers(
  answers: Omit<AnswerRecord, 'id'>[],
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  if (answers.length)
    await db.transaction('rw', db.answers, async () => {
      await db.answers.bulkAdd(answers);
    });
}

/**
 * Closes an attempt in one transaction: status submitted, final responses, time and score, and
 * the answers not stored yet (an answer already stored for a question of the attempt, e.g. when
 * it was checked, is kept as it is).
 */
export async function handInWorkshopAttempt(
  attemptId: string,
  final: Pick<AttemptRecord, 'responses' | 'elapsedMs'> & { meta: WorkshopAttemptMeta },
  answers: Omit<AnswerRecord, 'id'>[],
  db: LeastPrivilegeDB = appDb,
): Promise<AttemptRecord | null> {
  return db.transaction('rw', db.attempts, db.answers, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt || attempt.status !== 'in-progress') return attempt ?? null;
    const now = Date.now();
    const closed: AttemptRecord = {
      ...attempt,
      status: 'submitted',
      responses: final.responses,
      elapsedMs: final.elapsedMs,
      result: final.meta,
      submittedAt: now,
      updatedAt: now,
    };
    await db.attempts.put(closed);
    const stored = await db.answers.where('attemptId').equals(attemptId).toArray();
    const done = new Set(
      stored.filter((a) => a.profileId === attempt.profileId).map((a) => a.questionId),
    );
    const fresh = answers.filter((a) => !done.has(a.questionId));
    if (fresh.length) await db.answers.bulkAdd(fresh);
    return closed;
  });
}
