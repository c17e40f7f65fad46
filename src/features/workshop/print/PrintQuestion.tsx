import { inline, RichText } from '../../../components/RichText';
import { PolicyDocument } from '../../../components/question/PolicyDocument';
import type { Question } from '../../../content/schema';
import { displayOrder, letter } from '../questionText';

/** One question on paper: lettered options with a box to tick, or blanks to fill in. */
export function PrintQuestion({
  question,
  number,
  seed,
  caseStudyText,
}: {
  question: Question;
  number: number;
  seed: number;
  caseStudyText: string | undefined;
}) {
  const order = displayOrder(question, seed);
  const textOf = (id: string) =>
    question.type === 'ordering'
      ? question.items.find((i) => i.id === id)?.text
      : question.options.find((o) => o.id === id)?.text;
  return (
    <li className="ws-print-item" value={number}>
      {caseStudyText && <RichText className="ws-case" text={caseStudyText} />}
      <RichText text={question.stem} />
      {question.policies?.map((p) => (
        <PolicyDocument key={p.label} label={p.label} document={p.document} />
      ))}
      {question.type === 'multiple' && <p>(Choose {question.answer.length}.)</p>}
      {question.type === 'ordering' && <p>Write the letters in the right order: ______________</p>}
      {question.type === 'matching' && (
        <>
          <p>Write the letter of the matching response next to each item:</p>
          <ul className="ws-print-prompts">
            {question.prompts.map((p) => (
              <li key={p.id}>____ {inline(p.text)}</li>
            ))}
          </ul>
        </>
      )}
      <ul className="ws-print-options">
        {order.map((id, i) => (
          <li key={id}>
            {question.type === 'single' || question.type === 'multiple' ? '☐ ' : ''}
            <strong>{letter(i)}.</strong> {inline(textOf(id) ?? '')}
          </li>
        ))}
      </ul>
    </li>
  );
}
