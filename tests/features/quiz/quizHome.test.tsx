// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAttempt, submitAttempt } from '../../../src/db/attemptRepo';
import { flagForReview } from '../../../src/db/cardRepo';
import * as dataEntry from '../../../src/db/dataEntry';
import { LeastPrivilegeDB } from '../../../src/db/database';
import { QuizHome } from '../../../src/features/quiz/QuizHome';

const open: LeastPrivilegeDB[] = [];
function freshData() {
  const db = new LeastPrivilegeDB(`test-${crypto.randomUUID()}`);
  open.push(db);
  return { data: { ...dataEntry, db }, empty: false };
}
afterEach(async () => {
  cleanup();
  for (const db of open.splice(0)) await db.delete();
});

const attempt = (title: string) => ({
  profileId: 'p1',
  mode: 'practice' as const,
  title,
  examId: null,
  questionIds: ['q1', 'q2'],
  seed: 1,
  limitMs: null,
});
const reviewLink = () => screen.getByRole('link', { name: /^Review due/ });

describe('the quiz front page', () => {
  it('on a device that has stored nothing: the modes at once, nothing to continue, none due', () => {
    render(<QuizHome profileId={null} data={{ data: null, empty: true }} />);
    expect(screen.getByText(/\d+ exam-style IAM questions/)).toBeTruthy();
    expect(reviewLink().textContent).toBe('Review due (0 due)');
    expect(screen.queryByRole('heading', { name: 'Continue where you left off' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Recent results' })).toBeNull();
  });

  it('while the data loads, claims no count', () => {
    render(<QuizHome profileId={null} data={{ data: null, empty: false }} />);
    expect(reviewLink().textContent).toBe('Review due');
  });

  it("shows the profile's quizzes in progress, recent results and due reviews, and follows changes", async () => {
    const data = freshData();
    const { db } = data.data;
    const running = await createAttempt(attempt('Roles practice'), db);
    const done = await createAttempt(attempt('Conditions practice'), db);
    await submitAttempt(done.id, { correct: 1, scored: 2, percent: 50 }, {}, db);
    await createAttempt({ ...attempt('Someone else’s quiz'), profileId: 'p2' }, db);
    render(<QuizHome profileId="p1" data={data} />);

    const continuing = await screen.findByRole('region', { name: 'Continue where you left off' });
    expect(within(continuing).getByRole('link').textContent).toBe('Roles practice');
    expect(within(continuing).getByRole('link').getAttribute('href')).toBe(
      `#/quiz/attempt/${running.id}`,
    );
    const recent = screen.getByRole('region', { name: 'Recent results' });
    expect(recent.textContent).toMatch(/Conditions practice.*1 of 2 \(50%\)/);
    expect(screen.queryByText('Someone else’s quiz')).toBeNull();
    await screen.findByRole('link', { name: 'Review due (0 due)' });

    await act(() => flagForReview('p1', 'q1', db));
    await screen.findByRole('link', { name: 'Review due (1 due)' });
  });
});
