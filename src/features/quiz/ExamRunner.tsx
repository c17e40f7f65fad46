import { useEffect, useRef, useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import type { AttemptRecord } from '../../db/database';
import { finishAttempt, questionsOf, saveGivenAnswer } from './attemptFlow';
import { ExamReviewScreen } from './ExamReviewScreen';
import { ReportProblem } from './ReportProblem';
import { QuestionWithTools, RunnerAlerts, useQuestionMoves } from './RunnerParts';
import { remaining, sessionReducer, summary, type SessionState } from './session';
import { TimerDisplay } from './TimerDisplay';
import { pickOption, useQuizKeys } from './useQuizKeys';
import { useSession } from './useSession';

/** An exam simulation: timed, no feedback until the end, flags, a review screen, submit. */
export function ExamRunner({
  attempt,
  openedAt,
  onFinished,
}: {
  attempt: AttemptRecord;
  openedAt: number;
  onFinished: (attempt: AttemptRecord) => void;
}) {
  const [questions] = useState(() => questionsOf(attempt));
  const { state, dispatch, saveError } = useSession(attempt, openedAt);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const finishing = useRef(false);
  const question = questions[state.currentIndex];

  const finish = (final: SessionState) => {
    if (finishing.current) return;
    finishing.current = true;
    setSubmitting(true);
    finishAttempt(attempt, final, Date.now()).then(onFinished, (e: unknown) => {
      finishing.current = false;
      setSubmitting(false);
      setFailure(`The exam could not be submitted: ${e instanceof Error ? e.message : String(e)}`);
    });
  };
  const submit = () => {
    const now = Date.now();
    const final = sessionReducer(state, { type: 'submit', now });
    dispatch({ type: 'submit', now });
    finish(final);
  };
  const timeUp = state.status === 'time-up';
  useEffect(() => {
    if (timeUp) finish(state);
    // finish once, when time runs out
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timeUp]);

  const go = useQuestionMoves(
    state,
    questions.length,
    dispatch,
    state.view === 'question' ? question?.id : undefined,
  );
  const running = state.status === 'running';
  useQuizKeys(
    {
      pick: (n) => state.view === 'question' && pickOption(stage.current, n),
      enter: () =>
        state.view === 'question' &&
        (state.currentIndex < questions.length - 1
          ? go('next')
          : dispatch({ type: 'show-review', now: Date.now() })),
      flag: () =>
        question && state.view === 'question' && dispatch({ type: 'toggle-flag', id: question.id }),
      prev: () => state.view === 'question' && go('prev'),
      next: () => state.view === 'question' && go('next'),
    },
    running,
  );

  if (!question) return <p role="alert">This exam has no questions that can be shown.</p>;
  const left = remaining(state, state.clock) ?? 0;
  const counts = summary(state);
  const answer = (response: Parameters<typeof saveGivenAnswer>[2]['responses'][string]) => {
    dispatch({ type: 'answer', id: question.id, response });
    const next = { ...state, responses: { ...state.responses, [question.id]: response } };
    void saveGivenAnswer(attempt, question, next, Date.now()).catch(() => {});
  };
  return (
    <section className="exam" aria-labelledby="page-title">
      <PageTitle>{attempt.title}</PageTitle>
      <div className="exam-bar">
        <p className="exam-progress">
          Question {state.currentIndex + 1} of {questions.length} · {counts.answered} answered ·{' '}
          {counts.flagged} flagged
        </p>
        {state.limitMs !== null && <TimerDisplay remainingMs={left} limitMs={state.limitMs} />}
        {state.view === 'question' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => dispatch({ type: 'show-review', now: Date.now() })}
          >
            Review answers
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => dispatch({ type: 'hide-review', now: Date.now() })}
          >
            Back to question {state.currentIndex + 1}
          </button>
        )}
      </div>
      <RunnerAlerts messages={[saveError, failure]} />
      {timeUp && <p role="alert">Time is up. Your exam is being submitted.</p>}
      {state.view === 'review' ? (
        <ExamReviewScreen
          state={state}
          questions={questions}
          onGoto={(index) => dispatch({ type: 'goto', index, now: Date.now() })}
          onSubmit={submit}
          submitting={submitting}
        />
      ) : (
        <div className="exam-stage" ref={stage}>
          <QuestionWithTools
            attempt={attempt}
            question={question}
            state={state}
            count={questions.length}
            locked={!running}
            onAnswer={answer}
            onConfidence={(value) => {
              dispatch({ type: 'confidence', id: question.id, value });
              const next = { ...state, confidence: { ...state.confidence, [question.id]: value } };
              if (state.responses[question.id] !== undefined)
                void saveGivenAnswer(attempt, question, next, Date.now()).catch(() => {});
            }}
            onToggleFlag={() => dispatch({ type: 'toggle-flag', id: question.id })}
          />
          <nav className="question-nav" aria-label="Questions">
            <button
              type="button"
              className="secondary"
              onClick={() => go('prev')}
              disabled={state.currentIndex === 0}
            >
              ← Previous
            </button>
            {state.currentIndex < questions.length - 1 ? (
              <button type="button" onClick={() => go('next')}>
                Next →
              </button>
            ) : (
              <button
                type="button"
                onClick={() => dispatch({ type: 'show-review', now: Date.now() })}
              >
                Review and submit
              </button>
            )}
          </nav>
          <ReportProblem profileId={attempt.profileId} questionId={question.id} />
        </div>
      )}
      <p className="hint keys-hint">
        Keys: 1–9 choose an option · Enter next question · F flag · ← → previous/next.
      </p>
    </section>
  );
}
