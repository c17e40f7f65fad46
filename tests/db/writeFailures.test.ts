// The reporter of failed writes, against a stand-in for IndexedDB's transaction: full storage
// in Chromium fails the commit (the transaction aborts with QuotaExceededError, every put
// having succeeded), which no refused put shows.
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storageFullMessage } from '../../src/db/storage';
import {
  describeWriteFailure,
  notSavedNote,
  onWriteOutcome,
  reportWriteFailure,
  writeFailureReporter,
  type WriteOutcome,
} from '../../src/db/writeFailures';
import { collectOutcomes } from './fullStorage';

class FakeTransaction extends EventTarget {
  error: unknown = null;
  abort() {}
  end(kind: 'abort' | 'complete', error: unknown = null) {
    this.error = error;
    this.dispatchEvent(new Event(kind));
  }
}

function core(mutate: (req: DBCoreMutateRequest) => Promise<never> | Promise<unknown>) {
  const down = {
    stack: 'dbcore',
    transaction: () => new FakeTransaction() as unknown as DBCoreTransaction,
    table: (name: string) => ({ name, mutate }),
  } as unknown as DBCore;
  return { ...down, ...writeFailureReporter.create(down) } as DBCore;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
let reports: ReturnType<typeof collectOutcomes>;
beforeEach(() => {
  reports = collectOutcomes();
});
afterEach(() => reports.stop());

describe('the failed-write reporter', () => {
  it('reports a transaction IndexedDB aborted for lack of space, naming what was lost', () => {
    const db = core(async () => ({ numFailures: 0, failures: {}, lastResult: 1 }));
    const trans = db.transaction(['answers'], 'readwrite') as unknown as FakeTransaction;
    trans.end('abort', quota());
    const other = db.transaction(['cards', 'settings'], 'readwrite') as unknown as FakeTransaction;
    other.end('abort', new DOMException('disk I/O', 'UnknownError'));
    expect(reports.outcomes).toEqual([
      { kind: 'failed', failure: { full: true, message: storageFullMessage } },
      {
        kind: 'failed',
        failure: {
          full: false,
          message: expect.stringMatching(
            /^Could not save your review schedule \(UnknownError: disk I\/O\)\. What you entered is still on this page/,
          ),
        },
      },
    ]);
  });

  it('ignores aborts the app asked for, read-only transactions, and reports a commit as saved', () => {
    const db = core(async () => ({ numFailures: 0, failures: {}, lastResult: 1 }));
    (db.transaction(['answers'], 'readwrite') as unknown as FakeTransaction).end('abort');
    (db.transaction(['answers'], 'readonly') as unknown as FakeTransaction).end('abort', quota());
    (db.transaction(['answers'], 'readwrite') as unknown as FakeTransaction).end('complete');
    expect(reports.outcomes).toEqual([{ kind: 'saved' }]);
  });

  it('reports a refused write once, though its transaction then aborts too', async () => {
    const db = core(() => Promise.reject(quota()));
    const trans = db.transaction(['sandboxes'], 'readwrite') as unknown as FakeTransaction;
    const req = { type: 'put', trans, values: [{}] } as unknown as DBCoreMutateRequest;
    await expect(db.table('sandboxes').mutate(req)).rejects.toThrow(/quota/);
    trans.end('abort', quota());
    expect(reports.outcomes).toEqual([
      { kind: 'failed', failure: { full: true, message: storageFullMessage } },
    ]);
  });

  it('reports the first failure of a bulk write that went on without it', async () => {
    const failure = new DOMException('Key already exists', 'ConstraintError');
    const db = core(async () => ({ numFailures: 1, failures: { 2: failure }, lastResult: 1 }));
    const trans = db.transaction(['answers'], 'readwrite') as unknown as FakeTransaction;
    const req = { type: 'add', trans, values: [{}, {}, {}] } as unknown as DBCoreMutateRequest;
    await db.table('answers').mutate(req);
    trans.end('complete');
    expect(reports.outcomes).toEqual([
      {
        kind: 'failed',
        failure: {
          full: false,
          message: expect.stringMatching(/^Could not save your answer \(ConstraintError: Key/),
        },
      },
    ]);
  });
});

describe('a failure before the alert listens', () => {
  it('reaches the first listener that comes (the alert loads after the database), once', () => {
    reports.stop();
    reportWriteFailure(new Error('first'), ['answers']);
    reportWriteFailure(quota(), ['answers']);
    const late: WriteOutcome[] = [];
    const stopLate = onWriteOutcome((o) => late.push(o));
    expect(late).toEqual([
      { kind: 'failed', failure: { full: true, message: storageFullMessage } },
    ]);
    stopLate();
    const later: WriteOutcome[] = [];
    onWriteOutcome((o) => later.push(o))();
    expect(later).toEqual([]);
  });
});

describe('failure texts', () => {
  it('say "storage full" for quota errors however they are wrapped, and keep details short', () => {
    const wrapped = { name: 'AbortError', message: 'aborted', inner: quota() };
    expect(describeWriteFailure(wrapped, ['answers'])).toEqual({
      full: true,
      message: storageFullMessage,
    });
    expect(describeWriteFailure(new Error('x', { cause: quota() })).full).toBe(true);
    expect(notSavedNote(quota())).toMatch(/storage for the site is full/);
    const long = describeWriteFailure(new Error('y'.repeat(500)), ['packs', 'attempts']);
    expect(long.message).toMatch(/^Could not save your latest change \(y+…\)\./);
    expect(long.message.length).toBeLessThan(260);
    expect(notSavedNote('plain string')).toBe('Not saved (plain string).');
  });
});
