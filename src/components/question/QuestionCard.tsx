import { useMemo } from 'react';
import type { Question } from '../../content/schema';
import type { Response } from '../../lib/scoring';
import { hashString, shuffled } from '../../lib/random';
import { RichText } from '../RichText';
import { ChoiceInputs } from './ChoiceInputs';
import { OrderingInput } from './OrderingInput';
import { MatchingInput } from './MatchingInput';
import { PolicyDocument } from './PolicyDocument';

export interface QuestionCardProps {
  question: Question;
  response: Response | null;
  onChange: (response: Response) => void;
  /** seeds the option shuffle so a review shows what the learner saw */
  seed: number;
  /** after submitting: inputs lock, right and wrong are marked */
  locked: boolean;
  /** heading text, e.g. "Question 3 of 10" */
  label: string;
  caseStudyText?: string | undefined;
}

/** One exam-style question of any type, keyboard operable and labelled for screen readers. */
export function QuestionCard(props: QuestionCardProps) {
  const { question, seed, label } = props;
  const order = useMemo(() => {
    const s = seed ^ hashString(question.id);
    if (question.type === 'ordering') return shuffled(question.items, s).map((i) => i.id);
    if (question.type === 'matching') return shuffled(question.options, s).map((o) => o.id);
    return shuffled(question.options, s).map((o) => o.id);
  }, [question, seed]);
  const headingId = `q-${question.id}-label`;
  return (
    <article className="question" aria-labelledby={headingId}>
      <h2 id={headingId} className="question-label" tabIndex={-1}>
        {label}
        <span className="question-meta">
          {' '}
          · {question.difficulty}
          {question.type === 'multiple' ? ` · choose ${question.answer.length}` : ''}
        </span>
      </h2>
      {props.caseStudyText && (
        <details className="case-study" open>
          <summary>Case study</summary>
          <RichText text={props.caseStudyText} />
        </details>
      )}
      <RichText className="question-stem" text={question.stem} />
      {question.policies?.map((p) => (
        <PolicyDocument key={p.label} label={p.label} document={p.document} />
      ))}
      {(question.type === 'single' || question.type === 'multiple') && (
        <ChoiceInputs {...props} question={question} order={order} stemId={headingId} />
      )}
      {question.type === 'ordering' && (
        <OrderingInput {...props} question={question} initialOrder={order} />
      )}
      {question.type === 'matching' && (
        <MatchingInput {...props} question={question} optionOrder={order} />
      )}
    </article>
  );
}
