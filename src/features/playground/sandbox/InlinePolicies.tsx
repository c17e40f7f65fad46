import { useState } from 'react';
import { putInlinePolicy } from '../../../lib/sandbox/ops';
import type { InlinePolicy } from '../../../lib/sandbox/schema';
import { blankPolicy, locationKey, type EditContext } from './editing';
import type { Owner } from './owner';
import { PolicyField } from './PolicyField';

/** Inline policies of a user, group or role, each in the editor (size quota checked). */
export function InlinePolicies({
  ctx,
  owner,
  policies,
}: {
  ctx: EditContext;
  owner: Owner;
  policies: InlinePolicy[];
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = (policy: string) =>
    ctx.update((d) => {
      const a = d.accounts.find((x) => x.id === owner.account);
      const list = owner.type === 'user' ? a?.users : owner.type === 'group' ? a?.groups : a?.roles;
      const o = list?.find((x) => x.name === owner.name);
      if (o) o.inlinePolicies = o.inlinePolicies.filter((p) => p.name !== policy);
    });
  return (
    <section className="sub-section" aria-label={`Inline policies of ${owner.type} ${owner.name}`}>
      <h4>Inline policies</h4>
      {policies.map((p) => (
        <div key={p.name} className="policy-card">
          <div className="policy-card-head">
            <strong>{p.name}</strong>
            <button type="button" className="secondary small" onClick={() => remove(p.name)}>
              Delete <span className="visually-hidden">inline policy {p.name}</span>
            </button>
          </div>
          <PolicyField
            label={`Inline policy ${p.name} of ${owner.type} ${owner.name}`}
            value={p.document}
            kind="identity"
            mattered={ctx.mattered.get(
              locationKey({
                kind: 'inline',
                account: owner.account,
                ownerType: owner.type,
                owner: owner.name,
                policy: p.name,
              }),
            )}
            onCommit={(text) =>
              ctx.apply(
                putInlinePolicy(ctx.org, owner.account, owner.type, owner.name, p.name, text),
              )
            }
          />
        </div>
      ))}
      <div className="inline-form">
        <label>
          <span>New inline policy name</span>{' '}
          <input
            type="text"
            value={name}
            maxLength={128}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="secondary small"
          disabled={!/^[\w+=,.@-]{1,128}$/.test(name) || policies.some((p) => p.name === name)}
          onClick={() => {
            setError(
              ctx.apply(
                putInlinePolicy(
                  ctx.org,
                  owner.account,
                  owner.type,
                  owner.name,
                  name,
                  blankPolicy('identity'),
                ),
              ),
            );
            setName('');
          }}
        >
          Add inline policy
        </button>
      </div>
      {error && (
        <p className="notice notice-warn" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
