import { CodeEditor } from '../../components/editor/CodeEditor';
import type { Workbench } from './workbench';

type Field = 'principal' | 'action' | 'resource' | 'resourceAccount' | 'managementAccount';

const fields: { key: Field; label: string; hint: string }[] = [
  {
    key: 'principal',
    label: 'Principal',
    hint: 'User, role, role session or root ARN, a service principal, or * for anonymous',
  },
  { key: 'action', label: 'Action', hint: 'e.g. s3:GetObject' },
  { key: 'resource', label: 'Resource', hint: 'an ARN, or * for actions without a resource' },
  {
    key: 'resourceAccount',
    label: 'Resource account (optional)',
    hint: 'needed when the ARN has no account, as in S3',
  },
  {
    key: 'managementAccount',
    label: 'Management account (optional)',
    hint: 'SCPs and RCPs do not apply to it',
  },
];

export function RequestForm({
  workbench,
  onChange,
}: {
  workbench: Workbench;
  onChange: (w: Workbench) => void;
}) {
  return (
    <fieldset className="request-form">
      <legend>Request</legend>
      {fields.map((f) => (
        <label key={f.key} className="field">
          <span>{f.label}</span>
          <input
            type="text"
            value={workbench[f.key]}
            spellCheck={false}
            aria-describedby={`hint-${f.key}`}
            onChange={(e) => onChange({ ...workbench, [f.key]: e.target.value })}
          />
          <small id={`hint-${f.key}`} className="hint">
            {f.hint}
          </small>
        </label>
      ))}
      <div className="field">
        <span id="context-label">Request context (JSON: key → string or list of strings)</span>
        <CodeEditor
          ariaLabel="Request context"
          value={workbench.contextText}
          minLines={3}
          onChange={(contextText) => onChange({ ...workbench, contextText })}
        />
      </div>
    </fieldset>
  );
}
