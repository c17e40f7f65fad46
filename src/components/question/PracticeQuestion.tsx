import { useState } from 'react';
import type { Question } from '../../content/schema';
import { isCorrect, type Response } from '../../lib/scoring';
import { AnswerFeedback } from './AnswerFeedback';
import { QuestionCard } from './QuestionCard';

export interface AnswerEvent {
  question: Question;
  response: Response;
  correct: boolean;
  msTaken: number;
}

/** A question answered on its own with instant feedback (lesson checkpoints, practice). */
export function PracticeQuestion({
  question,
  label,
  seed,
  caseStudyText,
  onAnswered,
}: {
  question: Question;
  label: string;
  seed: number;
  caseStudyText?: string | undefined;
  onAnswered?: (event: AnswerEvent) => void;
}) {
  const [response, setResponse] = useState<Response | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [started] = useState(() => Date.now());
  const ready = response !== null && (!Array.isArray(response) || response.length > 0);
  const correct = submitted && isCorrect(question, response);
  const submit = () => {
    if (!ready || submitted || response === null) return;
    setSubmitted(true);
    onAnswered?.({
      question,
      response,
      correct: isCorrect(question, response),
      msTaken: Date.now() - started,
    });
  };
  return (
    <div className="practice-question">
      <QuestionCard
        question={question}
        response={response}
        onChange={setResponse}
        seed={seed}
        locked={submitted}
        label={label}
        caseStudyText={caseStudyText}
      />
      {!submitted ? (
        <button type="button" onClick={submit} disabled={!ready}>
          Check answer
        </button>
      ) : (
        <AnswerFeedback question={question} correct={correct} />
      )}
    </div>
  );
}
