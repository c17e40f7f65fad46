import { useState } from 'react';
import type { SimulationResult } from '../../engine/index';
import { HighlightedPolicy } from '../../components/question/PolicyDocument';
import type { TryItPolicy } from '../../content/tryItPolicies';
import { evaluateScenario } from '../../lib/engineClient';
import { href } from '../../lib/router';
import { decisionIcon, decisionLabels, policyTypeLabels } from '../../lib/scenarioText';

interface Props {
  lessonId: string;
  index: number;
  scenario: Record<string, unknown>;
  /** the scenario's policies, highlighted when the lesson was built */
  policies: TryItPolicy[];
}

/** A policy example with the outcome the lesson claims; runs in the engine or opens in the playground. */
export function TryItCard({ lessonId, index, scenario, policies }: Props) {
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const request = (scenario.request ?? {}) as Record<string, unknown>;
  const expected = String(scenario.expected ?? '');
  const run = () =>
    evaluateScenario(scenario).then(setResult, (e: unknown) =>
      setProblem(e instanceof Error ? e.message : String(e)),
    );
  return (
    <section className="tryit" aria-label={`Try it: ${String(scenario.name ?? '')}`}>
      <h3>Try it: {String(scenario.name ?? 'policy example')}</h3>
      <dl className="request">
        <dt>Principal</dt>
        <dd>
          <code>{String(request.principal ?? '')}</code>
        </dd>
        <dt>Action</dt>
        <dd>
          <code>{String(request.action ?? '')}</code>
        </dd>
        <dt>Resource</dt>
        <dd>
          <code>{String(request.resource ?? '')}</code>
        </dd>
        {request.context !== undefined && (
          <>
            <dt>Context</dt>
            <dd>
              <code>{JSON.stringify(request.context)}</code>
            </dd>
          </>
        )}
      </dl>
      <details>
        <summary>
          Show the {policies.length === 1 ? 'policy' : `${policies.length} policies`}
        </summary>
        {policies.map((p) => (
          <HighlightedPolicy key={p.key} label={p.label} html={p.html} />
        ))}
      </details>
      <p className="claim">
        Expected:{' '}
        <strong>
          {decisionIcon(expected)} {decisionLabels[expected] ?? expected}
        </strong>
        {typeof scenario.note === 'string' && <> — {scenario.note}</>}
      </p>
      <p className="actions">
        <button type="button" className="secondary" onClick={() => void run()}>
          Check with the engine
        </button>
        <a className="button secondary" href={href(`/playground/try/${lessonId}/${index}`)}>
          Open in playground
        </a>
      </p>
      <div aria-live="polite">
        {result && 'decision' in result && (
          <p className={`verdict verdict-${result.decision === 'allowed' ? 'allow' : 'deny'}`}>
            Engine: {decisionIcon(result.decision)} {decisionLabels[result.decision]}
            {result.blockedBy.length > 0 &&
              ` — blocked by ${result.blockedBy.map((b) => policyTypeLabels[b] ?? b).join(', ')}`}
            {result.decision === expected ? ' (matches the lesson)' : ' (differs from the lesson!)'}
          </p>
        )}
        {result && 'error' in result && (
          <p className="verdict verdict-deny">⚠ {result.error.message}</p>
        )}
        {problem && <p className="verdict verdict-deny">⚠ {problem}</p>}
      </div>
    </section>
  );
}
