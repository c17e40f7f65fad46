/** A labelled group of checkboxes (topics, difficulties, types). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  className,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  className?: string;
}) {
  return (
    <fieldset className={`checkbox-group ${className ?? ''}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...selected, o.value] : selected.filter((s) => s !== o.value),
              )
            }
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
