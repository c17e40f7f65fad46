// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import {
  createProfile,
  deleteProfile,
  renameProfile,
  switchProfile,
} from '../../src/db/profileRepo';
import { useActiveProfile, useProfiles } from '../../src/db/useActiveProfile';

function Probe({ db }: { db: LeastPrivilegeDB }) {
  const { profile, error } = useActiveProfile(db);
  const profiles = useProfiles(db);
  return (
    <p>
      active: {profile?.name ?? 'none'} · all: {profiles?.map((p) => p.name).join(',')} ·{' '}
      {error ?? 'ok'}
    </p>
  );
}

const open: LeastPrivilegeDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of open.splice(0)) await db.delete();
});

describe('useActiveProfile', () => {
  it('creates the first profile, then follows switches, renames and deletes made elsewhere', async () => {
    const name = 'test-' + crypto.randomUUID();
    const tab = new LeastPrivilegeDB(name);
    const otherTab = new LeastPrivilegeDB(name); // another connection, as another tab has
    open.push(tab);
    render(<Probe db={tab} />);
    await screen.findByText(/active: Learner · all: Learner · ok/);

    let ana = { id: '' };
    await act(async () => {
      ana = await createProfile('Ana', {}, otherTab);
    });
    await screen.findByText(/active: Ana · all: Ana,Learner/);
    await act(() => renameProfile(ana.id, 'Ana B.', otherTab));
    await screen.findByText(/active: Ana B\./);
    const learner = (await otherTab.profiles.toArray()).find((p) => p.name === 'Learner');
    await act(() => switchProfile(learner?.id ?? '', otherTab));
    await screen.findByText(/active: Learner · all: Ana B\.,Learner/);
    await act(async () => {
      await deleteProfile(learner?.id ?? '', otherTab);
    });
    await waitFor(() => expect(screen.getByText(/active: Ana B\. · all: Ana B\. ·/)).toBeTruthy());
    otherTab.close();
  });
});
