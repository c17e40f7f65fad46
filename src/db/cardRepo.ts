// Spaced-review cards (table `cards`): FSRS state per question per profile, scheduled by
// ts-fsrs (src/lib/reviewSchedule.ts). Missed, flagged and "unsure" answers create a card; once a
// question has a card every later answer to it is scheduled. The exam date the review aims at is
// a per-profile entry in `settings` (key `reviewTarget:<profileId>`).
import {
  needsReview,
  newCard,
  scheduleAnswer,
  type AnswerOutcome,
  type ReviewTarget,
  type StoredCard,
} from '../lib/reviewSchedule';
import { db as appDb, type CardRecord, type LeastPrivilegeDB } from './database';

const targetKey = (profileId: string) => `reviewTarget:${profileId}`;

/** The exam date the review aims at (null when none is set). */
export async function getReviewTarget(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<ReviewTarget> {
  const row = await db.settings.get(targetKey(profileId));
  const value = row?.value as { examDate?: unknown } | undefined;
  const examDate =
    typeof value?.examDate === 'number' && Number.isFinite(value.examDate) ? value.examDate : null;
  return { examDate };
}

/** Sets or clears (null) the exam date the review aims at. */
export async function setReviewTarget(
  profileId: string,
  examDate: number | null,
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  if (examDate === null) await db.settings.delete(targetKey(profileId));
  else await db.settings.put({ key: targetKey(profileId), value: { examDate } });
}

function reasonOf(outcome: AnswerOutcome): CardRecord['reason'] {
  if (!outcome.correct) return 'missed';
  if (outcome.flagged) return 'flagged';
  return outcome.confidence === 'unsure' ? 'unsure' : undefined;
}

/**
 * Schedules an answer: updates the question's card, or creates one when the answer was missed,
 * flagged or unsure. Returns the saved card, or null when none was needed.
 */
export async function reviewAnswer(
  profileId: string,
  questionId: string,
  outcome: AnswerOutcome,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<CardRecord | null> {
  return db.transaction('rw', db.cards, db.settings, async () => {
    const existing = await db.cards.get([profileId, questionId]);
    if (!existing && !needsReview(outcome)) return null;
    const target = await getReviewTarget(profileId, db);
    const { card, rating } = scheduleAnswer(
      (existing?.card as StoredCard | undefined) ?? null,
      outcome,
      now,
      target,
    );
    const reason = reasonOf(outcome) ?? existing?.reason;
    const record: CardRecord = {
      profileId,
      questionId,
      due: card.due,
      card,
      updatedAt: now,
      lastRating: rating,
      ...(reason ? { reason } : {}),
    };
    await db.cards.put(record);
    return record;
  });
}

/** Puts a flagged question into review (due now) unless it already has a card. */
export async function flagForReview(
  profileId: string,
  questionId: string,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.cards, async () => {
    if (await db.cards.get([profileId, questionId])) return;
    const card = newCard(now);
    await db.cards.put({
      profileId,
      questionId,
      due: card.due,
      card,
      updatedAt: now,
      reason: 'flagged',
    });
  });
}

/** Every card of the profile, soonest due first. */
export async function allCards(profileId: string, db: LeastPrivilegeDB = appDb) {
  const rows = await db.cards.where('profileId').equals(profileId).toArray();
  return rows.sort((a, b) => a.due - b.due);
}

/** Takes a question out of review. */
export async function removeCard(
  profileId: string,
  questionId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  await db.cards.delete([profileId, questionId]);
}
