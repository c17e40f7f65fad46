import { useState } from 'react';
import { browserCatalog } from '../../../catalog/browserCatalog';
import type { SimulationResult } from '../../../engine/index';
import { evaluateScenario } from '../../../lib/engineClient';
import { resultSentence } from '../../../lib/sandbox/explain';
import {
  matrixCells,
  sandboxColumns,
  sandboxServices,
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
}

/** "What can this principal do?": actions × sandbox resources, evaluated in the engine worker. */
export function AccessMatrix({ org }: { org: Organization }) {
  const principals = listPrincipals(org);
  const [who, setWho] = useState(principals[0] ? formatPrincipal(principals[0]) : '');
  const [service, setService] = useState('s3');
  const [onlyAllowed, setOnlyAllowed] = useState(true);
  const [run, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [detail, setDetail] = useState<{
    cell: Cell;
    result: SimulationResult;
    sources: PolicySource[];
  } | null>(null);
  const services = sandboxServices(org);

  const evaluate = async () => {
    const principal = parsePrincipal(who);
    if (!principal) return;
    setBusy(true);
    setProblem(null);
    setDetail(null);
    const elapsed = stopwatch();
    try {
      const catalog = browserCatalog();
      const wanted = service === '*' ? services : [service];
      await catalog.load(wanted);
      const actions = wanted.flatMap((s) => catalog.service(s)?.actions ?? []);
      const cells = matrixCells(actions, sandboxColumns(org));
      const problems: string[] = [];
      const decisions = await Promise.all(
        cells.map((c) => {
          const { scenario } = buildScenario(
            org,
            { principal, action: c.action, resource: c.column.arn },
            problems,
            Date.UTC(2026, 0, 15, 10),
          );
          return evaluateScenario(scenario, false);
        }),
      );
      setRun({
        principal: who,
        ms: elapsed(),
        cells: cells.map((c, i) => {
          const r = decisions[i];
          return { ...c, decision: r && 'decision' in r ? r.decision : 'error' };
        }),
      });
    } catch (e) {
      setProblem(`The matrix could not be built: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const explain = async (cell: Cell) => {
    const principal = parsePrincipal(run?.principal ?? '');
    if (!principal) return;
    const { scenario, sources } = buildScenario(
      org,
      { principal, action: cell.action, resource: cell.column.arn },
      [],
      Date.UTC(2026, 0, 15, 10),
    );
    setDetail({ cell, result: await evaluateScenario(scenario, true), sources });
  };

  const columns = run ? [...new Map(run.cells.map((c) => [c.column.arn, c.column])).values()] : [];
  const rows = run
    ? [...new Set(run.cells.map((c) => c.action))].filter(
        (a) => !onlyAllowed || run.cells.some((c) => c.action === a && c.decision === 'allowed'),
      )
    : [];
  const cellFor = (action: string, arn: string) =>
    run?.cells.find((c) => c.action === action && c.column.arn === arn);

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
