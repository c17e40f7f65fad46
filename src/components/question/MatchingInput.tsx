import type { Question } from '../../content/schema';
import type { Response } from '../../lib/scoring';
import { inline } from '../RichText';

type MatchingQuestion = Extract<Question, { type: 'matching' }>;

interface Props {
  question: MatchingQuestion;
  optionOrder: string[];
  response: Response | null;
  onChange: (response: Response) => void;
  locked: boolean;
}

/** Match each prompt to a response with a select box; credit only when every pair is right. */
export function MatchingInput({ question, optionOrder, response, onChange, locked }: Props) {
  const pairs = response && !Array.isArray(response) ? response : {};
  const byId = new Map(question.options.map((o) => [o.id, o]));
  return (
    <div className="matching">
      <p className="hint">Match each item on the left with one response.</p>
      <ul className="matching-list">
        {question.prompts.map((prompt) => {
          const chosen = pairs[prompt.id] ?? '';
          const rightId = question.answer[prompt.id];
          const right = chosen === rightId;
          const selectId = `match-${question.id}-${prompt.id}`;
          return (
            <li
              key={prompt.id}
              className={locked ? (right ? 'option-right' : 'option-wrong') : undefined}
            >
              <label htmlFor={selectId}>{inline(prompt.text)}</label>
              <select
                id={selectId}
                value={chosen}
                disabled={locked}
                onChange={(e) => onChange({ ...pairs, [prompt.id]: e.target.value })}
              >
                <option value="">Choose…</option>
                {optionOrder.map((id) => (
                  <option key={id} value={id}>
                    {byId.get(id)?.text}
                  </option>
                ))}
              </select>
              {locked && (
                <p className="option-why">
                  {right
                    ? '✓ Correct. '
                    : `✗ The right match is “${byId.get(rightId ?? '')?.text}”. `}
                  {inline(byId.get(rightId ?? '')?.why ?? '')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
