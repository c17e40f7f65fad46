import { useEffect, useRef, useState } from 'react';
import { evaluateJobs } from '../../../lib/engineClient';
import { resourceTargets } from '../../../lib/sandbox/arns';
import { evaluateResolutions, type Answer } from '../../../lib/sandbox/evaluate';
import { plainSentence } from '../../../lib/sandbox/explain';
import { whoCanCandidates } from '../../../lib/sandbox/matrix';
import { describePrincipal, type PrincipalSpec } from '../../../lib/sandbox/principals';
import { resolveRequest } from '../../../lib/sandbox/resolve';
import type { Organization } from '../../../lib/sandbox/schema';
import { stopwatch } from './stopwatch';

interface Row {
  principal: PrincipalSpec;
  answer: Answer;
}
interface Run {
  rows: Row[];
  ms: number;
  /** the sandbox the run evaluated: a run of an older sandbox is not shown */
  org: Organization;
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
  const [lastRun, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const targets = org.accounts.flatMap((a) => a.resources.flatMap((r) => resourceTargets(a.id, r)));
  const rows = lastRun?.org === org ? lastRun.rows : null;

  // A change to the sandbox (or leaving the tab) cancels a run in flight: its answers are stale.
  useEffect(() => () => inFlight.current?.abort(), [org]);

  const run = async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setBusy(true);
    setProblem(null);
    const elapsed = stopwatch();
    try {
      const principals = whoCanCandidates(org);
      const request = { action: action.trim(), resource: resource.trim() || '*' };
      // every principal's steps in one batch: one message to the engine worker
      const answers = await evaluateResolutions(
        principals.map((principal) => resolveRequest(org, { principal, ...request })),
        (jobs, explain) => evaluateJobs(jobs, { explain, signal: controller.signal }),
        true,
      );
      setRun({
        org,
        ms: elapsed(),
        rows: principals.map((principal, i) => ({ principal, answer: answers[i] as Answer })),
      });
    } catch (e) {
      if (controller.signal.aborted) return;
      setProblem(
        `The principals could not be evaluated: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = null;
        setBusy(false);
      }
    }
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
      {problem && (
        <p className="notice notice-warn" role="alert">
          {problem}
        </p>
      )}
      <div aria-live="polite">
        {lastRun && !rows && !busy && (
          <p className="hint">The sandbox changed: ask again to see who can do this now.</p>
        )}
        {rows && lastRun && (
          <>
            <p className="hint">
              {rows.length} principals evaluated in {Math.round(lastRun.ms)} ms.
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
