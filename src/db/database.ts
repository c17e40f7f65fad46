// The learner's data, stored in IndexedDB (database "least-privilege") through Dexie:
// profiles, lesson progress, quiz answers and attempts, review cards, saved question sets,
// question reports and playground sandboxes. Every record except `settings` belongs to one
// profile. Schema changes add a new version() below and never edit an old one.
import Dexie, { type EntityTable } from 'dexie';

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

/** A playground experiment (the workbench state), saved as the learner edits. */
export interface SandboxRecord {
  id: string;
  profileId: string;
  name: string;
  workbench: unknown;
  updatedAt: number;
}

export class LeastPrivilegeDB extends Dexie {
  profiles!: EntityTable<Profile, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  lessonProgress!: Dexie.Table<LessonProgress, [string, string]>;
  answers!: EntityTable<AnswerRecord, 'id'>;
  sandboxes!: EntityTable<SandboxRecord, 'id'>;

  constructor(name = 'least-privilege') {
    super(name);
    this.version(1).stores({
      profiles: 'id, name',
      settings: 'key',
      lessonProgress: '[profileId+lessonId], profileId, updatedAt',
      answers: '++id, profileId, questionId, [profileId+questionId], attemptId, answeredAt',
      sandboxes: 'id, profileId, updatedAt',
    });
  }
}

/** The app's database. Tests make their own LeastPrivilegeDB on fake-indexeddb. */
export const db = new LeastPrivilegeDB();
