// Reading a backup file: the whole file is checked (size, JSON, format, version, every record,
// references between records) before anything is written. Nothing here touches the database.
import type { z } from '../../lib/zod';
import {
  backupFormatName,
  backupFormatVersion,
  envelopeSchema,
  maxBackupBytes,
  parseBackupJson,
  recordSchemas,
  tableNames,
  type BackupFile,
  type StoredRecord,
  type TableName,
} from './format';
import { identityOf } from './tables';

/** Why a file was refused. */
export type RefusalReason =
  'empty' | 'too-large' | 'not-json' | 'foreign' | 'newer-format' | 'damaged' | 'unreadable';

export type ReadResult =
  { ok: true; backup: BackupFile } | { ok: false; reason: RefusalReason; message: string };

const refuse = (reason: RefusalReason, message: string): ReadResult => ({
  ok: false,
  reason,
  message,
});

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const nothingChanged = 'Nothing on this device was changed.';

/** Describes the first few schema problems as “answers, record 12: correct: …”. */
function describeIssues(table: string, index: number, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return `${table}, record ${index + 1}: ${where}${issue?.message ?? 'invalid'}`;
}

/** Checks parsed JSON and returns the backup, or why it is refused. */
export function validateBackup(data: unknown): ReadResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return refuse('foreign', `This file is not a Least Privilege backup. ${nothingChanged}`);
  const raw = data as Record<string, unknown>;
  if (raw['format'] !== backupFormatName)
    return refuse(
      'foreign',
      `This file is not a Least Privilege backup (it may be a workshop pack, a scenario or another app's file). ${nothingChanged}`,
    );
  const version = raw['formatVersion'];
  if (typeof version === 'number' && version > backupFormatVersion)
    return refuse(
      'newer-format',
      `This backup was made by a newer version of Least Privilege (backup format ${version}; this version reads format ${backupFormatVersion}). Update the app — reload it while online — then import again. ${nothingChanged}`,
    );
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return refuse(
      'damaged',
      `The backup is damaged: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}. ${nothingChanged}`,
    );
  }
  const head = envelope.data;
  const unknownTable = Object.keys(head.tables).find((t) => !(t in recordSchemas));
  if (unknownTable)
    return refuse(
      'damaged',
      `The backup holds data this version does not know (“${unknownTable}”). ${nothingChanged}`,
    );

  const tables = {} as Record<TableName, StoredRecord[]>;
  for (const table of tableNames) {
    const rows = head.tables[table] ?? [];
    const expected = head.counts[table] ?? 0;
    if (rows.length !== expected)
      return refuse(
        'damaged',
        `The backup is incomplete: it should hold ${expected} ${table} records but holds ${rows.length}. ${nothingChanged}`,
      );
    const schema = recordSchemas[table];
    const seen = new Set<string>();
    const seenIds = new Set<unknown>();
    const out: StoredRecord[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i += 1) {
      const parsed = schema.safeParse(rows[i]);
      if (!parsed.success)
        return refuse(
          'damaged',
          `The backup is damaged: ${describeIssues(table, i, parsed.error)}. ${nothingChanged}`,
        );
      const record = parsed.data as StoredRecord;
      const identity = identityOf(table, record);
      const id = record['id'];
      if (seen.has(identity) || (id !== undefined && seenIds.has(id)))
        return refuse(
          'damaged',
          `The backup is damaged: ${table}, record ${i + 1} appears twice. ${nothingChanged}`,
        );
      seen.add(identity);
      if (id !== undefined) seenIds.add(id);
      out[i] = record;
    }
    tables[table] = out;
  }

  const profileIds = new Set(tables.profiles.map((p) => p['id'] as string));
  if (head.scope.kind === 'profile' && !profileIds.has(head.scope.profileId))
    return refuse('damaged', `The backup is damaged: its profile is missing. ${nothingChanged}`);
  for (const table of tableNames) {
    if (table === 'profiles' || table === 'settings') continue;
    const orphan = tables[table].findIndex((r) => !profileIds.has(r['profileId'] as string));
    if (orphan >= 0)
      return refuse(
        'damaged',
        `The backup is damaged: ${table}, record ${orphan + 1} belongs to a profile that is not in the file. ${nothingChanged}`,
      );
    if (
      head.scope.kind === 'profile' &&
      tables[table].some((r) => r['profileId'] !== (head.scope as { profileId: string }).profileId)
    )
      return refuse(
        'damaged',
        `The backup is damaged: a one-profile backup holds another profile's ${table}. ${nothingChanged}`,
      );
  }
  if (head.scope.kind === 'profile' && (tables.profiles.length !== 1 || tables.settings.length))
    return refuse(
      'damaged',
      `The backup is damaged: a one-profile backup holds other profiles or settings. ${nothingChanged}`,
    );

  return {
    ok: true,
    backup: {
      format: backupFormatName,
      formatVersion: head.formatVersion,
      appVersion: head.appVersion,
      createdAt: head.createdAt,
      schemaVersion: head.schemaVersion,
      scope: head.scope,
      counts: Object.fromEntries(tableNames.map((t) => [t, tables[t].length])) as Record<
        TableName,
        number
      >,
      tables,
    },
  };
}

/** Parses and checks backup text. */
export function readBackupText(text: string): ReadResult {
  if (text.trim() === '') return refuse('empty', `The file is empty. ${nothingChanged}`);
  let data: unknown;
  try {
    data = parseBackupJson(text);
  } catch {
    const looksLikeOurs = text.slice(0, 200).includes(backupFormatName);
    return refuse(
      'not-json',
      looksLikeOurs
        ? `The backup is incomplete or damaged (it is cut off or is not valid JSON). ${nothingChanged}`
        : `This file is not a Least Privilege backup (it is not valid JSON). ${nothingChanged}`,
    );
  }
  return validateBackup(data);
}

/** Reads a file the learner picked: refuses a too-large file before reading it. */
export async function readBackupFile(file: Blob): Promise<ReadResult> {
  if (file.size > maxBackupBytes)
    return refuse(
      'too-large',
      `The file is too large (${mb(file.size)}; the limit is ${mb(maxBackupBytes)}). ${nothingChanged}`,
    );
  if (file.size === 0) return refuse('empty', `The file is empty. ${nothingChanged}`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('unreadable', `The file could not be read. ${nothingChanged}`);
  }
  return readBackupText(text);
}
