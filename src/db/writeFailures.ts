// Notices every failed write to the learner's database and tells whoever listens (the storage
// banner, src/app/StorageAlert.tsx), so no failure goes unseen, even one a component catches or
// a fire-and-forget write nobody awaits. Stores nothing; the listeners live in this tab's memory.
// A Dexie middleware on every LeastPrivilegeDB sees two kinds of failure: a put/add/delete that
// is refused, and a read-write transaction that IndexedDB aborts with an error. Full storage is
// the second kind in Chromium: every put succeeds and the commit fails with QuotaExceededError,
// so the whole transaction, and nothing of it, is lost.
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { isQuotaError, storageFullMessage } from './storage';

/** A write that failed, described for the learner. */
export interface WriteFailure {
  /** true when the browser's storage for the site is full */
  full: boolean;
  /** what to tell the learner */
  message: string;
}

/** What happened to a write: it failed, or a read-write transaction committed. */
export type WriteOutcome = { kind: 'failed'; failure: WriteFailure } | { kind: 'saved' };

/** What a table holds, in the learner's words. */
const tableWords: Record<string, string> = {
  profiles: 'the learner profile',
  settings: 'your settings',
  lessonProgress: 'your lesson progress',
  answers: 'your answer',
  attempts: 'your quiz progress',
  cards: 'your review schedule',
  questionSets: 'the question set',
  reports: 'your report',
  sandboxes: 'your playground work',
  challengeProgress: 'your challenge work',
  packs: 'the workshop pack',
  workshopResults: 'the workshop results',
};

function whatOf(tables: readonly string[]): string {
  const named = tables.filter((t) => t !== 'settings');
  const only = named.length === 1 ? named[0] : tables.length === 1 ? tables[0] : undefined;
  return (only && tableWords[only]) ?? 'your latest change';
}

/** The error's name and message, short: for the learner to pass on, not to act on. */
function detailOf(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | null;
  const name = typeof e?.name === 'string' && e.name !== 'Error' ? e.name : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  const text = [name, message].filter(Boolean).join(': ') || String(error);
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > 120 ? `${plain.slice(0, 119)}…` : plain;
}

/**
 * Describes a failed write for the learner: the storage-full text when the browser refused for
 * lack of space, otherwise which kind of record was not saved and why.
 */
export function describeWriteFailure(error: unknown, tables: readonly string[] = []): WriteFailure {
  if (isQuotaError(error)) return { full: true, message: storageFullMessage };
  return {
    full: false,
    message: `Could not save ${whatOf(tables)} (${detailOf(error)}). What you entered is still on this page: try again, or export a backup to keep a copy.`,
  };
}

const listeners = new Set<(outcome: WriteOutcome) => void>();
/** The latest failure nobody heard (the alert loads after the database): the next listener hears it. */
let unheard: WriteOutcome | null = null;

/** Calls `listener` on every failed write and every committed read-write transaction. */
export function onWriteOutcome(listener: (outcome: WriteOutcome) => void): () => void {
  listeners.add(listener);
  if (unheard) {
    const outcome = unheard;
    unheard = null;
    listener(outcome);
  }
  return () => listeners.delete(listener);
}

function emit(outcome: WriteOutcome): void {
  if (listeners.size === 0) unheard = outcome.kind === 'failed' ? outcome : null;
  for (const listener of listeners) listener(outcome);
}

/** Reports a failed write (of records in `tables`) to the listeners. */
export function reportWriteFailure(error: unknown, tables: readonly string[] = []): void {
  emit({ kind: 'failed', failure: describeWriteFailure(error, tables) });
}

/** The IndexedDB transaction under Dexie's core: an event target with an error once aborted. */
type WatchedTransaction = DBCoreTransaction &
  Partial<Pick<EventTarget, 'addEventListener'>> & { error?: unknown };

/** Transactions whose failure a refused write already reported (one report per failure). */
const reported = new WeakSet<DBCoreTransaction>();

/** The Dexie middleware that reports failed writes; every LeastPrivilegeDB uses it. */
export const writeFailureReporter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'WriteFailureReporter',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const trans: WatchedTransaction = down.transaction(stores, mode, options);
      if (mode === 'readwrite' && trans.addEventListener) {
        // An abort the app asked for (an exception in a transaction's callback) has no error.
        trans.addEventListener('abort', () => {
          if (trans.error && !reported.has(trans)) reportWriteFailure(trans.error, stores);
        });
        // (a refused write need not abort: Dexie may commit the rest of the transaction)
        trans.addEventListener('complete', () => {
          if (!reported.has(trans)) emit({ kind: 'saved' });
        });
      }
      return trans;
    },
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) =>
          table.mutate(req).then(
            (res) => {
              const first = res.numFailures > 0 ? Object.values(res.failures)[0] : undefined;
              if (first) {
                reported.add(req.trans);
                reportWriteFailure(first, [name]);
              }
              return res;
            },
            (error: unknown) => {
              reported.add(req.trans);
              reportWriteFailure(error, [name]);
              throw error;
            },
          ),
      };
    },
  }),
};

/**
 * A short note to show next to work that was not saved; the storage alert explains the rest
 * (describeWriteFailure).
 */
export function notSavedNote(error: unknown): string {
  return isQuotaError(error)
    ? 'Not saved: this browser’s storage for the site is full.'
    : `Not saved (${detailOf(error)}).`;
}

/**
 * Starts a write nobody waits for (a save when a page is left, a fire-and-forget update). Its
 * failure reaches the learner through the storage alert, so it is not rethrown here.
 */
export function saveInBackground(write: Promise<unknown>): void {
  write.catch(() => {});
}
