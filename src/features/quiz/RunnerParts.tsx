// What the exam and the study runner share: moving between questions, the question with its
// confidence and flag tools, and the runner's alerts.
import { useEffect, useLayoutEffect, useRef, type Dispatch } from 'react';
import { QuestionCard } from '../../components/question/QuestionCard';
import type { AttemptRecord } from '../../db/database';
import { endInteraction, interactions, startInteraction } from '../../lib/perfMarks';
import type { Question } from '../../content/schema';
import type { Response } from '../../lib/scoring';
import { caseStudyFor } from './bank';
import { ConfidenceChoice } from './ConfidenceChoice';
import { FlagButton } from './FlagButton';
import type { Confidence, SessionAction, SessionState } from './session';

/**
 * Moves between questions: "Next" is timed for the interaction budget (`npm run bench:ui`), and
 * after a move focus goes to the question now shown (`focusId`; none while a review screen is
 * shown), so a screen reader reads it.
 */
export function useQuestionMoves(
  state: SessionState,
  count: number,
  dispatch: Dispatch<SessionAction>,
  focusId: string | undefined,
): (direction: 'next' | 'prev') => void {
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) {
      moved.current = true;
      return;
    }
    if (focusId) document.getElementById(`q-${focusId}-label`)?.focus();
  }, [state.currentIndex, focusId]);
  useLayoutEffect(() => endInteraction(interactions.quizNext), [state.currentIndex]);
  return (direction) => {
    if (direction === 'next' && state.currentIndex < count - 1)
      startInteraction(interactions.quizNext);
    dispatch({ type: direction, now: Date.now() });
  };
}

/** The current question, then its confidence choice and flag. */
export function QuestionWithTools({
  attempt,
  question,
  state,
  count,
  locked,
  onAnswer,
  onConfidence,
  onToggleFlag,
}: {
  attempt: AttemptRecord;
  question: Question;
  state: SessionState;
  count: number;
  /** answers and confidence can no longer change */
  locked: boolean;
  onAnswer: (response: Response) => void;
  onConfidence: (value: Confidence) => void;
  onToggleFlag: () => void;
}) {
  return (
    <>
      <QuestionCard
        key={question.id}
        question={question}
        response={state.responses[question.id] ?? null}
        onChange={onAnswer}
        seed={attempt.seed}
        locked={locked}
        label={`Question ${state.currentIndex + 1} of ${count}`}
        caseStudyText={caseStudyFor(question)?.scenario}
      />
      <div className="question-tools">
        <ConfidenceChoice
          questionId={question.id}
          value={state.confidence[question.id]}
          disabled={locked}
          onChange={onConfidence}
        />
        <FlagButton flagged={state.flagged.includes(question.id)} onToggle={onToggleFlag} />
      </div>
    </>
  );
}

/** A runner's problems (a failed save, a failed finish), each announced. */
export function RunnerAlerts({ messages }: { messages: readonly (string | null)[] }) {
  return messages.map(
    (message, i) =>
      message && (
        <p key={i} role="alert" className="error-detail">
          {message}
        </p>
      ),
  );
}
