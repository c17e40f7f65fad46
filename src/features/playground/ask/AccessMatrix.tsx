import { useEffect, useRef, useState } from 'react';
import { browserCatalog } from '../../../catalog/browserCatalog';
import type { SimulationResult } from '../../../engine/index';
import { evaluateJobs, evaluateScenario } from '../../../lib/engineClient';
import { resultSentence } from '../../../lib/sandbox/explain';
import {
  cellRequest,
  matrixOutcomes,
  matrixTime,
  sandboxServices,
  serviceCells,
  type MatrixCell,
} from '../../../lib/sandbox/matrix';
import {
  describePrincipal,
  formatPrincipal,
  listPrincipals,
  parsePrincipal,
} from '../../../lib/sandbox/principals';
import { buildScenario, type PolicySource } from '../../../lib/sandbox/resolve';
import type { Organization } from '../../../lib/sandbox/schema';
import { TraceView } from '../TraceView';
import { stopwatch } from './stopwatch';

interface Cell extends MatrixCell {
  decision: string;
}
interface Run {
  cells: Cell[];
  ms: number;
  principal: string;
  /** the sandbox the run evaluated: a run of an older sandbox is not shown */
  org: Organization;
}

const cellKey = (action: string, arn: string) => `${action} ${arn}`;

/** "What can this principal do?": actions × sandbox resources, evaluated in the engine worker. */
export function AccessMatrix({ org }: { org: Organization }) {
  const principals = listPrincipals(org);
  const [who, setWho] = useState(principals[0] ? formatPrincipal(principals[0]) : '');
  const [service, setService] = useState('s3');
  const [onlyAllowed, setOnlyAllowed] = useState(true);
  const [lastRun, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [lastDetail, setDetail] = useState<{
    run: Run;
    cell: Cell;
    result: SimulationResult;
    sources: PolicySource[];
  } | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const clicks = useRef(0);
  const services = sandboxServices(org);
  const run = lastRun?.org === org ? lastRun : null;
  const detail = run && lastDetail?.run === run ? lastDetail : null;

  // A change to the sandbox (or leaving the tab) cancels a run in flight: its answers are stale.
  useEffect(() => () => inFlight.current?.abort(), [org]);

  const evaluate = async () => {
    const principal = parsePrincipal(who);
    if (!principal) return;
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setBusy(true);
    setProblem(null);
    setDetail(null);
    const elapsed = stopwatch();
    try {
      const wanted = service === '*' ? services : [service];
      const cells = await serviceCells(org, browserCatalog(), wanted);
      if (controller.signal.aborted) return;
      const outcomes = await matrixOutcomes(org, principal, cells, (jobs, explain) =>
        evaluateJobs(jobs, { explain, signal: controller.signal }),
      );
      setRun({
        principal: who,
        org,
        ms: elapsed(),
        cells: cells.map((c, i) => {
          const r = outcomes[i];
          return { ...c, decision: r && 'decision' in r ? r.decision : 'error' };
        }),
      });
    } catch (e) {
      if (controller.signal.aborted) return;
      setProblem(`The matrix could not be built: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = null;
        setBusy(false);
      }
    }
  };

  const explain = async (cell: Cell) => {
    const principal = parsePrincipal(run?.principal ?? '');
    if (!run || !principal) return;
    const click = ++clicks.current;
    const { scenario, sources } = buildScenario(
      run.org,
      cellRequest(principal, cell),
      [],
      matrixTime,
    );
    const result = await evaluateScenario(scenario, true);
    if (click === clicks.current) setDetail({ run, cell, result, sources });
  };

  const columns = run ? [...new Map(run.cells.map((c) => [c.column.arn, c.column])).values()] : [];
  const allowedSomewhere = new Set(
    run?.cells.filter((c) => c.decision === 'allowed').map((c) => c.action),
  );
  const rows = run
    ? [...new Set(run.cells.map((c) => c.action))].filter(
        (a) => !onlyAllowed || allowedSomewhere.has(a),
      )
    : [];
  const byKey = new Map(run?.cells.map((c) => [cellKey(c.action, c.column.arn), c]));
  const cellFor = (action: string, arn: string) => byKey.get(cellKey(action, arn));

  return (
    <div className="matrix">
      <div className="inline-form">
        <label>
          <span>Principal</span>{' '}
          <select value={who} onChange={(e) => setWho(e.target.value)}>
            {principals.map((p) => (
              <option key={formatPrincipal(p)} value={formatPrincipal(p)}>
                {describePrincipal(org, p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Service</span>{' '}
          <select value={service} onChange={(e) => setService(e.target.value)}>
            {services.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
            <option value="*">All services in this sandbox</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={onlyAllowed}
            onChange={(e) => setOnlyAllowed(e.target.checked)}
          />{' '}
          Only actions allowed somewhere
        </label>
        <button type="button" onClick={() => void evaluate()} disabled={busy || !who}>
          {busy ? 'Evaluating…' : 'Show the access matrix'}
        </button>
      </div>
      {problem && (
        <p className="notice notice-warn" role="alert">
          {problem}
        </p>
      )}
      <p role="status" className="hint">
        {run &&
          `${run.cells.length.toLocaleString('en')} requests evaluated in ${Math.round(run.ms)} ms; ${run.cells.filter((c) => c.decision === 'allowed').length} allowed.`}
        {lastRun && !run && !busy && 'The sandbox changed: show the matrix again to see it.'}
      </p>
      {run && rows.length === 0 && <p>Nothing is allowed for this principal and service.</p>}
      {run && rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Access matrix">
          <table className="matrix-table">
            <caption className="visually-hidden">
              Actions (rows) by resources (columns); ✓ allowed, ✗ denied, blank: the action does not
              apply to the resource
            </caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                {columns.map((c) => (
                  <th key={c.arn} scope="col" title={c.arn}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a}>
                  <th scope="row">
                    <code>{a}</code>
                  </th>
                  {columns.map((col) => {
                    const cell = cellFor(a, col.arn);
                    if (!cell) return <td key={col.arn} />;
                    const ok = cell.decision === 'allowed';
                    return (
                      <td key={col.arn} className={ok ? 'cell-allow' : 'cell-deny'}>
                        <button
                          type="button"
                          className="cell-button"
                          onClick={() => void explain(cell)}
                          aria-label={`${a} on ${col.label}: ${ok ? 'allowed' : 'denied'}. Why?`}
                        >
                          {ok ? '✓' : '✗'}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detail && (
        <section aria-live="polite" className="matrix-detail">
          <h3>
            {detail.cell.action} on {detail.cell.column.label}
          </h3>
          <p className="plain-sentence">{resultSentence(detail.result, detail.sources)}</p>
          {'decision' in detail.result && detail.result.trace && (
            <details>
              <summary>Every policy and condition compared</summary>
              <TraceView trace={detail.result.trace} />
            </details>
          )}
        </section>
      )}
    </div>
  );
}
