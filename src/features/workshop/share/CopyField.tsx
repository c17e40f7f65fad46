import { useId, useRef, useState } from 'react';

/** A read-only text with a Copy button (falls back to selecting it where the clipboard is off). */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = () => {
    ref.current?.select();
    if (navigator.clipboard?.writeText)
      navigator.clipboard.writeText(value).then(
        () => setStatus('Copied.'),
        () => setStatus('Selected: press Ctrl+C (⌘C) to copy.'),
      );
    else setStatus('Selected: press Ctrl+C (⌘C) to copy.');
  };
  return (
    <div className="ws-copy">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={ref} readOnly value={value} rows={3} spellCheck={false} />
      <p className="actions">
        <button type="button" className="secondary small" onClick={copy}>
          Copy
        </button>
        <span aria-live="polite">{status}</span>
      </p>
    </div>
  );
}
