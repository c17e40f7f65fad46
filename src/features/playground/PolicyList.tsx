import { CodeEditor } from '../../components/editor/CodeEditor';
import { interactions, startInteraction } from '../../lib/perfMarks';
import {
  levelLabels,
  newPolicyId,
  policySlots,
  slotLabels,
  type PolicySlot,
  type Workbench,
  type WorkbenchPolicy,
} from './workbench';

const blankPolicy = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  },
  null,
  2,
);

export function PolicyList({
  workbench,
  onChange,
}: {
  workbench: Workbench;
  onChange: (w: Workbench) => void;
}) {
  const update = (id: string, patch: Partial<WorkbenchPolicy>) =>
    onChange({
      ...workbench,
      policies: workbench.policies.map((p) => (p.id === id ? { ...p, ...patch } : p)),
    });
  const remove = (id: string) =>
    onChange({ ...workbench, policies: workbench.policies.filter((p) => p.id !== id) });
  const add = () =>
    onChange({
      ...workbench,
      policies: [
        ...workbench.policies,
        { id: newPolicyId(), slot: 'identity', level: 0, text: blankPolicy },
      ],
    });
  return (
    <section className="policy-list" aria-labelledby="policies-title">
      <h2 id="policies-title">Policies ({workbench.policies.length})</h2>
      {workbench.policies.length === 0 && (
        <p className="hint">No policies yet: every request is implicitly denied. Add one.</p>
      )}
      {workbench.policies.map((p, i) => (
        <div key={p.id} className="policy-card">
          <div className="policy-card-head">
            <label>
              <span>Policy {i + 1} applies as</span>{' '}
              <select
                value={p.slot}
                onChange={(e) => update(p.id, { slot: e.target.value as PolicySlot })}
              >
                {policySlots.map((s) => (
                  <option key={s} value={s}>
                    {slotLabels[s]}
                  </option>
                ))}
              </select>
            </label>
            {(p.slot === 'scp' || p.slot === 'rcp') && (
              <label>
                <span>attached at</span>{' '}
                <select
                  value={p.level}
                  onChange={(e) => update(p.id, { level: Number(e.target.value) })}
                >
                  {levelLabels.map((l, level) => (
                    <option key={l} value={level}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button
              type="button"
              className="secondary small"
              onClick={() => remove(p.id)}
              aria-label={`Remove policy ${i + 1}`}
            >
              Remove
            </button>
          </div>
          <CodeEditor
            ariaLabel={`Policy ${i + 1}: ${slotLabels[p.slot]}`}
            value={p.text}
            policyKind={p.slot}
            onChange={(text) => {
              startInteraction(interactions.playgroundEval);
              update(p.id, { text });
            }}
          />
        </div>
      ))}
      <button type="button" className="secondary" onClick={add}>
        Add a policy
      </button>
      <p className="hint">
        SCP levels: the organization root, an OU and the account must each allow the request; a
        level with no SCP attached allows nothing. RCPFullAWSAccess is always assumed for RCPs.
      </p>
    </section>
  );
}
