import { useState } from 'react';
import { fullAwsAccessDocument } from '../../../lib/sandbox/awsManaged';
import { blankPolicy, type EditContext } from './editing';
import { SelectField } from './SelectField';

/** The organization: OUs, accounts, and its SCPs and RCPs. */
export function OrgPanel({ ctx }: { ctx: EditContext }) {
  const org = ctx.org;
  const [ouName, setOuName] = useState('');
  const [ouParent, setOuParent] = useState(org.rootId);
  const [accountName, setAccountName] = useState('');
  const [policyName, setPolicyName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const containers = [
    { id: org.rootId, name: 'Root' },
    ...org.ous.map((o) => ({ id: o.id, name: `OU ${o.name}` })),
  ];
  const slug = (n: string) =>
    n
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'ou';
  const addOu = () => {
    const id = `ou-a1b2-${slug(ouName)}`;
    if (org.ous.some((o) => o.id === id))
      return setError(
        `DuplicateOrganizationalUnitException: an OU named ${ouName} already exists.`,
      );
    setError(null);
    ctx.update((d) => void d.ous.push({ id, name: ouName.trim(), parentId: ouParent }));
    setOuName('');
  };
  const addAccount = () => {
    if (org.accounts.length >= 20) return setError('The sandbox holds at most 20 accounts.');
    let n = 100000000000 + org.accounts.length * 111111111;
    while (org.accounts.some((a) => a.id === String(n))) n += 1;
    const id = String(n);
    setError(null);
    ctx.update((d) => {
      d.accounts.push({
        id,
        name: accountName.trim(),
        parentId: d.rootId,
        users: [],
        groups: [],
        roles: [],
        policies: [],
        resources: [],
      });
      // a new account gets FullAWSAccess attached, as Organizations does
      const full = d.orgPolicies.find((p) => p.awsManaged && p.kind === 'scp');
      if (full) full.targets.push(id);
    });
    setAccountName('');
  };
  const addPolicy = (kind: 'scp' | 'rcp') => {
    const id = `p-${slug(policyName)}`;
    if (org.orgPolicies.some((p) => p.id === id))
      return setError(`DuplicatePolicyException: a policy named ${policyName} already exists.`);
    setError(null);
    ctx.update((d) => {
      if (kind === 'scp' && !d.orgPolicies.some((p) => p.kind === 'scp'))
        // enabling SCPs attaches FullAWSAccess everywhere, so nothing changes until a policy denies
        d.orgPolicies.push({
          id: 'p-FullAWSAccess',
          kind: 'scp',
          name: 'FullAWSAccess',
          description: 'AWS managed: allows every action',
          awsManaged: true,
          document: fullAwsAccessDocument,
          targets: [d.rootId, ...d.ous.map((o) => o.id), ...d.accounts.map((a) => a.id)],
        });
      d.orgPolicies.push({
        id,
        kind,
        name: policyName.trim(),
        description: '',
        awsManaged: false,
        document: blankPolicy(kind),
        targets: [],
      });
    });
    ctx.select({ kind: 'orgPolicy', id });
    setPolicyName('');
  };
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">Organization {org.name}</h3>
      <p className="hint">
        {org.orgId} · root {org.rootId} · management account {org.managementAccountId}. SCPs cap
        what principals of member accounts may do; RCPs cap what may be done to their resources.
        Neither grants anything.
      </p>
      <div className="sub-section">
        <h4>Organizational units ({org.ous.length})</h4>
        <ul className="chip-list">
          {org.ous.map((o) => (
            <li key={o.id}>
              OU {o.name}{' '}
              <span className="hint">in {containers.find((c) => c.id === o.parentId)?.name}</span>{' '}
              <button
                type="button"
                className="secondary small"
                disabled={
                  org.accounts.some((a) => a.parentId === o.id) ||
                  org.ous.some((x) => x.parentId === o.id)
                }
                onClick={() =>
                  ctx.update((d) => {
                    d.ous = d.ous.filter((x) => x.id !== o.id);
                    for (const p of d.orgPolicies) p.targets = p.targets.filter((t) => t !== o.id);
                  })
                }
              >
                Delete <span className="visually-hidden">OU {o.name}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="inline-form">
          <label>
            <span>New OU</span>{' '}
            <input
              type="text"
              value={ouName}
              maxLength={64}
              onChange={(e) => setOuName(e.target.value)}
            />
          </label>
          <SelectField
            label="inside"
            value={ouParent}
            options={containers.map((c) => ({ value: c.id, label: c.name }))}
            onChange={setOuParent}
          />
          <button
            type="button"
            className="secondary small"
            disabled={!ouName.trim()}
            onClick={addOu}
          >
            Add OU
          </button>
        </div>
      </div>
      <div className="sub-section">
        <h4>Accounts ({org.accounts.length})</h4>
        <div className="inline-form">
          <label>
            <span>New member account</span>{' '}
            <input
              type="text"
              value={accountName}
              maxLength={64}
              onChange={(e) => setAccountName(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="secondary small"
            disabled={!accountName.trim()}
            onClick={addAccount}
          >
            Add account
          </button>
        </div>
      </div>
      <div className="sub-section">
        <h4>SCPs and RCPs ({org.orgPolicies.length})</h4>
        <div className="inline-form">
          <label>
            <span>New policy name</span>{' '}
            <input
              type="text"
              value={policyName}
              maxLength={64}
              onChange={(e) => setPolicyName(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="secondary small"
            disabled={!policyName.trim()}
            onClick={() => addPolicy('scp')}
          >
            Add SCP
          </button>
          <button
            type="button"
            className="secondary small"
            disabled={!policyName.trim()}
            onClick={() => addPolicy('rcp')}
          >
            Add RCP
          </button>
        </div>
      </div>
      {error && (
        <p className="notice notice-warn" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
