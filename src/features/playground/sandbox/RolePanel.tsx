import { roleArn } from '../../../lib/sandbox/arns';
import { findRole } from '../../../lib/sandbox/locations';
import { setTrustPolicy } from '../../../lib/sandbox/ops';
import type { Role } from '../../../lib/sandbox/schema';
import { BoundaryPicker } from './BoundaryPicker';
import { editIdentity, locationKey, type EditContext } from './editing';
import { InlinePolicies } from './InlinePolicies';
import { ManagedPolicies } from './ManagedPolicies';
import { PolicyField } from './PolicyField';
import { TagsEditor } from './TagsEditor';

const hours = [1, 2, 4, 8, 12];

/** An IAM role: trust policy, permissions, boundary, maximum session duration, tags. */
export function RolePanel({
  ctx,
  account,
  name,
}: {
  ctx: EditContext;
  account: string;
  name: string;
}) {
  const a = ctx.org.accounts.find((x) => x.id === account);
  const own = a?.roles.find((x) => x.name === name);
  const r = own ?? findRole(ctx.org, account, name);
  if (!a || !r) return <p>This role no longer exists.</p>;
  const owner = { account, type: 'role' as const, name };
  const edit = (change: (role: Role) => void) =>
    editIdentity(ctx, account, { type: 'role', name, change });
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">Role {r.name}</h3>
      <p className="hint">
        <code>{roleArn(account, r.name, r.path)}</code> · account {a.name}
      </p>
      {!own && (
        <p className="notice">
          IAM Identity Center created this role from a permission set; edit the permission set
          instead (Identity Center overwrites changes made here). It is shown read-only.
        </p>
      )}
      {r.description && <p>{r.description}</p>}
      <h4>Trust policy (who may assume the role)</h4>
      <PolicyField
        key={`trust-${name}`}
        label={`Trust policy of role ${r.name}`}
        value={r.trustPolicy}
        kind="trust"
        readOnly={!own}
        mattered={ctx.mattered.get(locationKey({ kind: 'trust', account, role: name }))}
        onCommit={(text) => ctx.apply(setTrustPolicy(ctx.org, account, name, text))}
      />
      {own ? (
        <>
          <ManagedPolicies ctx={ctx} owner={owner} attached={own.managedPolicies} />
          <InlinePolicies ctx={ctx} owner={owner} policies={own.inlinePolicies} />
          <BoundaryPicker
            ctx={ctx}
            account={account}
            value={own.boundary}
            onChange={(b) => edit((x) => void (x.boundary = b))}
          />
          <label className="sub-section">
            <span>Maximum session duration</span>{' '}
            <select
              value={own.maxSessionDuration}
              onChange={(e) => edit((x) => void (x.maxSessionDuration = Number(e.target.value)))}
            >
              {hours.map((h) => (
                <option key={h} value={h * 3600}>
                  {h} hour{h > 1 ? 's' : ''}
                </option>
              ))}
            </select>
          </label>
          <TagsEditor
            label={`role ${r.name}`}
            tags={own.tags}
            onChange={(tags) => edit((x) => void (x.tags = tags))}
          />
        </>
      ) : (
        <p className="hint">
          Permissions: {r.managedPolicies.join(', ') || 'no managed policies'}
          {r.inlinePolicies.length ? ', plus the permission set’s inline policy' : ''}. Session
          duration: {r.maxSessionDuration / 3600} h.
        </p>
      )}
    </section>
  );
}
