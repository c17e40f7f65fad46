// Full storage for database tests: a Dexie middleware that makes writes to chosen tables fail
// with QuotaExceededError once `after` writes to them went through. Like Chromium, where every
// put succeeds and the commit fails, a refused write is first carried out and then reported,
// so only the transaction's rollback keeps it out of the database.
import type { DBCore } from 'dexie';
import type { LeastPrivilegeDB } from '../../src/db/database';
import { onWriteOutcome, type WriteOutcome } from '../../src/db/writeFailures';

export interface FullStorage {
  /** writes refused so far */
  refused: number;
  /** space was freed: writes go through again */
  free(): void;
  /** full again: every write to the tables is refused */
  fill(): void;
}

/** Makes writes to `tables` fail after `after` of them succeeded. */
export async function fillStorage(
  db: LeastPrivilegeDB,
  tables: readonly string[],
  after = 0,
): Promise<FullStorage> {
  const state = { refused: 0, written: 0, full: true };
  // a middleware joins the stack when the database opens
  const reopen = db.isOpen();
  if (reopen) db.close();
  db.use({
    stack: 'dbcore',
    name: 'FullStorage',
    // below the app's reporter (level 10), as the browser is
    level: 5,
    create: (down: DBCore) => ({
      ...down,
      table(name: string) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(req) {
            if (!state.full || !tables.includes(name)) return table.mutate(req);
            if (state.written < after) {
              state.written += 1;
              return table.mutate(req);
            }
            if (req.type === 'add' || req.type === 'put') await table.mutate(req);
            state.refused += 1;
            // the commit fails: IndexedDB aborts the whole transaction
            req.trans.abort();
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
        };
      },
    }),
  });
  if (reopen) await db.open();
  return {
    get refused() {
      return state.refused;
    },
    free: () => {
      state.full = false;
    },
    fill: () => {
      state.full = true;
      state.written = after;
    },
  };
}

/** Collects what the app's reporter tells the storage alert, until `stop()`. */
export function collectOutcomes(): { outcomes: WriteOutcome[]; stop: () => void } {
  const outcomes: WriteOutcome[] = [];
  const stop = onWriteOutcome((o) => outcomes.push(o));
  return { outcomes, stop };
}
