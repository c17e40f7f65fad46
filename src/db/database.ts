// The learner's data, stored in IndexedDB (database "least-privilege") through Dexie.
// Every record except `settings` belongs to one profile (profileId). Tables:
//   profiles          learners on this device
//   settings          device-wide settings (active profile, …)
//   lessonProgress    reading position, time and completion per lesson
//   answers           every answer to every question, written the moment it is given
//   attempts          quiz sessions (practice, exam simulation, review, drill, custom, workshop),
//                     with their responses, flags and timer, so an exam survives a reload
//   cards             spaced-repetition (FSRS) state per question
//   questionSets      saved custom question sets (the workshop builds packs from them)
//   reports           problems a learner reported with a question
//   sandboxes         playground experiments and sandbox organizations
//   challengeProgress playground challenge results
//   packs             workshop packs built or received
//   workshopResults   student result files an instructor imported
// Schema changes add a new this.version(n) below and never edit a released one.
import Dexie, { type EntityTable } from 'dexie';
import { writeFailureReporter } from './writeFailures';
import { databaseName, markDatabaseInUse } from './databaseInUse';

/** A learner on this device. */
export interface Profile {
  id: string;
  name: string;
  createdAt: number;
}

/** Device-wide settings (e.g. which profile is active). */
export interface Setting {
  key: string;
  value: unknown;
}

/** How far a learner got in one lesson. */
export interface LessonProgress {
  profileId: string;
  lessonId: string;
  /** furthest scroll position reached, 0–1 */
  readFraction: number;
  secondsSpent: number;
  lastOpenedAt: number;
  completedAt: number | null;
  updatedAt: number;
}

/** One answer to one question, stored the moment it is given. */
export interface AnswerRecord {
  id?: number;
  profileId: string;
  questionId: string;
  /** the quiz attempt, or 'checkpoint:<lessonId>' for lesson checkpoints */
  attemptId: string;
  response: unknown;
  correct: boolean;
  confidence: 'sure' | 'unsure' | null;
  msTaken: number;
  answeredAt: number;
}

export type AttemptMode = 'practice' | 'exam' | 'review' | 'drill' | 'custom' | 'workshop';

/** A quiz session; an exam in progress is resumed from it with its remaining time. */
export interface AttemptRecord {
  id: string;
  profileId: string;
  mode: AttemptMode;
  status: 'in-progress' | 'submitted' | 'abandoned';
  title: string;
  /** exam profile id for exam simulations */
  examId: string | null;
  questionIds: string[];
  /** question ids that are unscored (exam simulations mix some in, as AWS does) */
  unscoredIds: string[];
  seed: number;
  responses: Record<string, unknown>;
  flagged: string[];
  currentIndex: number;
  startedAt: number;
  /** time limit in ms, or null */
  limitMs: number | null;
  /** ms used so far (the timer pauses while the tab is closed) */
  elapsedMs: number;
  submittedAt: number | null;
  /** scoring summary written on submit */
  result: unknown;
  updatedAt: number;
  /** confidence the learner gave per question */
  confidence?: Record<string, 'sure' | 'unsure'>;
  /** practice-style modes: questions already checked (feedback shown) */
  checked?: string[];
  /** ms spent on each question so far */
  msByQuestion?: Record<string, number>;
}

/** FSRS card state for one question and one learner (ts-fsrs Card, dates as epoch ms). */
export interface CardRecord {
  profileId: string;
  questionId: string;
  due: number;
  card: unknown;
  updatedAt: number;
  /** why the question is in review: the answer that put (or last kept) it there */
  reason?: 'missed' | 'flagged' | 'unsure';
  /** the ts-fsrs rating of the last answer (1 Again … 4 Easy) */
  lastRating?: number;
}

export interface QuestionSetRecord {
  id: string;
  profileId: string;
  name: string;
  questionIds: string[];
  createdAt: number;
  updatedAt: number;
}

export interface ReportRecord {
  id?: number;
  profileId: string;
  questionId: string;
  message: string;
  createdAt: number;
}

/** A playground experiment or sandbox organization, saved as the learner edits. */
export interface SandboxRecord {
  id: string;
  profileId: string;
  name: string;
  /** 'workbench' (one request and its policies) or 'organization' (a sandbox org) */
  kind?: 'workbench' | 'organization';
  workbench: unknown;
  updatedAt: number;
}

export interface ChallengeProgressRecord {
  profileId: string;
  challengeId: string;
  solvedAt: number | null;
  attempts: number;
  lastSubmission: unknown;
  updatedAt: number;
}

export interface PackRecord {
  id: string;
  profileId: string;
  title: string;
  /** 'built' by this instructor or 'received' by this student */
  origin: 'built' | 'received';
  pack: unknown;
  createdAt: number;
  updatedAt: number;
}

export interface WorkshopResultRecord {
  id: string;
  profileId: string;
  packId: string;
  student: string;
  result: unknown;
  importedAt: number;
}

export class LeastPrivilegeDB extends Dexie {
  profiles!: EntityTable<Profile, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  lessonProgress!: Dexie.Table<LessonProgress, [string, string]>;
  answers!: EntityTable<AnswerRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  cards!: Dexie.Table<CardRecord, [string, string]>;
  questionSets!: EntityTable<QuestionSetRecord, 'id'>;
  reports!: EntityTable<ReportRecord, 'id'>;
  sandboxes!: EntityTable<SandboxRecord, 'id'>;
  challengeProgress!: Dexie.Table<ChallengeProgressRecord, [string, string]>;
  packs!: EntityTable<PackRecord, 'id'>;
  workshopResults!: EntityTable<WorkshopResultRecord, 'id'>;

  constructor(name = databaseName) {
    super(name);
    this.version(1).stores({
      profiles: 'id, name',
      settings: 'key',
      lessonProgress: '[profileId+lessonId], profileId, updatedAt',
      answers: '++id, profileId, questionId, [profileId+questionId], attemptId, answeredAt',
      attempts: 'id, profileId, [profileId+status], mode, startedAt, updatedAt',
      cards: '[profileId+questionId], profileId, [profileId+due]',
      questionSets: 'id, profileId, updatedAt',
      reports: '++id, profileId, questionId, createdAt',
      sandboxes: 'id, profileId, updatedAt',
      challengeProgress: '[profileId+challengeId], profileId, updatedAt',
      packs: 'id, profileId, updatedAt',
      workshopResults: 'id, profileId, packId, importedAt',
    });
    // Every failed write reaches the learner (the storage banner), wherever it happened.
    this.use(writeFailureReporter);
  }
}

/** The app's database. Tests make their own LeastPrivilegeDB on fake-indexeddb. */
export const db = new LeastPrivilegeDB();

// The shell's database-backed parts (profile feed, storage alert) start now: a page needs it.
markDatabaseInUse();
