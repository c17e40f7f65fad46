// The quiz front page's reads: attempts by status and the review cards due. Kept apart from
// attemptRepo and cardRepo so that loading them brings neither the scheduler (ts-fsrs) nor the
// write paths (src/db/dataEntry.ts loads this module with the database).
import { learnAheadMs } from '../lib/reviewWindow';
import {
  db as appDb,
  type AttemptRecord,
  type CardRecord,
  type LeastPrivilegeDB,
} from './database';

/** The profile's attempts with a status, newest first. */
export async function attemptsByStatus(
  profileId: string,
  status: AttemptRecord['status'],
  db: LeastPrivilegeDB = appDb,
): Promise<AttemptRecord[]> {
  const rows = await db.attempts.where('[profileId+status]').equals([profileId, status]).toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Cards due by `now` (plus the learn-ahead limit), soonest first. */
export function dueCards(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
  aheadMs = learnAheadMs,
): Promise<CardRecord[]> {
  return db.cards
    .where('[profileId+due]')
    .between([profileId, -Infinity], [profileId, now + aheadMs], true, true)
    .toArray();
}
