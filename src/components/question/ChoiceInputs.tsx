import type { Question } from '../../content/schema';
import type { Response } from '../../lib/scoring';
import { inline } from '../RichText';

type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;

interface Props {
  question: ChoiceQuestion;
  order: string[];
  response: Response | null;
  onChange: (response: Response) => void;
  locked: boolean;
  stemId: string;
}

/** Radio buttons (one answer) or checkboxes (several); after submit each option says why. */
export function ChoiceInputs({ question, order, response, onChange, locked, stemId }: Props) {
  const chosen = Array.isArray(response) ? response : [];
  const multiple = question.type === 'multiple';
  const byId = new Map(question.options.map((o) => [o.id, o]));
  const toggle = (id: string) => {
    if (locked) return;
    if (!multiple) onChange([id]);
    else onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  };
  return (
    <fieldset className="choices" aria-describedby={stemId}>
      <legend className="visually-hidden">
        {multiple ? `Choose ${question.answer.length} options` : 'Choose one option'}
      </legend>
      <ol className="option-list">
        {order.map((id, index) => {
          const option = byId.get(id);
          if (!option) return null;
          const selected = chosen.includes(id);
          const right = question.answer.includes(id);
          const state = locked
            ? right
              ? 'right'
              : selected
                ? 'wrong'
                : 'neutral'
            : selected
              ? 'selected'
              : 'neutral';
          return (
            <li key={id} className={`option option-${state}`}>
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`q-${question.id}`}
                  value={id}
                  checked={selected}
                  disabled={locked}
                  onChange={() => toggle(id)}
                  data-key={index + 1}
                />
                <span className="option-key" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="option-text">{inline(option.text)}</span>
              </label>
              {locked && (
                <p className="option-why">
                  <strong>
                    {right
                      ? '✓ Correct answer.'
                      : selected
                        ? '✗ Your choice, not correct.'
                        : '✗ Not correct.'}
                  </strong>{' '}
                  {inline(option.why)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
