import { useState } from 'react';
import { awsManagedPolicies } from '../../../lib/sandbox/awsManaged';
import { ssoRoleName } from '../../../lib/sandbox/identityCenter';
import { blankPolicy, locationKey, type EditContext } from './editing';
import { PolicyField } from './PolicyField';
import { SelectField } from './SelectField';

/** IAM Identity Center: users, groups, permission sets, and assignments to accounts. */
export function IdentityCenterPanel({ ctx }: { ctx: EditContext }) {
  const ic = ctx.org.identityCenter;
  const [userName, setUserName] = useState('');
  const [groupName, setGroupName] = useState('');
  const [setName, setSetName] = useState('');
  const [assign, setAssign] = useState({ set: '', who: '', account: '' });
  const nameOk = (n: string) => /^[\w+=,.@-]{1,32}$/.test(n);
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">IAM Identity Center</h3>
      <p className="hint">
        A permission set assigned to a user or group for an account becomes a role in that account
        named <code>AWSReservedSSO_&lt;set&gt;_&lt;suffix&gt;</code>; the user signs in and works as
        a session of it.
      </p>
      <div className="sub-section">
        <h4>Users and groups</h4>
        <ul className="chip-list">
          {ic.users.map((u) => (
            <li key={u.userName}>
              {u.userName}{' '}
              {ic.groups.map((g) => (
                <label key={g.name} className="hint">
                  <input
                    type="checkbox"
                    checked={u.groups.includes(g.name)}
                    onChange={(e) =>
                      ctx.update((d) => {
                        const x = d.identityCenter.users.find((y) => y.userName === u.userName);
                        if (x)
                          x.groups = e.target.checked
                            ? [...x.groups, g.name]
                            : x.groups.filter((n) => n !== g.name);
                      })
                    }
                  />{' '}
                  in {g.name}{' '}
                </label>
              ))}
            </li>
          ))}
        </ul>
        <div className="inline-form">
          <label>
            <span>New user</span>{' '}
            <input type="text" value={userName} onChange={(e) => setUserName(e.target.value)} />
          </label>
          <button
            type="button"
            className="secondary small"
            disabled={!nameOk(userName) || ic.users.some((u) => u.userName === userName)}
            onClick={() => {
              ctx.update((d) => void d.identityCenter.users.push({ userName, groups: [] }));
              setUserName('');
            }}
          >
            Add user
          </button>
          <label>
            <span>New group</span>{' '}
            <input type="text" value={groupName} onChange={(e) => setGroupName(e.target.value)} />
          </label>
          <button
            type="button"
            className="secondary small"
            disabled={!nameOk(groupName) || ic.groups.some((g) => g.name === groupName)}
            onClick={() => {
              ctx.update((d) => void d.identityCenter.groups.push({ name: groupName }));
              setGroupName('');
            }}
          >
            Add group
          </button>
        </div>
      </div>
      <div className="sub-section">
        <h4>Permission sets</h4>
        {ic.permissionSets.map((p) => (
          <div key={p.name} className="policy-card">
            <div className="policy-card-head">
              <strong>{p.name}</strong>
              <SelectField
                label="AWS managed policy"
                value={p.managedPolicies[0] ?? ''}
                empty="None"
                options={awsManagedPolicies.map((m) => ({ value: m.arn, label: m.name }))}
                onChange={(v) =>
                  ctx.update((d) => {
                    const x = d.identityCenter.permissionSets.find((y) => y.name === p.name);
                    if (x) x.managedPolicies = v ? [v] : [];
                  })
                }
              />
            </div>
            {p.inlinePolicy === null ? (
              <button
                type="button"
                className="secondary small"
                onClick={() =>
                  ctx.update((d) => {
                    const x = d.identityCenter.permissionSets.find((y) => y.name === p.name);
                    if (x) x.inlinePolicy = blankPolicy('identity');
                  })
                }
              >
                Add an inline policy
              </button>
            ) : (
              <PolicyField
                key={p.name}
                label={`Inline policy of permission set ${p.name}`}
                value={p.inlinePolicy}
                kind="identity"
                mattered={ctx.mattered.get(locationKey({ kind: 'permissionSet', name: p.name }))}
                onCommit={(text) => {
                  ctx.update((d) => {
                    const x = d.identityCenter.permissionSets.find((y) => y.name === p.name);
                    if (x) x.inlinePolicy = text;
                  });
                  return null;
                }}
              />
            )}
          </div>
        ))}
        <div className="inline-form">
          <label>
            <span>New permission set</span>{' '}
            <input type="text" value={setName} onChange={(e) => setSetName(e.target.value)} />
          </label>
          <button
            type="button"
            className="secondary small"
            disabled={!nameOk(setName) || ic.permissionSets.some((p) => p.name === setName)}
            onClick={() => {
              ctx.update(
                (d) =>
                  void d.identityCenter.permissionSets.push({
                    name: setName,
                    description: '',
                    managedPolicies: [],
                    inlinePolicy: null,
                    sessionDuration: 3600,
                  }),
              );
              setSetName('');
            }}
          >
            Add permission set
          </button>
        </div>
      </div>
      <div className="sub-section">
        <h4>Assignments ({ic.assignments.length})</h4>
        <ul className="chip-list">
          {ic.assignments.map((a, i) => (
            <li key={`${a.permissionSet}${a.principalName}${a.accountId}`}>
              {a.permissionSet} → {a.principalType} {a.principalName} in{' '}
              {ctx.org.accounts.find((x) => x.id === a.accountId)?.name ?? a.accountId}{' '}
              <span className="hint">(role {ssoRoleName(a.permissionSet, a.accountId)})</span>{' '}
              <button
                type="button"
                className="secondary small"
                onClick={() => ctx.update((d) => void d.identityCenter.assignments.splice(i, 1))}
              >
                Remove <span className="visually-hidden">assignment {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="inline-form">
          <SelectField
            label="Permission set"
            value={assign.set}
            empty="Choose…"
            options={ic.permissionSets.map((p) => ({ value: p.name, label: p.name }))}
            onChange={(set) => setAssign({ ...assign, set })}
          />
          <SelectField
            label="to"
            value={assign.who}
            empty="Choose…"
            options={[
              ...ic.users.map((u) => ({
                value: `user:${u.userName}`,
                label: `user ${u.userName}`,
              })),
              ...ic.groups.map((g) => ({ value: `group:${g.name}`, label: `group ${g.name}` })),
            ]}
            onChange={(who) => setAssign({ ...assign, who })}
          />
          <SelectField
            label="for account"
            value={assign.account}
            empty="Choose…"
            options={ctx.org.accounts.map((a) => ({ value: a.id, label: a.name }))}
            onChange={(account) => setAssign({ ...assign, account })}
          />
          <button
            type="button"
            className="secondary small"
            disabled={!assign.set || !assign.who || !assign.account}
            onClick={() => {
              const [type, name] = assign.who.split(':') as ['user' | 'group', string];
              ctx.update(
                (d) =>
                  void d.identityCenter.assignments.push({
                    permissionSet: assign.set,
                    principalType: type,
                    principalName: name,
                    accountId: assign.account,
                  }),
              );
            }}
          >
            Assign
          </button>
        </div>
      </div>
    </section>
  );
}
