import { useState } from 'react';
import type { Finding, Severity } from '../../engine/index';

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Why some checks could not run (e.g. the catalog is unavailable). */
  note?: string | undefined;
  /** Applies a finding's quick fix; without it no fix buttons are shown. */
  onApplyFix?: ((finding: Finding) => void) | undefined;
  /** Moves the cursor to a finding; without it locations are plain text. */
  onReveal?: ((finding: Finding) => void) | undefined;
  /** Shown while the first check is running. */
  checking?: boolean | undefined;
}

const LABEL: Record<Severity, string> = {
  ERROR: 'Error',
  SECURITY_WARNING: 'Security warning',
  WARNING: 'Warning',
  SUGGESTION: 'Suggestion',
};

const ICON: Record<Severity, string> = {
  ERROR: '✖',
  SECURITY_WARNING: '⚠',
  WARNING: '▲',
  SUGGESTION: 'ℹ',
};

const ORDER: Severity[] = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'];
const FIRST = 50;

/** A summary such as "1 error, 2 suggestions". */
export function summarize(findings: readonly Finding[]): string {
  const parts = ORDER.flatMap((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    if (n === 0) return [];
    const label = LABEL[s].toLowerCase();
    return [`${n} ${n === 1 ? label : `${label}s`}`];
  });
  return parts.length ? parts.join(', ') : 'No problems found';
}

/** The policy checks' findings, with why each matters, its AWS page and its quick fix. */
export function FindingsList({
  findings,
  note,
  onApplyFix,
  onReveal,
  checking,
}: FindingsListProps) {
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FIRST);
  return (
    <div className="findings">
      <p className="findings-summary" role="status" aria-live="polite">
        {checking && findings.length === 0
          ? 'Checking the policy…'
          : `Policy check: ${summarize(findings)}`}
      </p>
      {note && <p className="findings-note">{note}</p>}
      {findings.length > 0 && (
        <ul className="findings-list">
          {shown.map((f, i) => (
            <li
              key={`${f.code}-${f.range.start.offset}-${i}`}
              className={`finding finding-${f.severity.toLowerCase()}`}
            >
              <span className="finding-icon" aria-hidden="true">
                {ICON[f.severity]}
              </span>
              <span className="finding-severity">{LABEL[f.severity]}</span>{' '}
              <span className="finding-message">{f.message}</span>{' '}
              {onReveal ? (
                <button type="button" className="link-button" onClick={() => onReveal(f)}>
                  line {f.range.start.line}, column {f.range.start.column}
                </button>
              ) : (
                <span className="finding-where">
                  (line {f.range.start.line}, column {f.range.start.column})
                </span>
              )}
              <details>
                <summary>
                  Why this matters <code>{f.code}</code>
                </summary>
                <p>{f.why}</p>
                <p>
                  <a href={f.docUrl} target="_blank" rel="noopener noreferrer">
                    {f.title}: AWS documentation
                  </a>
                </p>
              </details>
              {f.fix && onApplyFix && (
                <button type="button" className="secondary small" onClick={() => onApplyFix(f)}>
                  Fix: {f.fix.title}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {findings.length > FIRST && (
        <button type="button" className="secondary small" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${findings.length}`}
        </button>
      )}
    </div>
  );
}
