// @vitest-environment happy-dom
// The storage alert on the paths a learner meets most: answering in an exam, checking a
// practice answer, and editing a playground experiment, all while the browser's storage is
// full. The message appears, what the learner did stays on the page, nothing partial is stored.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The bank imports content modules only the app's build provides; generated questions need none.
vi.mock('../../src/features/quiz/bank', async () => {
  const { generatedQuestionById } = await import('../../src/lib/quizgen/index');
  return {
    bank: [],
    examProfiles: [],
    findQuestion: generatedQuestionById,
    caseStudyFor: () => undefined,
    examById: () => null,
  };
});
import { StorageAlert } from '../../src/app/StorageAlert';
import { createAttempt } from '../../src/db/attemptRepo';
import { db } from '../../src/db/database';
import { saveSandbox } from '../../src/db/sandboxRepo';
import { storageFullMessage } from '../../src/db/storage';
import { ExamRunner } from '../../src/features/quiz/ExamRunner';
import { StudyRunner } from '../../src/features/quiz/StudyRunner';
import { Workbench } from '../../src/features/playground/Workbench';
import { scenarioToWorkbench } from '../../src/features/playground/workbench';
import { fillStorage, type FullStorage } from '../db/fullStorage';

let full: FullStorage;
beforeAll(async () => {
  full = await fillStorage(db, ['answers', 'attempts', 'cards', 'sandboxes']);
});
beforeEach(() => full.free());
afterEach(async () => {
  cleanup();
  full.free();
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterAll(() => db.close());

const questionIds = ['gen-allowed-1', 'gen-allowed-2'];
const quiz = (mode: 'exam' | 'practice') =>
  createAttempt({
    profileId: 'p1',
    mode,
    title: `A ${mode}`,
    examId: null,
    questionIds,
    seed: 1,
    limitMs: mode === 'exam' ? 600_000 : null,
  });

function page(children: React.ReactNode) {
  render(
    <>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <StorageAlert />
    </>,
  );
}

/** The storage alert, once it is shown (other alerts on the page are the features' own). */
const storageAlert = () =>
  waitFor(() => {
    const found = screen
      .queryAllByRole('alert')
      .find((a) => a.textContent?.includes(storageFullMessage));
    if (!found) throw new Error('no storage alert');
    return found;
  });

describe('the storage alert', () => {
  it('appears when an exam answer is refused; the answer stays chosen and nothing is stored', async () => {
    const attempt = await quiz('exam');
    full.fill();
    page(<ExamRunner attempt={attempt} openedAt={Date.now()} onFinished={vi.fn()} />);
    const option = screen.getAllByRole('radio')[0] as HTMLInputElement;
    fireEvent.click(option);
    const alert = await storageAlert();
    expect(alert.textContent).toMatch(/^⚠ Storage full: not saved\. Your browser’s storage/);
    expect(screen.getByRole('link', { name: 'Export a backup' }).getAttribute('href')).toBe(
      '#/progress/data',
    );
    expect((screen.getAllByRole('radio')[0] as HTMLInputElement).checked).toBe(true);
    await screen.findByText(/Your answers could not be saved on this device/);
    // read while still full: the exam saves every second, so once space is freed it may store
    // the chosen answer (as it should)
    expect(await db.answers.count()).toBe(0);
    expect((await db.attempts.get(attempt.id))?.responses).toEqual({});
  });

  it('appears when a checked practice answer is refused; the feedback stays, nothing is stored', async () => {
    const attempt = await quiz('practice');
    full.fill();
    page(<StudyRunner attempt={attempt} openedAt={Date.now()} onFinished={vi.fn()} />);
    fireEvent.click(screen.getAllByRole('radio')[0] as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: /Check/ }));
    await storageAlert();
    expect(screen.getByText(/^(✓ Correct|✗ Not quite)$/)).toBeTruthy();
    expect((screen.getAllByRole('radio')[0] as HTMLInputElement).checked).toBe(true);
    expect(await db.answers.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  it('appears when a playground save is refused; the edit stays and says it is not saved', async () => {
    const initial = scenarioToWorkbench({
      name: 'My experiment',
      request: {
        principal: 'arn:aws:iam::111122223333:user/a',
        action: 's3:GetObject',
        resource: '*',
      },
    });
    full.fill();
    const save = (workbench: typeof initial) =>
      saveSandbox({ id: 'p1:scratch', profileId: 'p1', name: workbench.name, workbench });
    page(<Workbench initial={initial} save={save} />);
    const name = screen.getByLabelText('Experiment name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Renamed while full' } });
    await storageAlert();
    expect(
      screen.getByText(
        /^⚠ Not saved: this browser’s storage for the site is full\. Your edits stay/,
      ),
    ).toBeTruthy();
    expect(name.value).toBe('Renamed while full');
    expect(await db.sandboxes.count()).toBe(0);
  });

  it('is dismissed with its button, focus goes back, and the same failure does not reopen it', async () => {
    const attempt = await quiz('exam');
    full.fill();
    page(<ExamRunner attempt={attempt} openedAt={Date.now()} onFinished={vi.fn()} />);
    fireEvent.click(screen.getAllByRole('radio')[0] as HTMLInputElement);
    const alert = await storageAlert();
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    const option = screen.getAllByRole('radio')[0] as HTMLInputElement;
    act(() => option.focus());
    act(() => dismiss.focus());
    fireEvent.click(dismiss);
    expect(alert.isConnected).toBe(false);
    expect(document.activeElement).toBe(option);
    // the exam saves again every second; the same refusal stays dismissed
    await act(() => new Promise((r) => setTimeout(r, 1500)));
    expect(screen.queryByText(/Storage full: not saved/)).toBeNull();
    // a save goes through, then fails again: the alert comes back
    full.free();
    fireEvent.click(screen.getAllByRole('radio')[1] as HTMLInputElement);
    await waitFor(async () => expect(await db.answers.count()).toBe(1));
    full.fill();
    fireEvent.click(screen.getAllByRole('radio')[0] as HTMLInputElement);
    await screen.findByText(/Storage full: not saved/);
  });
});
