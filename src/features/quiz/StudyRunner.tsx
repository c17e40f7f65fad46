import { useRef, useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { AnswerFeedback } from '../../components/question/AnswerFeedback';
import { flagForReview } from '../../db/cardRepo';
import type { AttemptRecord } from '../../db/database';
import { isCorrect } from '../../lib/scoring';
import { finishAttempt, questionsOf, saveCheckedAnswer } from './attemptFlow';
import { OpenInPlayground } from './OpenInPlayground';
import { ReportProblem } from './ReportProblem';
import { QuestionWithTools, RunnerAlerts, useQuestionMoves } from './RunnerParts';
import { isAnswered, sessionReducer } from './session';
import { pickOption, useQuizKeys } from './useQuizKeys';
import { useSession } from './useSession';

const modeNames: Record<string, string> = {
  practice: 'Practice',
  review: 'Review',
  drill: 'Topic drill',
  custom: 'Custom quiz',
  workshop: 'Workshop',
};

/** Practice, review, drill and custom quizzes: check each answer for instant feedback. */
export function StudyRunner({
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
  const [failure, setFailure] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const question = questions[state.currentIndex];
  const checked = question ? state.checked.includes(question.id) : false;
  const answered = question ? isAnswered(state.responses[question.id]) : false;
  const last = state.currentIndex === questions.length - 1;
  const rightSoFar = questions.filter(
    (q) => state.checked.includes(q.id) && isCorrect(q, state.responses[q.id] ?? null),
  ).length;

  const go = useQuestionMoves(state, questions.length, dispatch, question?.id);

  const finish = () => {
    if (finishing) return;
    setFinishing(true);
    const now = Date.now();
    const final = sessionReducer(state, { type: 'submit', now });
    dispatch({ type: 'submit', now });
    finishAttempt(attempt, final, now).then(onFinished, (e: unknown) => {
      setFinishing(false);
      setFailure(`The quiz could not be finished: ${e instanceof Error ? e.message : String(e)}`);
    });
  };
  const check = () => {
    if (!question || checked || !answered) return;
    dispatch({ type: 'check', id: question.id });
    const now = Date.now();
    // A failed save shows in the storage alert; finishing the quiz stores the answer again.
    void saveCheckedAnswer(attempt, question, state, now).catch(() => {});
  };
  const toggleFlag = () => {
    if (!question) return;
    const on = !state.flagged.includes(question.id);
    dispatch({ type: 'toggle-flag', id: question.id });
    if (on && checked) void flagForReview(attempt.profileId, question.id).catch(() => {});
  };
  useQuizKeys(
    {
      pick: (n) => pickOption(stage.current, n),
      enter: () => (!checked ? check() : last ? finish() : go('next')),
      flag: toggleFlag,
      prev: () => go('prev'),
      next: () => go('next'),
    },
    state.status === 'running',
  );

  if (!question) return <p role="alert">This quiz has no questions that can be shown.</p>;
  return (
    <section className="study" aria-labelledby="page-title">
      <PageTitle>{attempt.title}</PageTitle>
      <p className="exam-progress">
        {modeNames[attempt.mode] ?? 'Quiz'} · question {state.currentIndex + 1} of{' '}
        {questions.length} · {state.checked.length} checked, {rightSoFar} right
      </p>
      <RunnerAlerts messages={[saveError, failure]} />
      <div className="exam-stage" ref={stage}>
        <QuestionWithTools
          attempt={attempt}
          question={question}
          state={state}
          count={questions.length}
          locked={checked}
          onAnswer={(response) => dispatch({ type: 'answer', id: question.id, response })}
          onConfidence={(value) => dispatch({ type: 'confidence', id: question.id, value })}
          onToggleFlag={toggleFlag}
        />
        {checked ? (
          <>
            <AnswerFeedback
              question={question}
              correct={isCorrect(question, state.responses[question.id] ?? null)}
            />
            <div className="actions">
              <OpenInPlayground question={question} />
            </div>
          </>
        ) : (
          <button type="button" onClick={check} disabled={!answered}>
            Check answer
          </button>
        )}
        <nav className="question-nav" aria-label="Questions">
          <button
            type="button"
            className="secondary"
            onClick={() => go('prev')}
            disabled={state.currentIndex === 0}
          >
            ← Previous
          </button>
          {!last && (
            <button
              type="button"
              className={checked ? undefined : 'secondary'}
              onClick={() => go('next')}
            >
              {checked ? 'Next question →' : 'Skip →'}
            </button>
          )}
          <button
            type="button"
            className={last && checked ? undefined : 'secondary'}
            onClick={finish}
            disabled={finishing}
          >
            Finish and see results
          </button>
        </nav>
        <ReportProblem profileId={attempt.profileId} questionId={question.id} />
      </div>
      <p className="hint keys-hint">
        Keys: 1–9 choose an option · Enter check, then next · F flag · ← → previous/next.
      </p>
    </section>
  );
}
