import { useState } from 'react';
import { policyArn } from '../../../lib/sandbox/arns';
import {
  createPolicyVersion,
  deletePolicyVersion,
  updatePolicyVersion,
} from '../../../lib/sandbox/ops';
import { quotas } from '../../../lib/sandbox/quotas';
import { locationKey, type EditContext } from './editing';
import { PolicyField } from './PolicyField';
import { SelectField } from './SelectField';

/** A customer managed policy: its versions (at most five), the default one, and where it is attached. */
export function PolicyPanel({
  ctx,
  account,
  name,
}: {
  ctx: EditContext;
  account: string;
  name: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const a = ctx.org.accounts.find((x) => x.id === account);
  const p = a?.policies.find((x) => x.name === name);
  const [shown, setShown] = useState<string | null>(null);
  if (!a || !p) return <p>This policy no longer exists.</p>;
  const version = p.versions.find((v) => v.id === (shown ?? p.defaultVersion)) ?? p.versions[0];
  if (!version) return null;
  const users = a.users
    .filter((u) => u.managedPolicies.includes(name) || u.boundary === name)
    .map((u) => `user ${u.name}`);
  const groups = a.groups
    .filter((g) => g.managedPolicies.includes(name))
    .map((g) => `group ${g.name}`);
  const roles = a.roles
    .filter((r) => r.managedPolicies.includes(name) || r.boundary === name)
    .map((r) => `role ${r.name}`);
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">Customer managed policy {p.name}</h3>
      <p className="hint">
        <code>{policyArn(account, p.name)}</code> · used by{' '}
        {[...users, ...groups, ...roles].join(', ') || 'nothing yet'}
      </p>
      <div className="inline-form" role="group" aria-label="Versions">
        <SelectField
          label="Version"
          value={version.id}
          options={p.versions.map((v) => ({
            value: v.id,
            label: v.id === p.defaultVersion ? `${v.id} (default)` : v.id,
          }))}
          onChange={setShown}
        />
        {version.id !== p.defaultVersion && (
          <>
            <button
              type="button"
              className="secondary small"
              onClick={() =>
                ctx.update((d) => {
                  const x = d.accounts
                    .find((y) => y.id === account)
                    ?.policies.find((y) => y.name === name);
                  if (x) x.defaultVersion = version.id;
                })
              }
            >
              Set as default
            </button>
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                const err = ctx.apply(deletePolicyVersion(ctx.org, account, name, version.id));
                setError(err);
                if (!err) setShown(null);
              }}
            >
              Delete {version.id}
            </button>
          </>
        )}
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            const err = ctx.apply(
              createPolicyVersion(ctx.org, account, name, version.document, false),
            );
            setError(err);
          }}
        >
          Save a copy as a new version ({p.versions.length} of {quotas.policyVersions})
        </button>
      </div>
      {error && (
        <p className="notice notice-warn" role="alert">
          {error}
        </p>
      )}
      <PolicyField
        key={`${name}-${version.id}`}
        label={`Policy ${p.name} version ${version.id}`}
        value={version.document}
        kind="identity"
        mattered={
          version.id === p.defaultVersion
            ? ctx.mattered.get(locationKey({ kind: 'managed', account, policy: name }))
            : undefined
        }
        onCommit={(text) =>
          ctx.apply(updatePolicyVersion(ctx.org, account, name, version.id, text))
        }
      />
      <p className="hint">
        Only the default version applies. Managed policies hold at most 6,144 characters (white
        space not counted).
      </p>
    </section>
  );
}
