// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/loadContent';
import { challengesForLesson, summarizeChallenge } from '../../../src/content/related';
import { recordChallenge } from '../../../src/db/challengeProgressRepo';
import * as dataEntry from '../../../src/db/dataEntry';
import { LeastPrivilegeDB } from '../../../src/db/database';
import { PractiseChallenges } from '../../../src/features/lessons/PractiseChallenges';
import { parseLocation } from '../../../src/lib/router';

const content = loadContent('content');
const summaries = content.challenges.map(summarizeChallenge);
const lesson = (id: string) => {
  const meta = content.lessons.find((l) => l.meta.id === id)?.meta;
  if (!meta) throw new Error(`no lesson ${id}`);
  return meta;
};
const draft = { hintsUsed: 0, gaveUp: false };

const open: LeastPrivilegeDB[] = [];
const freshDb = () => {
  const db = new LeastPrivilegeDB(`test-${crypto.randomUUID()}`);
  open.push(db);
  return db;
};
/** The data the component reads, loaded, on a database of the test's own. */
const dataOn = (db: LeastPrivilegeDB) => ({ data: { ...dataEntry, db }, empty: false });
afterEach(async () => {
  cleanup();
  for (const db of open.splice(0)) await db.delete();
});

describe('Practise in the playground', () => {
  it("lists the lesson's challenges by title and goal, each linking to its challenge page", async () => {
    const challenges = challengesForLesson(lesson('roles'), summaries);
    render(<PractiseChallenges challenges={challenges} profileId="p1" data={dataOn(freshDb())} />);
    const section = screen.getByRole('region', { name: 'Practise in the playground' });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(
      'Practise in the playground',
    );
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Fix a broken trust policy',
      'An auditor from another account',
      'A vendor and the confused deputy',
      'MFA before admin',
      'Least privilege for a function',
    ]);
    const link = within(section).getByRole('link', { name: 'MFA before admin' });
    expect(parseLocation(link.getAttribute('href')!.slice(1)).segments).toEqual([
      'playground',
      'challenge',
      'mfa-to-assume',
    ]);
    expect(
      within(section).getByText(
        'Let users assume a break-glass role only after signing in with MFA.',
      ),
    ).toBeTruthy();
    expect(await within(section).findAllByText('Not tried yet')).toHaveLength(5);
  });

  it('says in words which challenges the learner has passed, and follows new progress', async () => {
    const db = freshDb();
    await recordChallenge('p1', 'scp-two-regions', { attempted: true, solved: true, draft }, db);
    await recordChallenge('p1', 'rcp-data-perimeter', { attempted: true, draft }, db);
    await recordChallenge('p1', 'rcp-data-perimeter', { attempted: true, draft }, db);
    await recordChallenge('p2', 'lock-member-root', { attempted: true, solved: true, draft }, db);
    const challenges = challengesForLesson(lesson('organizations-scp-rcp'), summaries);
    render(<PractiseChallenges challenges={challenges} profileId="p1" data={dataOn(db)} />);

    const item = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;
    await screen.findByText(/You have passed 1 of 3\./);
    expect(item('Two Regions, except for the admins').textContent).toMatch(/Medium · ✓ Passed$/);
    expect(item('A data perimeter with an RCP').textContent).toMatch(
      /Hard · Not passed yet \(2 attempts\)$/,
    );
    // another profile's pass does not count
    expect(item('Lock the root user of member accounts').textContent).toMatch(/Not tried yet$/);

    await act(() =>
      recordChallenge('p1', 'lock-member-root', { attempted: true, solved: true, draft }, db),
    );
    await screen.findByText(/You have passed 2 of 3\./);
    expect(item('Lock the root user of member accounts').textContent).toMatch(/Passed$/);
  });

  it('is left out when the lesson lists no challenge', () => {
    const { container } = render(
      <PractiseChallenges challenges={[]} profileId="p1" data={dataOn(freshDb())} />,
    );
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('heading', { name: 'Practise in the playground' })).toBeNull();
  });
});
