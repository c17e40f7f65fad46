// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { interactions } from '../../../src/lib/perfMarks';
import { RunnerAlerts, useQuestionMoves } from '../../../src/features/quiz/RunnerParts';
import { sessionReducer, type SessionState } from '../../../src/features/quiz/session';

afterEach(() => {
  cleanup();
  performance.clearMeasures();
});

const ids = ['q1', 'q2', 'q3'];

/** Three questions, each with the label a QuestionCard gives it, and a review screen. */
function Runner({ start }: { start: SessionState }) {
  const [state, dispatch] = useReducer(sessionReducer, start);
  const reviewing = state.view === 'review';
  const id = ids[state.currentIndex];
  const go = useQuestionMoves(state, ids.length, dispatch, reviewing ? undefined : id);
  return (
    <>
      {reviewing ? (
        <p>Review</p>
      ) : (
        <h2 id={`q-${id}-label`} tabIndex={-1}>
          Question {id}
        </h2>
      )}
      <button onClick={() => go('prev')}>Previous</button>
      <button onClick={() => go('next')}>Next</button>
      <button onClick={() => dispatch({ type: reviewing ? 'hide-review' : 'show-review', now: 1 })}>
        Toggle review
      </button>
    </>
  );
}

const session = (): SessionState => ({
  questionIds: ids,
  responses: {},
  flagged: [],
  confidence: {},
  checked: [],
  currentIndex: 0,
  view: 'question',
  limitMs: null,
  elapsedMs: 0,
  runningSince: 0,
  msByQuestion: {},
  questionSince: 0,
  clock: 0,
  status: 'running',
});

describe('moving between questions', () => {
  it('moves focus to the question now shown, never on the first render or to a review screen', () => {
    render(<Runner start={session()} />);
    expect(document.activeElement).toBe(document.body);

    fireEvent.click(screen.getByText('Next'));
    expect(document.activeElement).toBe(screen.getByText('Question q2'));

    screen.getByText('Previous').focus();
    fireEvent.click(screen.getByText('Toggle review'));
    expect(screen.getByText('Review')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByText('Previous'));

    fireEvent.click(screen.getByText('Toggle review'));
    expect(document.activeElement).toBe(screen.getByText('Question q2'));
  });

  it('times "Next" for the interaction budget, except from the last question', () => {
    render(<Runner start={session()} />);
    const measures = () => performance.getEntriesByName(interactions.quizNext, 'measure').length;
    act(() => fireEvent.click(screen.getByText('Next')));
    act(() => fireEvent.click(screen.getByText('Next')));
    expect(measures()).toBe(2);
    act(() => fireEvent.click(screen.getByText('Next')));
    act(() => fireEvent.click(screen.getByText('Previous')));
    expect(screen.getByText('Question q2')).toBeTruthy();
    expect(measures()).toBe(2);
  });
});

describe('a runner’s alerts', () => {
  it('announces each problem there is, and nothing for none', () => {
    const { rerender } = render(<RunnerAlerts messages={[null, null]} />);
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    rerender(<RunnerAlerts messages={['Not saved: storage is full.', null]} />);
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Not saved: storage is full.',
    ]);
    rerender(<RunnerAlerts messages={['Not saved.', 'The quiz could not be finished.']} />);
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });
});
