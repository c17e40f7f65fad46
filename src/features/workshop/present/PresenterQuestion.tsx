import { inline, RichText } from '../../../components/RichText';
import { PolicyDocument } from '../../../components/question/PolicyDocument';
import type { Question } from '../../../content/schema';
import { answerWithText, displayOrder, letter } from '../questionText';

/** A question for the projector: lettered options; on reveal the answer and the explanation. */
export function PresenterQuestion({
  question,
  seed,
  revealed,
  caseStudyText,
}: {
  question: Question;
  seed: number;
  revealed: boolean;
  caseStudyText: string | undefined;
}) {
  const order = displayOrder(question, seed);
  const right = (id: string) =>
    question.type === 'single' || question.type === 'multiple'
      ? question.answer.includes(id)
      : false;
  return (
    <div className="ws-slide-question">
      {caseStudyText && <RichText className="ws-case" text={caseStudyText} />}
      <RichText className="ws-stem" text={question.stem} />
      {question.type === 'multiple' && <p className="hint">Choose {question.answer.length}.</p>}
      {question.policies?.map((p) => (
        <PolicyDocument key={p.label} label={p.label} document={p.document} />
      ))}
      {question.type === 'matching' && (
        <ul className="ws-prompts">
          {question.prompts.map((p) => (
            <li key={p.id}>{inline(p.text)}</li>
          ))}
        </ul>
      )}
      <ol className="ws-slide-options" type="A">
        {order.map((id, i) => {
          const text =
            question.type === 'ordering'
              ? question.items.find((x) => x.id === id)?.text
              : question.options.find((o) => o.id === id)?.text;
          const mark = revealed && right(id);
          return (
            <li key={id} className={mark ? 'ws-right' : undefined}>
              <span className="ws-letter">{letter(i)}</span> {inline(text ?? '')}
              {mark && <strong className="ws-right-mark"> ✓ correct</strong>}
            </li>
          );
        })}
      </ol>
      {revealed ? (
        <div className="ws-reveal" role="status">
          <p>
            <strong>Answer:</strong> {inline(answerWithText(question, seed).join(' · '))}
          </p>
          <RichText text={question.explanation} />
        </div>
      ) : (
        <p className="hint">Press R or Enter to reveal the answer.</p>
      )}
    </div>
  );
}
