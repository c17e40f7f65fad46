import { useState } from 'react';
import { nameTaken } from '../../../lib/sandbox/ops';
import { resourceTypes, type ResourceType } from '../../../lib/sandbox/schema';
import { resourceTypeLabels } from '../../../lib/sandbox/locations';
import { blankPolicy, type EditContext } from './editing';
import { SelectField, type SelectOption } from './SelectField';

type Kind = 'user' | 'group' | 'role' | 'policy' | 'resource';

const kinds: SelectOption<Kind>[] = [
  { value: 'user', label: 'IAM user' },
  { value: 'group', label: 'Group' },
  { value: 'role', label: 'Role' },
  { value: 'policy', label: 'Customer managed policy' },
  { value: 'resource', label: 'Resource' },
];
const nameRule = /^[\w+=,.@-]{1,64}$/;

/** An account: its place in the organization, and forms to add users, groups, roles, policies, resources. */
export function AccountPanel({ ctx, account }: { ctx: EditContext; account: string }) {
  const [kind, setKind] = useState<Kind>('user');
  const [name, setName] = useState('');
  const [type, setType] = useState<ResourceType>('s3');
  const [region, setRegion] = useState('eu-west-1');
  const [error, setError] = useState<string | null>(null);
  const a = ctx.org.accounts.find((x) => x.id === account);
  if (!a) return <p>This account no longer exists.</p>;
  const isManagement = a.id === ctx.org.managementAccountId;
  const add = () => {
    const n = name.trim();
    if (!nameRule.test(n))
      return setError('Names are 1–64 letters, digits and +=,.@_- (no spaces).');
    const taken =
      kind === 'user' || kind === 'group' || kind === 'role'
        ? nameTaken(ctx.org, account, kind, n)
        : kind === 'policy'
          ? a.policies.some((p) => p.name.toLowerCase() === n.toLowerCase()) &&
            `EntityAlreadyExists: A policy called ${n} already exists.`
          : a.resources.some((r) => r.type === type && r.name === n) &&
            `A ${resourceTypeLabels[type]} called ${n} already exists.`;
    if (taken) return setError(taken);
    setError(null);
    ctx.update((d) => {
      const x = d.accounts.find((y) => y.id === account);
      if (!x) return;
      if (kind === 'user')
        x.users.push({
          name: n,
          path: '/',
          groups: [],
          managedPolicies: [],
          inlinePolicies: [],
          boundary: null,
          tags: [],
          accessKeys: [],
        });
      if (kind === 'group') x.groups.push({ name: n, managedPolicies: [], inlinePolicies: [] });
      if (kind === 'role')
        x.roles.push({
          name: n,
          path: '/',
          description: '',
          trustPolicy: blankPolicy('trust'),
          managedPolicies: [],
          inlinePolicies: [],
          boundary: null,
          maxSessionDuration: 3600,
          tags: [],
          serviceLinked: false,
        });
      if (kind === 'policy')
        x.policies.push({
          name: n,
          description: '',
          versions: [{ id: 'v1', document: blankPolicy('identity') }],
          defaultVersion: 'v1',
        });
      if (kind === 'resource')
        x.resources.push({
          type,
          name: n,
          region: /^[a-z]{2}(-[a-z]+)+-\d$/.test(region) ? region : 'us-east-1',
          policy: null,
          tags: [],
        });
    });
    ctx.select({ kind, account, name: n });
    setName('');
  };
  const remove = (what: Kind, n: string) =>
    ctx.update((d) => {
      const x = d.accounts.find((y) => y.id === account);
      if (!x) return;
      if (what === 'user') x.users = x.users.filter((u) => u.name !== n);
      if (what === 'group') {
        x.groups = x.groups.filter((g) => g.name !== n);
        for (const u of x.users) u.groups = u.groups.filter((g) => g !== n);
      }
      if (what === 'role') x.roles = x.roles.filter((r) => r.name !== n);
      if (what === 'policy') x.policies = x.policies.filter((p) => p.name !== n);
      if (what === 'resource') x.resources = x.resources.filter((r) => r.name !== n);
    });
  const containers = [
    { id: ctx.org.rootId, name: 'Root' },
    ...ctx.org.ous.map((o) => ({ id: o.id, name: `OU ${o.name}` })),
  ];
  const lists: [Kind, string[]][] = [
    ['user', a.users.map((u) => u.name)],
    ['group', a.groups.map((g) => g.name)],
    ['role', a.roles.map((r) => r.name)],
    ['policy', a.policies.map((p) => p.name)],
    ['resource', a.resources.map((r) => r.name)],
  ];
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">
        Account {a.name}{' '}
        <span className="hint">
          {a.id}
          {isManagement ? ' · management account' : ''}
        </span>
      </h3>
      <div className="inline-form">
        <label>
          <span>Name</span>{' '}
          <input
            type="text"
            value={a.name}
            maxLength={128}
            onChange={(e) =>
              ctx.update((d) => {
                const x = d.accounts.find((y) => y.id === account);
                if (x) x.name = e.target.value || a.id;
              })
            }
          />
        </label>
        <SelectField
          label="Placed in"
          value={a.parentId}
          options={containers.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v) =>
            ctx.update((d) => {
              const x = d.accounts.find((y) => y.id === account);
              if (x) x.parentId = v;
            })
          }
        />
      </div>
      {isManagement && <p className="hint">SCPs and RCPs never restrict the management account.</p>}
      {!isManagement && (
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            ctx.update((d) => {
              d.accounts = d.accounts.filter((x) => x.id !== account);
              for (const p of d.orgPolicies) p.targets = p.targets.filter((t) => t !== account);
              d.identityCenter.assignments = d.identityCenter.assignments.filter(
                (x) => x.accountId !== account,
              );
            });
            ctx.select({ kind: 'org' });
          }}
        >
          Close (delete) this account
        </button>
      )}
      {lists.map(([k, names]) => (
        <div key={k} className="sub-section">
          <h4>
            {k === 'policy' ? 'Customer managed policies' : `${k[0]?.toUpperCase()}${k.slice(1)}s`}{' '}
            ({names.length})
          </h4>
          <ul className="chip-list">
            {names.map((n) => (
              <li key={n}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => ctx.select({ kind: k, account, name: n })}
                >
                  {n}
                </button>{' '}
                <button type="button" className="secondary small" onClick={() => remove(k, n)}>
                  Delete{' '}
                  <span className="visually-hidden">
                    {k} {n}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <fieldset className="request-form">
        <legend>Add to this account</legend>
        <div className="inline-form">
          <SelectField
            label="What"
            value={kind}
            options={kinds}
            onChange={(v) => v && setKind(v)}
          />
          {kind === 'resource' && (
            <>
              <SelectField
                label="Type"
                value={type}
                options={resourceTypes.map((t) => ({ value: t, label: resourceTypeLabels[t] }))}
                onChange={(v) => v && setType(v)}
              />
              <label>
                <span>Region</span>{' '}
                <input
                  type="text"
                  value={region}
                  size={12}
                  onChange={(e) => setRegion(e.target.value)}
                />
              </label>
            </>
          )}
          <label>
            <span>Name</span>{' '}
            <input
              type="text"
              value={name}
              maxLength={64}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="button" onClick={add} disabled={!name.trim()}>
            Add
          </button>
        </div>
        {error && (
          <p className="notice notice-warn" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </section>
  );
}
