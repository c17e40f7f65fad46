import { decisionIcon, decisionLabels, policyTypeLabels } from '../../lib/scenarioText';
import { TraceView } from './TraceView';
import type { Evaluation } from './useEvaluation';

/** The decision in words and icon (never colour alone), then the step-by-step trace. */
export function ResultPanel({ evaluation }: { evaluation: Evaluation }) {
  const { result, problems, failure } = evaluation;
  return (
    <section className="result-panel" aria-labelledby="result-title">
      <h2 id="result-title">Decision</h2>
      <div aria-live="polite" aria-atomic="true">
        {problems.length > 0 && (
          <div className="verdict verdict-deny">
            <p>⚠ Fix these before the request can be evaluated:</p>
            <ul>
              {problems.map((p) => (
                <li key={p.where + p.message}>
                  <strong>{p.where}:</strong> {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {failure && <p className="verdict verdict-deny">⚠ The engine failed: {failure}</p>}
        {result && 'error' in result && (
          <div className="verdict verdict-deny">
            <p>⚠ IAM would reject this input: {result.error.message}</p>
            <p className="hint">
              At <code>{result.error.path}</code>
              {result.error.line !== undefined &&
                ` (line ${result.error.line}, column ${result.error.column ?? 1})`}
            </p>
          </div>
        )}
        {result && 'decision' in result && (
          <p
            className={`verdict verdict-big verdict-${result.decision === 'allowed' ? 'allow' : 'deny'}`}
            data-decision={result.decision}
          >
            {decisionIcon(result.decision)} {decisionLabels[result.decision]}
            {result.blockedBy.length > 0 && (
              <span className="blocked-by">
                {' '}
                — blocked by {result.blockedBy.map((b) => policyTypeLabels[b] ?? b).join(', ')}
              </span>
            )}
          </p>
        )}
      </div>
      {result && 'decision' in result && result.trace && <TraceView trace={result.trace} />}
    </section>
  );
}
