import type { Confidence } from './session';

/** "How sure are you?": unsure answers come back in spaced review even when right. */
export function ConfidenceChoice({
  questionId,
  value,
  onChange,
  disabled = false,
}: {
  questionId: string;
  value: Confidence | undefined;
  onChange: (value: Confidence) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="confidence" disabled={disabled}>
      <legend>How sure are you?</legend>
      {(['sure', 'unsure'] as const).map((c) => (
        <label key={c}>
          <input
            type="radio"
            name={`confidence-${questionId}`}
            value={c}
            checked={value === c}
            onChange={() => onChange(c)}
          />{' '}
          {c === 'sure' ? 'Sure' : 'Unsure (review it again soon)'}
        </label>
      ))}
    </fieldset>
  );
}
