import type { Trace } from '../../../engine/index';
import { PolicyDocument } from '../../../components/question/PolicyDocument';
import { conditionWords, statementAt, statementsThatMattered } from '../../../lib/sandbox/explain';
import type { PolicyLocation } from '../../../lib/sandbox/locations';
import type { PolicySource } from '../../../lib/sandbox/resolve';

const roleWords = { allow: 'allows', deny: 'denies', nearMiss: 'nearly applied' } as const;

/** The statements that decided the request (and near misses), each linked to where it is edited. */
export function MatteredList({
  trace,
  sources,
  scenario,
  onShow,
}: {
  trace: Trace;
  sources: PolicySource[];
  scenario: unknown;
  onShow: (loc: PolicyLocation) => void;
}) {
  const notes = statementsThatMattered(trace, sources);
  if (notes.length === 0) return <p className="hint">No statement matched this request.</p>;
  return (
    <section aria-labelledby="mattered-title">
      <h4 id="mattered-title">Statements that mattered</h4>
      <ul className="mattered">
        {notes.map((n) => (
          <li key={n.path} className={`mattered-${n.role}`}>
            <p>
              <strong>
                {n.role === 'deny' ? '✗' : n.role === 'allow' ? '✓' : '≈'}{' '}
                {n.statement.sid ? `“${n.statement.sid}”` : `Statement ${n.statement.index + 1}`}
              </strong>{' '}
              ({n.statement.effect}) {roleWords[n.role]} — {n.source?.label ?? n.path}{' '}
              {n.source &&
                n.source.location.kind !== 'awsManaged' &&
                n.source.location.kind !== 'session' && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => n.source && onShow(n.source.location)}
                  >
                    Show in the sandbox
                  </button>
                )}
            </p>
            <StatementJson
              value={statementAt(scenario, n.path)}
              label={n.source?.label ?? n.path}
            />
            {n.statement.conditions.length > 0 && (
              <ul className="trace-elements">
                {n.statement.conditions.map((c, i) => (
                  <li key={i}>
                    {c.matched ? '✓' : '✗'} {conditionWords(c)}
                  </li>
                ))}
              </ul>
            )}
            {!n.statement.resource.matched && (
              <p className="hint">
                ✗ Resource {JSON.stringify(n.statement.resource.patterns)} does not match{' '}
                {n.statement.resource.value}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatementJson({ value, label }: { value: unknown; label: string }) {
  if (value === undefined) return null;
  return (
    <details>
      <summary>The statement</summary>
      <PolicyDocument label={`In ${label}`} document={value} />
    </details>
  );
}
