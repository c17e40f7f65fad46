import { useState } from 'react';
import { userArn } from '../../../lib/sandbox/arns';
import { addUserToGroup, createAccessKey } from '../../../lib/sandbox/ops';
import { quotas } from '../../../lib/sandbox/quotas';
import type { User } from '../../../lib/sandbox/schema';
import { BoundaryPicker } from './BoundaryPicker';
import { editIdentity, type EditContext } from './editing';
import { InlinePolicies } from './InlinePolicies';
import { ManagedPolicies } from './ManagedPolicies';
import { TagsEditor } from './TagsEditor';

/** An IAM user: groups, managed and inline policies, boundary, tags and (fake) access keys. */
export function UserPanel({
  ctx,
  account,
  name,
}: {
  ctx: EditContext;
  account: string;
  name: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const a = ctx.org.accounts.find((x) => x.id === account);
  const u = a?.users.find((x) => x.name === name);
  if (!a || !u) return <p>This user no longer exists.</p>;
  const owner = { account, type: 'user' as const, name };
  const edit = (change: (user: User) => void) =>
    editIdentity(ctx, account, { type: 'user', name, change });
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">User {u.name}</h3>
      <p className="hint">
        <code>{userArn(account, u.name, u.path)}</code> · account {a.name}
      </p>
      <section className="sub-section" aria-label={`Groups of ${u.name}`}>
        <h4>
          Groups ({u.groups.length} of {quotas.groupsPerUser})
        </h4>
        {a.groups.length === 0 && <p className="hint">The account has no groups yet.</p>}
        <ul className="check-list">
          {a.groups.map((g) => (
            <li key={g.name}>
              <label>
                <input
                  type="checkbox"
                  checked={u.groups.includes(g.name)}
                  onChange={(e) => {
                    if (e.target.checked)
                      setError(ctx.apply(addUserToGroup(ctx.org, account, name, g.name)));
                    else {
                      setError(null);
                      edit((x) => void (x.groups = x.groups.filter((n) => n !== g.name)));
                    }
                  }}
                />{' '}
                {g.name}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <ManagedPolicies ctx={ctx} owner={owner} attached={u.managedPolicies} />
      <InlinePolicies ctx={ctx} owner={owner} policies={u.inlinePolicies} />
      <BoundaryPicker
        ctx={ctx}
        account={account}
        value={u.boundary}
        onChange={(b) => edit((x) => void (x.boundary = b))}
      />
      <TagsEditor
        label={`user ${u.name}`}
        tags={u.tags}
        onChange={(tags) => edit((x) => void (x.tags = tags))}
      />
      <section className="sub-section" aria-label={`Access keys of ${u.name}`}>
        <h4>
          Access keys ({u.accessKeys.length} of {quotas.accessKeysPerUser}) — fake values, for
          practice
        </h4>
        <ul className="chip-list">
          {u.accessKeys.map((k) => (
            <li key={k.id}>
              <code>{k.id}</code> {k.status}{' '}
              <button
                type="button"
                className="secondary small"
                onClick={() =>
                  edit(
                    (x) =>
                      void (x.accessKeys = x.accessKeys.map((y) =>
                        y.id === k.id
                          ? { ...y, status: y.status === 'Active' ? 'Inactive' : 'Active' }
                          : y,
                      )),
                  )
                }
              >
                Make {k.status === 'Active' ? 'inactive' : 'active'}
              </button>{' '}
              <button
                type="button"
                className="secondary small"
                onClick={() =>
                  edit((x) => void (x.accessKeys = x.accessKeys.filter((y) => y.id !== k.id)))
                }
              >
                Delete <span className="visually-hidden">key {k.id}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            const result = createAccessKey(
              ctx.org,
              account,
              name,
              `${u.accessKeys.map((k) => k.id).join()}:${performance.now()}`,
            );
            setError(ctx.apply(result));
            setSecret(result.ok && 'secret' in result ? (result.secret ?? null) : null);
          }}
        >
          Create access key
        </button>
        {secret && (
          <p className="hint">
            Secret access key (shown once, as AWS does; it is fake): <code>{secret}</code>
          </p>
        )}
      </section>
      {error && (
        <p className="notice notice-warn" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
