import type { CheckResult } from '../../../lib/sandbox/challenge';
import type { Challenge } from '../../../lib/sandbox/challengeSchema';
import { formatPrincipal, type PrincipalSpec } from '../../../lib/sandbox/principals';

/** A case's principal with how its session was made. */
function who(p: PrincipalSpec): string {
  if (p.type !== 'session') return formatPrincipal(p);
  const how = [
    p.caller ? `assumed by ${formatPrincipal(p.caller)}` : '',
    p.externalId !== undefined ? `ExternalId ${p.externalId}` : '',
    p.mfa ? 'with MFA' : '',
    p.sessionTags.length
      ? `tags ${p.sessionTags.map((t) => `${t.key}=${t.value}`).join(', ')}`
      : '',
    p.durationSeconds ? `${p.durationSeconds} s` : '',
  ].filter(Boolean);
  return `${formatPrincipal(p)}${how.length ? ` (${how.join(', ')})` : ''}`;
}

const expectWords = {
  allowed: 'allowed',
  denied: 'denied',
  explicitDeny: 'explicitly denied',
  implicitDeny: 'implicitly denied',
} as const;
const gotWords: Record<string, string> = {
  allowed: 'allowed',
  explicitDeny: 'explicitly denied',
  implicitDeny: 'implicitly denied',
  notReached: 'denied (the role could not be assumed)',
  error: 'an input error',
};

/** The checker's verdict: requirements, every shown case, and the hidden ones once solved. */
export function CaseResults({
  challenge: c,
  result,
  solved,
}: {
  challenge: Challenge;
  result: CheckResult;
  solved: boolean;
}) {
  const hidden = result.cases.filter((r) => r.case.hidden);
  const shown = solved ? result.cases : result.cases.filter((r) => !r.case.hidden);
  return (
    <div
      className={`check-result ${result.passed ? 'check-pass' : 'check-fail'}`}
      data-passed={result.passed}
    >
      <p className="verdict-big">
        {result.passed ? '✓ Solved! Every case comes out right.' : '✗ Not yet.'}
      </p>
      <ul className="requirements">
        {result.requirements.map((r) => (
          <li key={r.id}>
            {r.passed ? '✓' : '✗'} {r.message}
          </li>
        ))}
      </ul>
      <table className="cases">
        <caption className="visually-hidden">Request cases of {c.title}</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Request</th>
            <th scope="col">Expected</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.case.name} className={r.passed ? 'case-pass' : 'case-fail'}>
              <td>
                {r.passed ? '✓' : '✗'} {r.case.name}
                {r.case.hidden && <span className="hint"> (was hidden)</span>}
              </td>
              <td>
                <code>{who(r.case.principal)}</code> · <code>{r.case.action}</code> on{' '}
                <code>{r.case.resource}</code>
              </td>
              <td>{expectWords[r.case.expect]}</td>
              <td>{gotWords[r.verdict] ?? r.verdict}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!solved && hidden.length > 0 && (
        <p className="hint">
          {hidden.length} hidden case{hidden.length > 1 ? 's' : ''}:{' '}
          {hidden.filter((r) => r.passed).length} pass. They are shown once you solve the challenge.
        </p>
      )}
    </div>
  );
}
