import type { Trace } from '../../engine/index';
import { policyTypeLabels } from '../../lib/scenarioText';

type Step = Trace extends readonly (infer S)[] ? S : never;
type PolicyTrace = NonNullable<Step['policies']>[number];
type StatementTrace = PolicyTrace['statements'][number];

const mark = (ok: boolean) => (ok ? '✓' : '✗');

const stepLabels: Record<string, string> = {
  request: 'The request',
  'explicit-deny': 'Is there an explicit Deny?',
  'service-rule': 'Service rule',
  rcp: 'Resource control policies (RCPs)',
  scp: 'Service control policies (SCPs)',
  endpoint: 'VPC endpoint policies',
  resource: 'Resource-based policy',
  identity: 'Identity-based policies',
  pb: 'Permissions boundary',
  session: 'Session policy',
  decision: 'Decision',
};

/** `notApplicable` → `not applicable`. */
function words(id: string): string {
  return id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
}

/** Each step of AWS's decision flow, then every policy and statement with what matched. */
export function TraceView({ trace }: { trace: Trace }) {
  return (
    <ol className="trace">
      {trace.map((step, i) => (
        <li key={i} className="trace-step">
          <p className="trace-step-head">
            <strong>{stepLabels[step.step] ?? words(step.step)}</strong>: {words(step.outcome)}
          </p>
          {step.detail && <p className="hint">{step.detail}</p>}
          {step.policies && step.policies.length > 0 && (
            <ul className="trace-policies">
              {step.policies.map((p, j) => (
                // SCPs and RCPs repeat an index at each level of the organization
                <li key={`${p.type}-${j}`}>
                  <details>
                    <summary>
                      {p.label || `${policyTypeLabels[p.type] ?? p.type} ${p.index + 1}`} ·{' '}
                      {p.statements.filter((s) => s.matched).length} of {p.statements.length}{' '}
                      statements match
                    </summary>
                    <ul className="trace-statements">
                      {p.statements.map((s) => (
                        <StatementRow key={s.index} statement={s} />
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function StatementRow({ statement: s }: { statement: StatementTrace }) {
  return (
    <li className={s.matched ? 'trace-match' : 'trace-nomatch'}>
      <p>
        {mark(s.matched)}{' '}
        <strong>{s.sid ? `Statement “${s.sid}”` : `Statement ${s.index + 1}`}</strong> ({s.effect}){' '}
        {s.matched ? 'applies to this request' : 'does not apply'}
      </p>
      <ul className="trace-elements">
        <ElementRow name="Action" m={s.action} />
        <ElementRow name="Resource" m={s.resource} />
        {s.principal && <ElementRow name="Principal" m={s.principal} />}
        {s.conditions.map((c, i) => (
          <li key={i}>
            {mark(c.matched)} Condition <code>{c.operator}</code> on <code>{c.key}</code>: policy
            wants <code>{JSON.stringify(c.values)}</code>, request has{' '}
            <code>{c.contextValue === null ? 'no such key' : JSON.stringify(c.contextValue)}</code>
          </li>
        ))}
      </ul>
    </li>
  );
}

function ElementRow({ name, m }: { name: string; m: StatementTrace['action'] }) {
  return (
    <li>
      {mark(m.matched)} {m.element || name} <code>{JSON.stringify(m.patterns)}</code> vs{' '}
      <code>{m.value}</code>
    </li>
  );
}
