import { setOrgPolicyDocument } from '../../../lib/sandbox/ops';
import { locationKey, type EditContext } from './editing';
import { PolicyField } from './PolicyField';

/** An SCP or RCP: its document and where it is attached. */
export function OrgPolicyPanel({ ctx, id }: { ctx: EditContext; id: string }) {
  const org = ctx.org;
  const p = org.orgPolicies.find((x) => x.id === id);
  if (!p) return <p>This policy no longer exists.</p>;
  const targets = [
    { id: org.rootId, name: 'Root' },
    ...org.ous.map((o) => ({ id: o.id, name: `OU ${o.name}` })),
    ...org.accounts.map((a) => ({ id: a.id, name: `Account ${a.name}` })),
  ];
  const toggle = (target: string, on: boolean) =>
    ctx.update((d) => {
      const x = d.orgPolicies.find((y) => y.id === id);
      if (x)
        x.targets = on
          ? [...new Set([...x.targets, target])]
          : x.targets.filter((t) => t !== target);
    });
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">
        {p.kind === 'scp' ? 'Service control policy' : 'Resource control policy'} {p.name}
      </h3>
      {p.awsManaged && (
        <p className="notice">AWS managed: it can be attached and detached, not edited.</p>
      )}
      <fieldset className="request-form">
        <legend>Attached to</legend>
        <ul className="check-list">
          {targets.map((t) => (
            <li key={t.id}>
              <label>
                <input
                  type="checkbox"
                  checked={p.targets.includes(t.id)}
                  onChange={(e) => toggle(t.id, e.target.checked)}
                />{' '}
                {t.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <PolicyField
        key={id}
        label={`${p.kind.toUpperCase()} ${p.name}`}
        value={p.document}
        kind={p.kind}
        readOnly={p.awsManaged}
        mattered={ctx.mattered.get(locationKey({ kind: 'org', id }))}
        onCommit={(text) => ctx.apply(setOrgPolicyDocument(ctx.org, id, text))}
      />
      <p className="hint">
        {p.kind === 'scp'
          ? 'Every level from the root to the account needs an SCP that allows the action; a Deny anywhere on the path wins. At most 5,120 characters, white space included.'
          : 'RCPFullAWSAccess is always attached, so an RCP restricts only through Deny statements (with "Principal": "*").'}
      </p>
      {!p.awsManaged && (
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            ctx.update((d) => void (d.orgPolicies = d.orgPolicies.filter((x) => x.id !== id)));
            ctx.select({ kind: 'org' });
          }}
        >
          Delete this policy
        </button>
      )}
    </section>
  );
}
