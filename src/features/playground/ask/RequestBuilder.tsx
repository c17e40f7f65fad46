import { useEffect, useMemo, useState } from 'react';
import { browserCatalog } from '../../../catalog/browserCatalog';
import { resourceTargets } from '../../../lib/sandbox/arns';
import { conditionKeys, suggestedValue } from '../../../lib/sandbox/context';
import {
  describePrincipal,
  formatPrincipal,
  listPrincipals,
} from '../../../lib/sandbox/principals';
import type { Resolution } from '../../../lib/sandbox/resolve';
import type { Organization } from '../../../lib/sandbox/schema';
import type { RequestDraft } from './requestDraft';
import { SessionOptions } from './SessionOptions';

/** Who asks, for what, on what, in which context. */
export function RequestBuilder({
  org,
  draft,
  onChange,
  resolution,
}: {
  org: Organization;
  draft: RequestDraft;
  onChange: (d: RequestDraft) => void;
  resolution: Resolution | null;
}) {
  const principals = useMemo(() => listPrincipals(org), [org]);
  const resources = useMemo(
    () =>
      org.accounts.flatMap((a) =>
        a.resources.flatMap((r) =>
          resourceTargets(a.id, r).map((arn) => ({ arn, label: `${r.name} (${a.name})` })),
        ),
      ),
    [org],
  );
  const actions = useActionSuggestions(draft.action);
  // the action's own condition keys (and those of its resource types), from the catalog
  const actionInfo = actions.length > 0 ? browserCatalog().action(draft.action.trim()) : undefined;
  const actionKeys = actionInfo
    ? [
        ...actionInfo.conditionKeys,
        ...actionInfo.resourceTypes.flatMap((r) => [...r.conditionKeys, ...r.type.conditionKeys]),
      ].filter((k) => !k.includes('${') && !k.includes('<'))
    : [];
  const set = (patch: Partial<RequestDraft>) => onChange({ ...draft, ...patch });
  const present = new Set(Object.keys(resolution?.steps.at(-1)?.scenario?.request.context ?? {}));
  const tested = useMemo(() => {
    const keys = new Set<string>();
    for (const step of resolution?.steps ?? []) {
      const s = step.scenario;
      if (!s) continue;
      const docs = [
        ...(s.identityPolicies ?? []),
        s.resourcePolicy,
        s.permissionBoundary,
        s.sessionPolicy,
        ...(s.scps ?? []).flat(),
        ...(s.rcps ?? []).flat(),
      ];
      for (const d of docs)
        if (typeof d === 'string')
          for (const k of conditionKeys(d)) if (!k.includes('${')) keys.add(k);
    }
    return [...keys].sort();
  }, [resolution]);
  const own = new Set(draft.context.map((r) => r.key));
  const suggestions = tested.filter((k) => !own.has(k));
  const forAction = [...new Set(actionKeys)]
    .filter((k) => !own.has(k) && !tested.includes(k))
    .slice(0, 12);
  const derived = Object.entries(resolution?.steps.at(-1)?.scenario?.request.context ?? {}).filter(
    ([k]) => !own.has(k),
  );
  const isSession = draft.principal.startsWith('role:');

  return (
    <fieldset className="request-form">
      <legend>Request</legend>
      <div className="field">
        <label htmlFor="req-principal">Principal</label>
        <select
          id="req-principal"
          value={draft.principal}
          onChange={(e) => set({ principal: e.target.value })}
        >
          {principals.map((p) => (
            <option key={formatPrincipal(p)} value={formatPrincipal(p)}>
              {describePrincipal(org, p)}
            </option>
          ))}
          <option value="service">A service principal…</option>
          <option value="anonymous">An anonymous caller</option>
          <option value="external">A principal outside the sandbox…</option>
        </select>
      </div>
      {draft.principal === 'service' && (
        <label className="field">
          <span>Service principal</span>
          <input
            type="text"
            value={draft.service}
            spellCheck={false}
            onChange={(e) => set({ service: e.target.value })}
          />
        </label>
      )}
      {draft.principal === 'external' && (
        <label className="field">
          <span>Principal ARN (it has no policies in this sandbox)</span>
          <input
            type="text"
            value={draft.externalArn}
            spellCheck={false}
            onChange={(e) => set({ externalArn: e.target.value })}
          />
        </label>
      )}
      {isSession && (
        <SessionOptions org={org} draft={draft} onChange={onChange} principals={principals} />
      )}
      <label className="field">
        <span>Action</span>
        <input
          type="text"
          list="lp-actions"
          value={draft.action}
          spellCheck={false}
          onChange={(e) => set({ action: e.target.value })}
        />
        <datalist id="lp-actions">
          {actions.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span>Resource (pick from the sandbox or type an ARN; * for actions without one)</span>
        <input
          type="text"
          list="lp-resources"
          value={draft.resource}
          spellCheck={false}
          onChange={(e) => set({ resource: e.target.value })}
        />
        <datalist id="lp-resources">
          {resources.map((r) => (
            <option key={r.arn} value={r.arn}>
              {r.label}
            </option>
          ))}
        </datalist>
      </label>
      <div className="field">
        <span id="context-title">Request context</span>
        <table className="context-table" aria-labelledby="context-title">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value (a list as [a, b])</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.context.map((row, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Context key ${i + 1}`}
                    type="text"
                    value={row.key}
                    spellCheck={false}
                    onChange={(e) =>
                      set({
                        context: draft.context.map((r, j) =>
                          j === i ? { ...r, key: e.target.value } : r,
                        ),
                      })
                    }
                  />
                </td>
                <td>
                  <input
                    aria-label={`Value of ${row.key || `key ${i + 1}`}`}
                    type="text"
                    value={row.value}
                    spellCheck={false}
                    onChange={(e) =>
                      set({
                        context: draft.context.map((r, j) =>
                          j === i ? { ...r, value: e.target.value } : r,
                        ),
                      })
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => set({ context: draft.context.filter((_, j) => j !== i) })}
                  >
                    Remove <span className="visually-hidden">{row.key}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="button-row">
          <button
            type="button"
            className="secondary small"
            onClick={() => set({ context: [...draft.context, { key: '', value: '' }] })}
          >
            Add a key
          </button>
          {[
            'aws:RequestedRegion',
            'aws:MultiFactorAuthPresent',
            'aws:MultiFactorAuthAge',
            'aws:CurrentTime',
          ]
            .filter((k) => !own.has(k))
            .map((k) => (
              <button
                key={k}
                type="button"
                className="secondary small"
                onClick={() =>
                  set({ context: [...draft.context, { key: k, value: valueText(k, present) }] })
                }
              >
                Set {k}
              </button>
            ))}
        </div>
        {suggestions.length > 0 && (
          <p className="hint">
            Keys the policies in play test:{' '}
            {suggestions.map((k) => (
              <button
                key={k}
                type="button"
                className="link-button"
                onClick={() =>
                  set({ context: [...draft.context, { key: k, value: valueText(k, present) }] })
                }
              >
                {k}
                {present.has(k) ? '' : ' (absent)'}
              </button>
            ))}
          </p>
        )}
        {forAction.length > 0 && (
          <p className="hint">
            Keys {draft.action.trim()} supports:{' '}
            {forAction.map((k) => (
              <button
                key={k}
                type="button"
                className="link-button"
                onClick={() =>
                  set({ context: [...draft.context, { key: k, value: valueText(k, present) }] })
                }
              >
                {k}
              </button>
            ))}
          </p>
        )}
        <details>
          <summary>Keys derived from the sandbox ({derived.length})</summary>
          <ul className="derived-keys">
            {derived.map(([k, v]) => (
              <li key={k}>
                <code>{k}</code> = <code>{JSON.stringify(v)}</code>
              </li>
            ))}
          </ul>
        </details>
      </div>
    </fieldset>
  );
}

function valueText(key: string, present: Set<string>): string {
  if (present.has(key)) return '';
  const v = suggestedValue(key);
  if (key === 'aws:CurrentTime') return '2026-01-15T10:00:00Z';
  return Array.isArray(v) ? `[${v.join(', ')}]` : v;
}

/** Action names from the catalog for the service typed so far. */
function useActionSuggestions(action: string): string[] {
  const service = action.includes(':') ? (action.split(':')[0]?.toLowerCase() ?? '') : '';
  const [loaded, setLoaded] = useState<{ service: string; names: string[] }>({
    service: '',
    names: [],
  });
  useEffect(() => {
    if (!/^[a-z0-9-]+$/.test(service)) return;
    let live = true;
    const catalog = browserCatalog();
    if (!catalog.serviceSummary(service)) return;
    catalog.load([service]).then(
      () =>
        live &&
        setLoaded({
          service,
          names: catalog.service(service)?.actions.map((a) => a.fullName) ?? [],
        }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service]);
  if (loaded.service === service) return loaded.names;
  return service
    ? []
    : browserCatalog()
        .services()
        .map((s) => `${s.prefix}:`);
}
