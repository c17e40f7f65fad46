import { memo } from 'react';
import { LazyDetails } from '../../../components/LazyDetails';
import type { SimulationResult } from '../../../engine/index';
import { downloadJson } from '../../../lib/download';
import { plainSentence, resultSentence } from '../../../lib/sandbox/explain';
import type { PolicyLocation } from '../../../lib/sandbox/locations';
import { decisionIcon, decisionLabels, policyTypeLabels } from '../../../lib/scenarioText';
import { TraceView } from '../TraceView';
import { FlowDiagram } from './FlowDiagram';
import { MatteredList } from './MatteredList';
import type { SandboxAnswer } from './useSandboxAnswer';
import { WorkbenchLink } from './WorkbenchLink';

const verdictText = (v: string) =>
  v === 'notReached' ? 'Denied (the role could not be assumed)' : (decisionLabels[v] ?? v);

/**
 * The answer: decision, sentence, assume-role steps, flowchart, statements, conditions.
 * Memoised: an edit to the sandbox re-renders the workspace before its new answer arrives.
 */
export const AnswerView = memo(function AnswerView({
  current,
  onShow,
}: {
  current: SandboxAnswer;
  onShow: (loc: PolicyLocation) => void;
}) {
  const { answer, resolution } = current;
  const final = answer.final;
  const last = answer.outcomes.at(-1);
  const decided =
    final && 'decision' in final
      ? (final as Extract<SimulationResult, { decision: string }>)
      : null;
  return (
    <section className="answer" aria-labelledby="answer-title">
      <h3 id="answer-title">Answer</h3>
      <div aria-live="polite" aria-atomic="true">
        <p
          className={`verdict verdict-big verdict-${answer.verdict === 'allowed' ? 'allow' : 'deny'}`}
          data-verdict={answer.verdict}
        >
          {decisionIcon(answer.verdict === 'notReached' ? 'implicitDeny' : answer.verdict)}{' '}
          {verdictText(answer.verdict)}
          {decided && decided.blockedBy.length > 0 && answer.verdict !== 'notReached' && (
            <span className="blocked-by">
              {' '}
              — blocked by {decided.blockedBy.map((b) => policyTypeLabels[b] ?? b).join(', ')}
            </span>
          )}
        </p>
        <p className="plain-sentence">{plainSentence(answer)}</p>
      </div>
      {resolution.problems.length > 0 && (
        <ul className="notice notice-warn">
          {resolution.problems.map((p) => (
            <li key={p}>⚠ {p}</li>
          ))}
        </ul>
      )}
      {resolution.notes.map((n) => (
        <p key={n} className="hint">
          ℹ {n}
        </p>
      ))}
      {answer.outcomes.length > 1 && (
        <ol className="assume-steps" aria-label="Steps before the request">
          {answer.outcomes.map((o, i) => (
            <li key={i} className={o.allowed ? 'step-ok' : 'step-fail'}>
              <strong>
                {o.allowed ? '✓' : '✗'} {o.step.title}
              </strong>
              {i < answer.outcomes.length - 1 && (
                <>
                  <p className="hint">
                    {o.step.blocked ?? resultSentence(o.result, o.step.sources)}
                  </p>
                  {o.result && 'decision' in o.result && o.result.trace && (
                    <LazyDetails summary="How this step was evaluated">
                      <TraceView trace={o.result.trace} />
                    </LazyDetails>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {final && 'error' in final && (
        <p className="verdict verdict-deny">
          ⚠ IAM would reject this input: {final.error.message}{' '}
          <span className="hint">at {final.error.path}</span>
        </p>
      )}
      {decided && <FlowDiagram result={decided} />}
      {decided?.trace && last && (
        <>
          <MatteredList
            trace={decided.trace}
            sources={last.step.sources}
            scenario={last.step.scenario}
            onShow={onShow}
          />
          <LazyDetails summary="Every policy and condition compared">
            <TraceView trace={decided.trace} />
          </LazyDetails>
        </>
      )}
      {last?.step.scenario && (
        <div className="button-row">
          <WorkbenchLink scenario={last.step.scenario} />
          <button
            type="button"
            className="secondary"
            onClick={() =>
              last.step.scenario && downloadJson('sandbox-request.json', last.step.scenario)
            }
          >
            Save as scenario file
          </button>
        </div>
      )}
    </section>
  );
});
