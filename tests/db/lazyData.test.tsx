// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as DatabaseModule from '../../src/db/database';
import type * as LazyDataModule from '../../src/db/lazyData';

type Lazy = typeof LazyDataModule;

// Each test starts in a new tab: the modules load anew, so nothing is loaded or known yet.
// `earlier` is the database code of another tab (or an earlier visit) on the same device.
let earlier: typeof DatabaseModule;
let lazy: Lazy;
const opened: { close(): void }[] = [];
const databaseCodeLoaded = async () =>
  (await import('../../src/db/databaseInUse')).isDatabaseInUse();
beforeEach(async () => {
  vi.resetModules();
  earlier = await import('../../src/db/database');
  vi.resetModules();
  lazy = await import('../../src/db/lazyData');
});
afterEach(async () => {
  cleanup();
  for (const db of opened.splice(0)) db.close();
  // this tab's connection, if the test loaded the database code
  if (await databaseCodeLoaded()) (await import('../../src/db/dataEntry')).db.close();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('least-privilege');
    req.onsuccess = req.onerror = req.onblocked = resolve;
  });
});

/** What a lesson list shows: whether data is there, the active profile, completed lessons. */
function Probe({ lazy }: { lazy: Lazy }) {
  const data = lazy.useData();
  const { profile } = lazy.useLazyActiveProfile(data);
  const progress = lazy.useLiveData(
    data,
    profile ? (d) => d.lessonProgressFor(profile.id, d.db) : null,
    [profile?.id],
    [],
  );
  const state = data.data ? 'loaded' : data.empty ? 'empty' : 'checking';
  const done = progress?.filter((p) => p.completedAt !== null).map((p) => p.lessonId);
  return (
    <p>
      {state} · {profile?.name ?? 'no profile'} ·{' '}
      {done ? `completed: ${done.join(',')}` : 'reading'}
    </p>
  );
}

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

async function storeEarlierProgress(name: string) {
  const db = new earlier.LeastPrivilegeDB();
  opened.push(db);
  await db.profiles.add({ id: 'p-ana', name, createdAt: 1 });
  await db.settings.put({ key: 'activeProfileId', value: 'p-ana' });
  await db.lessonProgress.put({
    profileId: 'p-ana',
    lessonId: 'roles',
    readFraction: 1,
    secondsSpent: 60,
    lastOpenedAt: 1,
    completedAt: 2,
    updatedAt: 2,
  });
}

describe('the database on demand', () => {
  it('shows a fresh device its empty state without opening a database, until the first save', async () => {
    const check = vi.spyOn(indexedDB, 'databases');
    render(
      <>
        <Probe lazy={lazy} />
        <Probe lazy={lazy} />
      </>,
    );
    expect(await screen.findAllByText('empty · no profile · completed:')).toHaveLength(2);
    // one look at the device per tab, however many components ask
    expect(check).toHaveBeenCalledTimes(1);
    check.mockRestore();
    expect(await databaseNames()).not.toContain('least-privilege');
    expect(await databaseCodeLoaded()).toBe(false);

    await act(() =>
      lazy.writeAsActiveProfile((d, profileId) =>
        d.setLessonCompleted(profileId, 'roles', true, d.db),
      ),
    );
    expect(await screen.findAllByText('loaded · Learner · completed: roles')).toHaveLength(2);
    expect(await databaseNames()).toContain('least-privilege');
    expect(await databaseCodeLoaded()).toBe(true);
  });

  it('loads at once for a page that is about to store something, even on a fresh device', async () => {
    function Writer() {
      const data = lazy.useData({ load: true });
      const { profile } = lazy.useLazyActiveProfile(data);
      return <p>{profile ? `ready for ${profile.name}` : 'waiting'}</p>;
    }
    render(<Writer />);
    await screen.findByText('ready for Learner');
    expect(await databaseNames()).toContain('least-privilege');
  });

  it('loads a device’s stored data at once, and saves for its active profile', async () => {
    await storeEarlierProgress('Ana');
    render(<Probe lazy={lazy} />);
    expect(screen.getByText(/^checking/)).toBeTruthy();
    await screen.findByText('loaded · Ana · completed: roles');

    await act(() =>
      lazy.writeAsActiveProfile((d, profileId) =>
        d.setLessonCompleted(profileId, 'groups', true, d.db),
      ),
    );
    await screen.findByText('loaded · Ana · completed: groups,roles');
    const profiles = await (await lazy.loadData()).db.profiles.toArray();
    expect(profiles.map((p) => p.name)).toEqual(['Ana']);
  });

  it('loads when another tab stores the first data (its profile snapshot appears)', async () => {
    render(<Probe lazy={lazy} />);
    await screen.findByText(/^empty/);
    await storeEarlierProgress('Bo');
    // a change of another key is not a reason to load
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'lp-theme', newValue: 'dark' }));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText(/^empty/)).toBeTruthy();
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'lp-profiles', newValue: '{"activeId":"p-ana"}' }),
      );
    });
    await screen.findByText('loaded · Bo · completed: roles');
  });

  it('reports a save whose database code cannot load, and rejects it', async () => {
    const failures: string[] = [];
    const { onWriteOutcome } = await import('../../src/db/writeFailures');
    const stop = onWriteOutcome((o) => o.kind === 'failed' && failures.push(o.failure.message));
    vi.doMock('../../src/db/dataEntry', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      await expect(lazy.writeAsActiveProfile(async () => 'saved')).rejects.toThrow();
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(/^Could not save /);
    } finally {
      stop();
      vi.doUnmock('../../src/db/dataEntry');
    }
  });
});
