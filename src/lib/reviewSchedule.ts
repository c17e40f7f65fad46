/**
 * Spaced review with FSRS (ts-fsrs): how an answer becomes a rating, which answers put a
 * question in the review queue, and how an exam date tightens the schedule. Pure: storage is in
 * src/db/cardRepo.ts. Cards are stored with dates as epoch ms.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

export interface AnswerOutcome {
  correct: boolean;
  confidence: 'sure' | 'unsure' | null;
  flagged: boolean;
}

/** A ts-fsrs Card with its dates as epoch ms (what IndexedDB stores). */
export interface StoredCard extends Omit<Card, 'due' | 'last_review'> {
  due: number;
  last_review: number | null;
}

export interface ReviewTarget {
  /** the exam date (epoch ms, local midnight) the review aims at, or null */
  examDate: number | null;
}

const dayMs = 86_400_000;

/** Wrong → Again; right but unsure or flagged → Hard; right and sure → Good. */
export function ratingFor(outcome: AnswerOutcome): Grade {
  if (!outcome.correct) return Rating.Again;
  if (outcome.confidence === 'unsure' || outcome.flagged) return Rating.Hard;
  return Rating.Good;
}

/** Missed, flagged and unsure answers put a question into review. */
export function needsReview(outcome: AnswerOutcome): boolean {
  return !outcome.correct || outcome.confidence === 'unsure' || outcome.flagged;
}

/**
 * No fuzz, so a schedule can be replayed; one 10-minute (re)learning step, so a missed question
 * is due again within the learn-ahead window right after the quiz, and one right answer later
 * moves it to a day or more.
 */
const fixed = {
  enable_fuzz: false,
  learning_steps: ['10m'],
  relearning_steps: ['10m'],
} as const;

/**
 * Scheduler parameters. Without an exam date: 90% retention, intervals up to 10 years. With a
 * date ahead: retention rises linearly from 90% (60 or more days out) to 97% (on the day), and
 * no interval runs past the day before the exam, so every card is seen again before it.
 */
export function schedulerParams(target: ReviewTarget, now: number) {
  const daysLeft = target.examDate === null ? null : (target.examDate - now) / dayMs;
  if (daysLeft === null || daysLeft <= 0)
    return { request_retention: 0.9, maximum_interval: 3650, ...fixed };
  const closeness = 1 - Math.min(daysLeft, 60) / 60;
  return {
    request_retention: Math.round((0.9 + 0.07 * closeness) * 1000) / 1000,
    maximum_interval: Math.max(1, Math.floor(daysLeft) - 1),
    ...fixed,
  };
}

export function toStored(card: Card): StoredCard {
  return { ...card, due: card.due.getTime(), last_review: card.last_review?.getTime() ?? null };
}

export function fromStored(card: StoredCard): Card {
  const { last_review, ...rest } = card;
  return {
    ...rest,
    due: new Date(card.due),
    ...(last_review !== null ? { last_review: new Date(last_review) } : {}),
  };
}

/** Applies one answer to a card (a new card when `card` is null). */
export function scheduleAnswer(
  card: StoredCard | null,
  outcome: AnswerOutcome,
  now: number,
  target: ReviewTarget = { examDate: null },
): { card: StoredCard; rating: Grade } {
  const scheduler = fsrs(schedulerParams(target, now));
  const current = card ? fromStored(card) : createEmptyCard(new Date(now));
  const rating = ratingFor(outcome);
  const stored = toStored(scheduler.next(current, new Date(now), rating).card);
  // ts-fsrs keeps Good at least a day longer than Hard, which can overshoot maximum_interval on
  // the exam's eve; the due date is pulled back to the day before the exam (FSRS's memory state
  // is computed from last_review, so only the reminder moves).
  if (target.examDate !== null && now < target.examDate && stored.due > target.examDate)
    stored.due = Math.max(now, target.examDate - dayMs);
  return { card: stored, rating };
}

/** A fresh card due now (a question flagged before it was answered). */
export function newCard(now: number): StoredCard {
  return toStored(createEmptyCard(new Date(now)));
}
