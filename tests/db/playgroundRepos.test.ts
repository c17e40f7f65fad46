import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import {
  getChallengeProgress,
  readDraft,
  recordChallenge,
} from '../../src/db/challengeProgressRepo';
import {
  deleteOrganization,
  listOrganizations,
  loadOrganization,
  saveOrganization,
} from '../../src/db/organizationRepo';

describe('playground storage', () => {
  it('keeps several sandbox organizations per profile, apart from workbench experiments', async () => {
    const db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
    await db.sandboxes.put({
      id: 'p1:scratch',
      profileId: 'p1',
      name: 'x',
      kind: 'workbench',
      workbench: {},
      updatedAt: 1,
    });
    await saveOrganization(
      { id: 'p1:org:a', profileId: 'p1', name: 'A', organization: { a: 1 } },
      db,
    );
    await saveOrganization(
      { id: 'p1:org:b', profileId: 'p1', name: 'B', organization: { b: 1 } },
      db,
    );
    await saveOrganization({ id: 'p2:org:c', profileId: 'p2', name: 'C', organization: {} }, db);
    expect((await listOrganizations('p1', db)).map((r) => r.name).sort()).toEqual(['A', 'B']);
    expect((await loadOrganization('p1:org:a', db))?.workbench).toEqual({ a: 1 });
    await deleteOrganization('p1:org:a', db);
    expect((await listOrganizations('p1', db)).map((r) => r.name)).toEqual(['B']);
  });

  it('counts attempts, keeps the first solve and the draft with hints used', async () => {
    const db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
    await recordChallenge(
      'p1',
      'first-allow',
      { attempted: true, draft: { text: '{}', hintsUsed: 1, gaveUp: false } },
      db,
    );
    await recordChallenge(
      'p1',
      'first-allow',
      { attempted: true, solved: true, draft: { text: '{"a":1}', hintsUsed: 2, gaveUp: false } },
      db,
    );
    const first = await getChallengeProgress('p1', 'first-allow', db);
    await recordChallenge(
      'p1',
      'first-allow',
      { attempted: true, solved: false, draft: { text: 'x', hintsUsed: 2, gaveUp: false } },
      db,
    );
    const row = await getChallengeProgress('p1', 'first-allow', db);
    expect(row?.attempts).toBe(3);
    expect(row?.solvedAt).toBe(first?.solvedAt);
    expect(readDraft(row)).toEqual({ text: 'x', hintsUsed: 2, gaveUp: false });
    expect(readDraft({ ...row!, lastSubmission: { hintsUsed: -3, text: 5 } })).toEqual({
      hintsUsed: 0,
      gaveUp: false,
    });
  });
});
