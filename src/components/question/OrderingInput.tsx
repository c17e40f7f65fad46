import type { Question } from '../../content/schema';
import type { Response } from '../../lib/scoring';
import { inline } from '../RichText';

type OrderingQuestion = Extract<Question, { type: 'ordering' }>;

interface Props {
  question: OrderingQuestion;
  initialOrder: string[];
  response: Response | null;
  onChange: (response: Response) => void;
  locked: boolean;
}

/** Put steps in order with Move up / Move down buttons (a full keyboard alternative to dragging). */
export function OrderingInput({ question, initialOrder, response, onChange, locked }: Props) {
  const order =
    Array.isArray(response) && response.length === initialOrder.length ? response : initialOrder;
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const move = (from: number, to: number) => {
    if (locked || to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <div className="ordering">
      <p className="hint">
        Put the steps in the right order. Use the buttons to move a step up or down.
      </p>
      <ol className="ordering-list">
        {order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const right = question.answer[index] === id;
          return (
            <li key={id} className={locked ? (right ? 'option-right' : 'option-wrong') : undefined}>
              <span className="ordering-text">{inline(item.text)}</span>
              {!locked && (
                <span className="ordering-buttons">
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => move(index, index - 1)}
                    disabled={index === 0}
                    aria-label={`Move up: ${item.text}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => move(index, index + 1)}
                    disabled={index === order.length - 1}
                    aria-label={`Move down: ${item.text}`}
                  >
                    ↓
                  </button>
                </span>
              )}
              {locked && (
                <span className="option-why">
                  {right
                    ? '✓ In the right place.'
                    : `✗ Belongs at position ${question.answer.indexOf(id) + 1}.`}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!Array.isArray(response) && !locked && (
        <button type="button" className="secondary small" onClick={() => onChange(order)}>
          Keep this order
        </button>
      )}
    </div>
  );
}
