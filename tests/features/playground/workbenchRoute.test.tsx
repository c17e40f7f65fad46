// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as DatabaseModule from '../../../src/db/database';
import type * as DataEntryModule from '../../../src/db/dataEntry';
import type { Workbench as WorkbenchState } from '../../../src/features/playground/workbench';

// The route's own logic: which experiment it opens and where edits go. The workbench itself
// (editors, evaluation in a worker) is replaced by a stand-in that shows the experiment's name,
// counts its mounts and saves a renamed copy on every edit.
const seen = vi.hoisted(() => ({
  mounts: 0,
  save: null as ((w: WorkbenchState) => Promise<unknown>) | null,
}));
vi.mock('../../../src/features/playground/Workbench', async () => {
  const { useEffect, useState } = await import('react');
  function Workbench({
    initial,
    save,
  }: {
    initial: WorkbenchState;
    save: ((w: WorkbenchState) => Promise<unknown>) | null;
  }) {
    const [name, setName] = useState(initial.name);
    seen.save = save;
    useEffect(() => {
      seen.mounts += 1;
    }, []);
    return (
      <label>
        Experiment name
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            void save?.({ ...initial, name: e.target.value });
          }}
        />
      </label>
    );
  }
  return { Workbench };
});
let data: typeof DataEntryModule;
let WorkbenchRoute: typeof import('../../../src/features/playground/WorkbenchRoute').WorkbenchRoute;
let starter: WorkbenchState;
const opened: { close(): void }[] = [];

// Each test is a new tab: the modules load anew.
beforeEach(async () => {
  vi.resetModules();
  seen.mounts = 0;
  window.location.hash = '#/playground';
  ({ WorkbenchRoute } = await import('../../../src/features/playground/WorkbenchRoute'));
  const { scenarioToWorkbench } = await import('../../../src/features/playground/workbench');
  const { starterScenario } = await import('../../../src/features/playground/examples');
  starter = scenarioToWorkbench(starterScenario);
});
afterEach(async () => {
  cleanup();
  for (const db of opened.splice(0)) db.close();
  data?.db.close();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('least-privilege');
    req.onsuccess = req.onerror = req.onblocked = resolve;
  });
});

const nameField = () => screen.getByLabelText<HTMLInputElement>('Experiment name');
const scratchName = async (profileId: string) =>
  (await data.db.sandboxes.where('id').equals(data.scratchId(profileId)).first())?.name;
/** Counts the route's reads of experiments from now on. */
const countReads = () => vi.spyOn(data.db.sandboxes, 'get');

/** Two profiles with an experiment each, stored by an earlier visit; Ana is active. */
async function storeTwoProfiles() {
  const { LeastPrivilegeDB } = (await import('../../../src/db/database')) as typeof DatabaseModule;
  const db = new LeastPrivilegeDB();
  opened.push(db);
  await db.profiles.bulkAdd([
    { id: 'p-ana', name: 'Ana', createdAt: 1 },
    { id: 'p-bo', name: 'Bo', createdAt: 2 },
  ]);
  await db.settings.put({ key: 'activeProfileId', value: 'p-ana' });
  for (const [id, name] of [
    ['p-ana', 'Ana’s experiment'],
    ['p-bo', 'Bo’s experiment'],
  ] as const)
    await db.sandboxes.put({
      id: `${id}:scratch`,
      profileId: id,
      name,
      workbench: { ...starter, name },
      updatedAt: 1,
    });
}

describe('the playground’s own experiment', () => {
  it('on a fresh device, keeps the starter it saved: no second read, no remount', async () => {
    render(<WorkbenchRoute />);
    await waitFor(() => expect(nameField().value).toBe(starter.name));
    const field = nameField();

    fireEvent.change(field, { target: { value: 'Mine' } });
    data = await import('../../../src/db/dataEntry');
    const reads = countReads();
    const learner = await waitFor(async () => {
      const profile = await data.ensureActiveProfile(data.db);
      expect(await scratchName(profile.id)).toBe('Mine');
      return profile;
    });
    expect(learner.name).toBe('Learner');
    // the page settles on the data it just created
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    fireEvent.change(nameField(), { target: { value: 'Mine, again' } });
    await waitFor(async () => expect(await scratchName(learner.id)).toBe('Mine, again'));

    expect(nameField()).toBe(field);
    expect(seen.mounts).toBe(1);
    expect(reads).not.toHaveBeenCalled();
  });

  it('follows a profile switch: shows the new profile’s experiment and saves edits there', async () => {
    await storeTwoProfiles();
    render(<WorkbenchRoute />);
    await waitFor(() => expect(nameField().value).toBe('Ana’s experiment'));
    data = await import('../../../src/db/dataEntry');
    const { switchProfile } = await import('../../../src/db/profileRepo');
    const reads = countReads();

    await act(() => switchProfile('p-bo', data.db));
    await waitFor(() => expect(nameField().value).toBe('Bo’s experiment'));
    expect(seen.mounts).toBe(2);
    expect(reads.mock.calls).toEqual([['p-bo:scratch']]);

    fireEvent.change(nameField(), { target: { value: 'Bo’s edit' } });
    await waitFor(async () => expect(await scratchName('p-bo')).toBe('Bo’s edit'));
    expect(await scratchName('p-ana')).toBe('Ana’s experiment');
  });

  it('saves an edit to the profile it was read for, even one made after a switch', async () => {
    await storeTwoProfiles();
    render(<WorkbenchRoute />);
    await waitFor(() => expect(nameField().value).toBe('Ana’s experiment'));
    data = await import('../../../src/db/dataEntry');
    const { switchProfile } = await import('../../../src/db/profileRepo');
    const saveAnas = seen.save!;

    // an edit still waiting when the switch comes (the workbench saves it as it closes)
    await switchProfile('p-bo', data.db);
    await act(() => saveAnas({ ...starter, name: 'Ana’s edit' }));
    expect(await scratchName('p-ana')).toBe('Ana’s edit');
    expect(await scratchName('p-bo')).toBe('Bo’s experiment');
  });
});
