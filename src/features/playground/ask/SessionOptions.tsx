import { CodeEditor } from '../../../components/editor/CodeEditor';
import {
  describePrincipal,
  formatPrincipal,
  type PrincipalSpec,
} from '../../../lib/sandbox/principals';
import type { Organization } from '../../../lib/sandbox/schema';
import type { RequestDraft } from './requestDraft';

/** How the role session was made: who assumed it, with which ExternalId, MFA, tags and session policy. */
export function SessionOptions({
  org,
  draft,
  onChange,
  principals,
}: {
  org: Organization;
  draft: RequestDraft;
  onChange: (d: RequestDraft) => void;
  principals: PrincipalSpec[];
}) {
  const set = (patch: Partial<RequestDraft>) => onChange({ ...draft, ...patch });
  const callers = principals.filter(
    (p) => formatPrincipal(p) !== draft.principal && p.type !== 'root',
  );
  return (
    <fieldset className="request-form session-options">
      <legend>Role session (AssumeRole)</legend>
      <label className="field">
        <span>Assumed by (the assume-role call is evaluated too)</span>
        <select value={draft.caller} onChange={(e) => set({ caller: e.target.value })}>
          <option value="">Nobody in particular: the session exists</option>
          {callers.map((p) => (
            <option key={formatPrincipal(p)} value={formatPrincipal(p)}>
              {describePrincipal(org, p)}
              {p.type === 'session' ? ' (role chaining)' : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="inline-form">
        <label>
          <span>Session name</span>{' '}
          <input
            type="text"
            value={draft.sessionName}
            size={14}
            onChange={(e) => set({ sessionName: e.target.value })}
          />
        </label>
        <label>
          <span>ExternalId</span>{' '}
          <input
            type="text"
            value={draft.externalId}
            size={14}
            onChange={(e) => set({ externalId: e.target.value })}
          />
        </label>
        <label>
          <span>DurationSeconds</span>{' '}
          <input
            type="number"
            min={900}
            max={43200}
            step={900}
            value={draft.duration}
            onChange={(e) => set({ duration: e.target.value })}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.mfa}
            onChange={(e) => set({ mfa: e.target.checked })}
          />{' '}
          Signed in with MFA
        </label>
      </div>
      <label className="field">
        <span>Session tags (key=value, comma separated)</span>
        <input
          type="text"
          value={draft.sessionTags}
          spellCheck={false}
          onChange={(e) => set({ sessionTags: e.target.value })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={draft.useSessionPolicy}
          onChange={(e) => set({ useSessionPolicy: e.target.checked })}
        />{' '}
        Pass a session policy
      </label>
      {draft.useSessionPolicy && (
        <CodeEditor
          ariaLabel="Session policy"
          policyKind="session"
          value={draft.sessionPolicy}
          minLines={5}
          onChange={(sessionPolicy) => set({ sessionPolicy })}
        />
      )}
    </fieldset>
  );
}
