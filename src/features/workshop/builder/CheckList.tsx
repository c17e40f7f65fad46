import type { ReactNode } from 'react';

/**
 * A checkbox per item. Ticking or unticking one reports the chosen ids in the items' order,
 * whatever the order they were ticked in, so the same choice always makes the same pack.
 */
export function CheckList<T extends string>({
  items,
  chosen,
  onChange,
  layout = 'grid',
}: {
  items: readonly { id: T; label: ReactNode }[];
  chosen: readonly T[];
  onChange: (ids: T[]) => void;
  /** 'grid': columns of long labels; 'row': a few short ones side by side */
  layout?: 'grid' | 'row';
}) {
  const set = new Set(chosen);
  const toggle = (id: T) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(items.filter((i) => next.has(i.id)).map((i) => i.id));
  };
  return (
    <ul className={layout === 'row' ? 'ws-check-row' : 'ws-check-grid'}>
      {items.map((i) => (
        <li key={i.id}>
          <label>
            <input type="checkbox" checked={set.has(i.id)} onChange={() => toggle(i.id)} />
            {i.label}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** "Number of questions", kept between 1 and `max`. */
export function QuestionCountField({
  value,
  max,
  onChange,
}: {
  value: number;
  max: number;
  onChange: (count: number) => void;
}) {
  return (
    <label>
      Number of questions
      <input
        type="number"
        min={1}
        max={max}
        value={value}
        onChange={(e) => onChange(Math.max(1, Math.min(max, Number(e.target.value) || 1)))}
      />
    </label>
  );
}
