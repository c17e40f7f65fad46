import { useState } from 'react';
import { awsManagedPolicies } from '../../../lib/sandbox/awsManaged';
import { attachManagedPolicy } from '../../../lib/sandbox/ops';
import type { EditContext } from './editing';
import type { Owner } from './owner';
import { SelectField } from './SelectField';

/** Managed policies attached to a user, group or role: detach, or attach another (quota checked). */
export function ManagedPolicies({
  ctx,
  owner,
  attached,
}: {
  ctx: EditContext;
  owner: Owner;
  attached: string[];
}) {
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const account = ctx.org.accounts.find((a) => a.id === owner.account);
  const options = [
    ...(account?.policies.map((p) => ({ value: p.name, label: `${p.name} (customer managed)` })) ??
      []),
    ...awsManagedPolicies.map((p) => ({
      value: p.arn,
      label: `${p.name} (AWS managed, simplified copy)`,
    })),
  ].filter((o) => !attached.includes(o.value));
  const detach = (ref: string) =>
    ctx.update((d) => {
      const a = d.accounts.find((x) => x.id === owner.account);
      const list = owner.type === 'user' ? a?.users : owner.type === 'group' ? a?.groups : a?.roles;
      const o = list?.find((x) => x.name === owner.name);
      if (o) o.managedPolicies = o.managedPolicies.filter((p) => p !== ref);
    });
  return (
    <section className="sub-section" aria-label={`Managed policies of ${owner.type} ${owner.name}`}>
      <h4>Managed policies ({attached.length} of 10)</h4>
      {attached.length === 0 && <p className="hint">None attached.</p>}
      <ul className="chip-list">
        {attached.map((ref) => (
          <li key={ref}>
            <code>{ref.replace('arn:aws:iam::aws:policy/', 'AWS managed: ')}</code>{' '}
            <button type="button" className="secondary small" onClick={() => detach(ref)}>
              Detach <span className="visually-hidden">{ref}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <SelectField
          label="Attach a managed policy"
          value={choice}
          empty="Choose…"
          options={options}
          onChange={setChoice}
        />
        <button
          type="button"
          className="secondary small"
          disabled={!choice}
          onClick={() => {
            setError(
              ctx.apply(
                attachManagedPolicy(ctx.org, owner.account, owner.type, owner.name, choice),
              ),
            );
            setChoice('');
          }}
        >
          Attach
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
