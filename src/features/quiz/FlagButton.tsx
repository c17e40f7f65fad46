/** Flag for review: a toggle button (F on the keyboard). */
export function FlagButton({ flagged, onToggle }: { flagged: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className={`secondary flag-button${flagged ? ' flag-on' : ''}`}
      aria-pressed={flagged}
      onClick={onToggle}
      aria-keyshortcuts="F"
    >
      <span aria-hidden="true">⚑</span> {flagged ? 'Flagged for review' : 'Flag for review'}
    </button>
  );
}
