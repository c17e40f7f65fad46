import { useState, type ReactNode } from 'react';

/** A <details> whose content is rendered only while it is open: large traces stay out of the DOM. */
export function LazyDetails({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
