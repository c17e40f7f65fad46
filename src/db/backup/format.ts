// The backup file format (a JSON file the learner downloads; nothing is stored by this module):
// format name and version, app version, creation time, scope (everything or one profile), a
// record count per table and every record of every table in src/db/database.ts.
import { z } from '../../lib/zod';
import { version as packageVersion } from '../../../package.json';

/** Identifies our files among other JSON files. */
export const backupFormatName = 'least-privilege-backup';

/** The backup format this version writes and the newest it reads. Raise it on a format change. */
export const backupFormatVersion = 1;

/** The app version written into every backup. */
export const appVersion: string = packageVersion;

/** The largest backup file accepted (about 400,000 answers). */
export const maxBackupBytes = 100 * 1024 * 1024;

const text = z.string().min(1);
const time = z.number().finite();
const count = z.number().finite().min(0);

/**
 * One schema per table. Loose objects: a field added later by a feature survives a round trip.
 * Keep in step with src/db/database.ts (a test fails when a table has no schema here).
 */
export const recordSchemas = {
  profiles: z.looseObject({ id: text, name: z.string(), createdAt: time }),
  settings: z.looseObject({ key: text, value: z.unknown() }),
  lessonProgress: z.looseObject({
    profileId: text,
    lessonId: text,
    readFraction: z.number().min(0).max(1),
    secondsSpent: count,
    lastOpenedAt: time,
    completedAt: time.nullable(),
    updatedAt: time,
  }),
  answers: z.looseObject({
    id: z.number().int().positive().optional(),
    profileId: text,
    questionId: text,
    attemptId: text,
    response: z.unknown(),
    correct: z.boolean(),
    confidence: z.enum(['sure', 'unsure']).nullable(),
    msTaken: count,
    answeredAt: time,
  }),
  attempts: z.looseObject({
    id: text,
    profileId: text,
    mode: z.enum(['practice', 'exam', 'review', 'drill', 'custom', 'workshop']),
    status: z.enum(['in-progress', 'submitted', 'abandoned']),
    title: z.string(),
    examId: z.string().nullable(),
    questionIds: z.array(z.string()),
    unscoredIds: z.array(z.string()),
    seed: z.number(),
    responses: z.record(z.string(), z.unknown()),
    flagged: z.array(z.string()),
    currentIndex: z.number().int().min(0),
    startedAt: time,
    limitMs: count.nullable(),
    elapsedMs: count,
    submittedAt: time.nullable(),
    result: z.unknown(),
    updatedAt: time,
  }),
  cards: z.looseObject({
    profileId: text,
    questionId: text,
    due: time,
    card: z.unknown(),
    updatedAt: time,
  }),
  questionSets: z.looseObject({
    id: text,
    profileId: text,
    name: z.string(),
    questionIds: z.array(z.string()),
    createdAt: time,
    updatedAt: time,
  }),
  reports: z.looseObject({
    id: z.number().int().positive().optional(),
    profileId: text,
    questionId: text,
    message: z.string(),
    createdAt: time,
  }),
  sandboxes: z.looseObject({
    id: text,
    profileId: text,
    name: z.string(),
    kind: z.enum(['workbench', 'organization']).optional(),
    workbench: z.unknown(),
    updatedAt: time,
  }),
  challengeProgress: z.looseObject({
    profileId: text,
    challengeId: text,
    solvedAt: time.nullable(),
    attempts: count,
    lastSubmission: z.unknown(),
    updatedAt: time,
  }),
  packs: z.looseObject({
    id: text,
    profileId: text,
    title: z.string(),
    origin: z.enum(['built', 'received']),
    pack: z.unknown(),
    createdAt: time,
    updatedAt: time,
  }),
  workshopResults: z.looseObject({
    id: text,
    profileId: text,
    packId: z.string(),
    student: z.string(),
    result: z.unknown(),
    importedAt: time,
  }),
} as const;

export type TableName = keyof typeof recordSchemas;
export const tableNames = Object.keys(recordSchemas) as TableName[];

/** Loose record shape used while importing: validated fields plus whatever else was stored. */
export type StoredRecord = Record<string, unknown>;

const scopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('profile'), profileId: text, profileName: z.string() }),
]);
export type BackupScope = z.infer<typeof scopeSchema>;

/** The envelope, checked before the (large) tables are. */
export const envelopeSchema = z.looseObject({
  format: z.literal(backupFormatName),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  schemaVersion: z.number().int().min(1),
  scope: scopeSchema,
  counts: z.record(z.string(), z.number().int().min(0)),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** A backup file, as written and as read after validation. */
export interface BackupFile {
  format: typeof backupFormatName;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601 */
  createdAt: string;
  /** the Dexie schema version the records follow */
  schemaVersion: number;
  scope: BackupScope;
  counts: Record<TableName, number>;
  tables: Record<TableName, StoredRecord[]>;
}

// Dates inside free-form fields (an FSRS card, a submission) would become strings in JSON;
// they are written as {"$date": ms} and read back as Date so a round trip is exact.
const dateTag = '$date';

/** Serializes a backup (compact JSON, Dates tagged). */
export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [dateTag]: raw.getTime() } : value;
  });
}

/** Parses backup JSON text, turning tagged dates back into Date objects. Throws on bad JSON. */
export function parseBackupJson(textContent: string): unknown {
  return JSON.parse(textContent, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const ms = (value as Record<string, unknown>)[dateTag];
      if (keys.length === 1 && typeof ms === 'number') return new Date(ms);
    }
    return value;
  });
}
