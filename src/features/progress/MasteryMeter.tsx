import { masteryLevelLabels, type Mastery } from './mastery';

const icons = { 'not-started': '○', 'needs-work': '✗', 'getting-there': '◐', strong: '✓' } as const;

/** A mastery estimate in words, with a bar and the evidence behind it. */
export function MasteryMeter({ mastery }: { mastery: Mastery }) {
  const pct = mastery.score === null ? 0 : Math.round(mastery.score * 100);
  const range =
    mastery.score === null
      ? ''
      : `likely ${Math.round(mastery.low * 100)}–${Math.round(mastery.high * 100)}%`;
  return (
    <span className={`mastery mastery-${mastery.level}`}>
      <span className="mastery-bar" aria-hidden="true">
        <span className="mastery-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="mastery-text">
        <span aria-hidden="true">{icons[mastery.level]} </span>
        {mastery.score === null
          ? masteryLevelLabels[mastery.level]
          : `${pct}% · ${masteryLevelLabels[mastery.level]}`}
      </span>
      <span className="mastery-evidence">
        {mastery.answers === 0
          ? 'no answers yet'
          : `${mastery.answers} answer${mastery.answers === 1 ? '' : 's'}, ${range}`}
      </span>
    </span>
  );
}
