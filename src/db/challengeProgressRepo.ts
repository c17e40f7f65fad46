// Playground challenge progress per profile, in the `challengeProgress` table: attempts,
// when it was solved, and (in `lastSubmission`) the learner's last document or choice, how
// many hints they unlocked and whether they gave up.
import { db as appDb, type ChallengeProgressRecord, type LeastPrivilegeDB } from './database';

/** What `lastSubmission` holds. */
export interface ChallengeDraft {
  text?: string;
  option?: string | null;
  hintsUsed: number;
  gaveUp: boolean;
}

/** Reads `lastSubmission` defensively (it is stored data, not trusted). */
export function readDraft(record: ChallengeProgressRecord | undefined): ChallengeDraft {
  const raw = (record?.lastSubmission ?? {}) as Record<string, unknown>;
  const draft: ChallengeDraft = {
    hintsUsed:
      typeof raw.hintsUsed === 'number' && raw.hintsUsed >= 0 ? Math.floor(raw.hintsUsed) : 0,
    gaveUp: raw.gaveUp === true,
  };
  if (typeof raw.text === 'string') draft.text = raw.text;
  if (typeof raw.option === 'string' || raw.option === null) draft.option = raw.option;
  return draft;
}

/** The profile's progress on every challenge. */
export function listChallengeProgress(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<ChallengeProgressRecord[]> {
  return db.challengeProgress.where('profileId').equals(profileId).toArray();
}

/** Progress on one challenge. */
export function getChallengeProgress(
  profileId: string,
  challengeId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<ChallengeProgressRecord | undefined> {
  return db.challengeProgress.get([profileId, challengeId]);
}

/**
 * Updates progress: `attempted` counts a check, `solved` records the first solve, `draft`
 * replaces the stored submission, hints and give-up flag.
 */
export async function recordChallenge(
  profileId: string,
  challengeId: string,
  change: { attempted?: boolean; solved?: boolean; draft: ChallengeDraft },
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  await db.transaction('rw', db.challengeProgress, async () => {
    const old = await db.challengeProgress.get([profileId, challengeId]);
    const now = Date.now();
    await db.challengeProgress.put({
      profileId,
      challengeId,
      attempts: (old?.attempts ?? 0) + (change.attempted ? 1 : 0),
      solvedAt: old?.solvedAt ?? (change.solved ? now : null),
      lastSubmission: change.draft,
      updatedAt: now,
    });
  });
}
