import type { SimulationResult } from '../../../engine/index';
import { flowNodes, flowPath, type FlowNode, type NodeState } from '../../../lib/sandbox/explain';

const labels: Record<FlowNode, string> = {
  'explicit-deny': 'Any explicit Deny in any policy?',
  rcp: 'Resource control policies (RCPs)',
  scp: 'Service control policies (SCPs)',
  endpoint: 'VPC endpoint policies',
  resource: 'Resource-based policy',
  identity: 'Identity-based policies',
  pb: 'Permissions boundary',
  session: 'Session policy',
};

const stateWords: Record<NodeState, { icon: string; text: string }> = {
  pass: { icon: '✓', text: 'passed' },
  fail: { icon: '✗', text: 'stopped the request here' },
  skip: { icon: '–', text: 'does not apply' },
  neutral: { icon: '·', text: 'no allow here, not needed' },
  off: { icon: ' ', text: 'not reached' },
};

/**
 * AWS's documented decision flowchart with the path this request took lit up. Each node says
 * in words what happened (colour is never the only signal).
 */
export function FlowDiagram({
  result,
}: {
  result: Extract<SimulationResult, { decision: string }>;
}) {
  const path = flowPath(result);
  const hasEndpoint = result.trace?.some((t) => t.step === 'endpoint') ?? false;
  const endText =
    path.end === 'allowed'
      ? 'Allowed'
      : path.end === 'explicitDeny'
        ? 'Explicitly denied'
        : 'Implicitly denied';
  return (
    <figure className="flow" aria-labelledby="flow-caption">
      <figcaption id="flow-caption">
        The evaluation flow, with the path this request took
      </figcaption>
      <ol className="flow-list">
        {flowNodes.map((node) => {
          const state = path.nodes[node];
          if (node === 'endpoint' && (!hasEndpoint || state === 'skip')) return null;
          return (
            <li
              key={node}
              className={`flow-node flow-${state}`}
              data-node={node}
              data-state={state}
            >
              <span className="flow-icon" aria-hidden="true">
                {stateWords[state].icon}
              </span>
              <span className="flow-label">{labels[node]}</span>
              <span className="flow-state">{stateWords[state].text}</span>
            </li>
          );
        })}
        <li
          className={`flow-node flow-end flow-end-${path.end === 'allowed' ? 'allow' : 'deny'}`}
          data-node="decision"
        >
          <span className="flow-icon" aria-hidden="true">
            {path.end === 'allowed' ? '✓' : '✗'}
          </span>
          <span className="flow-label">{endText}</span>
        </li>
      </ol>
    </figure>
  );
}
