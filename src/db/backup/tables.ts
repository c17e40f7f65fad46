// How each table is identified and merged during an import (reads and writes nothing itself).
import type { StoredRecord, TableName } from './format';

/** How a record that exists both on this device and in the file is resolved in a merge. */
export type MergeRule =
  /** the record changed most recently (by `field`) wins; a tie keeps this device's */
  | { kind: 'newer'; field: string }
  /** records never change once written: a duplicate is skipped */
  | { kind: 'immutable' }
  /** this device's record is kept */
  | { kind: 'keep-local' };

export interface TableSpec {
  /** the fields that identify one record across devices (an auto-increment id does not) */
  identity: readonly string[];
  /** the table has an auto-increment primary key `id` */
  autoIncrement: boolean;
  merge: MergeRule;
}

const newer = (field: string): MergeRule => ({ kind: 'newer', field });

export const tableSpecs: Record<TableName, TableSpec> = {
  profiles: { identity: ['id'], autoIncrement: false, merge: { kind: 'keep-local' } },
  settings: { identity: ['key'], autoIncrement: false, merge: { kind: 'keep-local' } },
  lessonProgress: {
    identity: ['profileId', 'lessonId'],
    autoIncrement: false,
    merge: newer('updatedAt'),
  },
  answers: {
    identity: ['profileId', 'questionId', 'attemptId', 'answeredAt'],
    autoIncrement: true,
    merge: { kind: 'immutable' },
  },
  attempts: { identity: ['id'], autoIncrement: false, merge: newer('updatedAt') },
  cards: { identity: ['profileId', 'questionId'], autoIncrement: false, merge: newer('updatedAt') },
  questionSets: { identity: ['id'], autoIncrement: false, merge: newer('updatedAt') },
  reports: {
    identity: ['profileId', 'questionId', 'createdAt', 'message'],
    autoIncrement: true,
    merge: { kind: 'immutable' },
  },
  sandboxes: { identity: ['id'], autoIncrement: false, merge: newer('updatedAt') },
  challengeProgress: {
    identity: ['profileId', 'challengeId'],
    autoIncrement: false,
    merge: newer('updatedAt'),
  },
  packs: { identity: ['id'], autoIncrement: false, merge: newer('updatedAt') },
  workshopResults: { identity: ['id'], autoIncrement: false, merge: newer('importedAt') },
};

/** A string that identifies a record of a table (see TableSpec.identity). */
export function identityOf(table: TableName, record: StoredRecord): string {
  const fields = tableSpecs[table].identity;
  if (fields.length === 1) return String(record[fields[0] as string]);
  return JSON.stringify(fields.map((f) => record[f]));
}

/** The primary key Dexie uses for a record of a table without an auto-increment key. */
export function primaryKeyOf(table: TableName, record: StoredRecord): string | string[] {
  const fields = tableSpecs[table].identity;
  if (fields.length === 1) return record[fields[0] as string] as string;
  return fields.map((f) => record[f] as string);
}
