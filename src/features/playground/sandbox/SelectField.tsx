/** One choice in a SelectField. */
export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A labelled drop-down. With `empty`, a first option of that text stands for no choice (its
 * value is '').
 */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  empty,
}: {
  label: string;
  value: T | '';
  options: readonly SelectOption<T>[];
  onChange: (value: T | '') => void;
  empty?: string;
}) {
  return (
    <label>
      <span>{label}</span>{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
