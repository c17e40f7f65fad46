import type { Question } from '../../../content/schema';
import { isAnswered } from './resultFromAttempt';

/** Jump to any question; each button says whether it is answered (in words, not colour only). */
export function QuestionPalette({
  questions,
  responses,
  current,
  onGo,
}: {
  questions: readonly Question[];
  responses: Record<string, unknown>;
  current: number;
  onGo: (index: number) => void;
}) {
  return (
    <nav aria-label="Questions" className="ws-palette">
      <ol>
        {questions.map((q, i) => {
          const done = isAnswered(responses[q.id]);
          return (
            <li key={q.id}>
              <button
                type="button"
                className={`small ${done ? 'ws-done' : 'secondary'}`}
                aria-current={i === current ? 'step' : undefined}
                aria-label={`Question ${i + 1}, ${done ? 'answered' : 'not answered'}`}
                onClick={() => onGo(i)}
              >
                {i + 1}
                {done ? ' ✓' : ''}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
