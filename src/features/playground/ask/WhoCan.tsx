import { useState } from 'react';
import { resourceTargets } from '../../../lib/sandbox/arns';
import { evaluateResolution, type Answer } from '../../../lib/sandbox/evaluate';
import { plainSentence } from '../../../lib/sandbox/explain';
import { whoCanCandidates } from '../../../lib/sandbox/matrix';
import { describePrincipal, type PrincipalSpec } from '../../../lib/sandbox/principals';
import { resolveRequest } from '../../../lib/sandbox/resolve';
import type { Organization } from '../../../lib/sandbox/schema';
import { stopwatch } from './stopwatch';
import { workerSimulate } from './useSandboxAnswer';

interface Row {
  principal: PrincipalSpec;
  answer: Answer;
}

/** "Who can do this action on this resource?": every principal of the sandbox, evaluated. */
export function WhoCan({
  org,
  initialAction,
  initialResource,
}: {
  org: Organization;
  initialAction: string;
  initialResource: string;
}) {
  const [action, setAction] = useState(initialAction);
  const [resource, setResource] = useState(initialResource);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [ms, setMs] = useState(0);
  const targets = org.accounts.flatMap((a) => a.resources.flatMap((r) => resourceTargets(a.id, r)));
  const run = async () => {
    setBusy(true);
    const elapsed = stopwatch();
    const list = await Promise.all(
      whoCanCandidates(org).map(async (principal) => ({
        principal,
        answer: await evaluateResolution(
          resolveRequest(org, {
            principal,
            action: action.trim(),
            resource: resource.trim() || '*',
          }),
          workerSimulate,
          true,
        ),
      })),
    );
    setMs(elapsed());
    setRows(list);
    setBusy(false);
  };
  const allowed = rows?.filter((r) => r.answer.verdict === 'allowed') ?? [];
  const denied = rows?.filter((r) => r.answer.verdict !== 'allowed') ?? [];
  return (
    <div className="who-can">
      <div className="inline-form">
        <label>
          <span>Action</span>{' '}
          <input
            type="text"
            value={action}
            spellCheck={false}
            onChange={(e) => setAction(e.target.value)}
          />
        </label>
        <label>
          <span>Resource</span>{' '}
          <input
            type="text"
            list="lp-who-resources"
            value={resource}
            spellCheck={false}
            onChange={(e) => setResource(e.target.value)}
          />
          <datalist id="lp-who-resources">
            {targets.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </label>
        <button type="button" onClick={() => void run()} disabled={busy || !action.includes(':')}>
          {busy ? 'Evaluating…' : 'Who can do this?'}
        </button>
      </div>
      <div aria-live="polite">
        {rows && (
          <>
            <p className="hint">
              {rows.length} principals evaluated in {Math.round(ms)} ms.
            </p>
            <h3>✓ Allowed ({allowed.length})</h3>
            {allowed.length === 0 ? (
              <p>Nobody in the sandbox.</p>
            ) : (
              <ul className="who-list">
                {allowed.map((r) => (
                  <li key={JSON.stringify(r.principal)}>
                    <strong>{describePrincipal(org, r.principal)}</strong>
                    <p className="hint">{plainSentence(r.answer)}</p>
                  </li>
                ))}
              </ul>
            )}
            <details>
              <summary>✗ Denied ({denied.length})</summary>
              <ul className="who-list">
                {denied.map((r) => (
                  <li key={JSON.stringify(r.principal)}>
                    <strong>{describePrincipal(org, r.principal)}</strong>
                    <p className="hint">{plainSentence(r.answer)}</p>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </div>
    </div>
  );
}
