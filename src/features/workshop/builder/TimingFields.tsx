import type { Pack } from '../../../lib/pack/schema';

/** An optional time limit for the questions, and when answers are shown. */
export function TimingFields({
  timeLimit,
  reveal,
  onTimeLimit,
  onReveal,
}: {
  timeLimit: number | null;
  reveal: Pack['reveal'];
  onTimeLimit: (minutes: number | null) => void;
  onReveal: (reveal: Pack['reveal']) => void;
}) {
  return (
    <fieldset className="ws-section">
      <legend>Timing and answers</legend>
      <div className="ws-filter-row">
        <label>
          <input
            type="checkbox"
            checked={timeLimit !== null}
            onChange={(e) => onTimeLimit(e.target.checked ? 20 : null)}
          />
          Time limit for the questions
        </label>
        {timeLimit !== null && (
          <label>
            Minutes
            <input
              type="number"
              min={1}
              max={600}
              value={timeLimit}
              onChange={(e) =>
                onTimeLimit(Math.max(1, Math.min(600, Math.floor(Number(e.target.value) || 1))))
              }
            />
          </label>
        )}
      </div>
      <div role="radiogroup" aria-label="When students see the answers" className="ws-radio-list">
        <label>
          <input
            type="radio"
            name="reveal"
            checked={reveal === 'each'}
            onChange={() => onReveal('each')}
          />
          Show the answer and explanation after each question
        </label>
        <label>
          <input
            type="radio"
            name="reveal"
            checked={reveal === 'end'}
            onChange={() => onReveal('end')}
          />
          Show answers only after handing in
        </label>
      </div>
    </fieldset>
  );
}
