import { memo, type ReactNode } from 'react';
import { ssoRoles } from '../../../lib/sandbox/identityCenter';
import type { Organization } from '../../../lib/sandbox/schema';
import type { Selection } from './editing';

const same = (a: Selection, b: Selection) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The organization as a navigable outline: accounts under OUs, and what each holds. Memoised:
 * a new answer re-renders the workspace and leaves the outline as it is.
 */
export const StructureTree = memo(function StructureTree({
  org,
  selection,
  onSelect,
}: {
  org: Organization;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
  const item = (s: Selection, label: string, extra?: string) => (
    <button
      type="button"
      className="tree-item"
      aria-current={same(s, selection) ? 'true' : undefined}
      onClick={() => onSelect(s)}
    >
      {label}
      {extra && <span className="hint"> {extra}</span>}
    </button>
  );
  const accountsIn = (parent: string) => org.accounts.filter((a) => a.parentId === parent);
  const ousIn = (parent: string) => org.ous.filter((o) => o.parentId === parent);
  const renderContainer = (parent: string, depth: number): ReactNode => (
    <ul>
      {ousIn(parent).map((ou) => (
        <li key={ou.id}>
          <span className="tree-ou">OU {ou.name}</span>
          {depth < 6 && renderContainer(ou.id, depth + 1)}
        </li>
      ))}
      {accountsIn(parent).map((a) => (
        <li key={a.id}>
          {item(
            { kind: 'account', account: a.id },
            `Account ${a.name}`,
            a.id === org.managementAccountId ? '(management)' : a.id,
          )}
          <ul>
            {a.users.map((u) => (
              <li key={`u${u.name}`}>
                {item({ kind: 'user', account: a.id, name: u.name }, `User ${u.name}`)}
              </li>
            ))}
            {a.groups.map((g) => (
              <li key={`g${g.name}`}>
                {item({ kind: 'group', account: a.id, name: g.name }, `Group ${g.name}`)}
              </li>
            ))}
            {a.roles.map((r) => (
              <li key={`r${r.name}`}>
                {item({ kind: 'role', account: a.id, name: r.name }, `Role ${r.name}`)}
              </li>
            ))}
            {ssoRoles(org, a.id).map((r) => (
              <li key={`s${r.name}`}>
                {item(
                  { kind: 'role', account: a.id, name: r.name },
                  `Role ${r.name}`,
                  '(Identity Center)',
                )}
              </li>
            ))}
            {a.policies.map((p) => (
              <li key={`p${p.name}`}>
                {item({ kind: 'policy', account: a.id, name: p.name }, `Policy ${p.name}`)}
              </li>
            ))}
            {a.resources.map((r) => (
              <li key={`x${r.type}${r.name}`}>
                {item(
                  { kind: 'resource', account: a.id, name: r.name },
                  `${r.type.toUpperCase()} ${r.name}`,
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
  return (
    <nav className="structure" aria-label="Sandbox structure">
      <h2>Structure</h2>
      <ul>
        <li>
          {item({ kind: 'org' }, `Organization ${org.name}`)}
          <ul>
            {org.orgPolicies.map((p) => (
              <li key={p.id}>
                {item({ kind: 'orgPolicy', id: p.id }, `${p.kind.toUpperCase()} ${p.name}`)}
              </li>
            ))}
          </ul>
          {renderContainer(org.rootId, 0)}
        </li>
        <li>{item({ kind: 'identityCenter' }, 'IAM Identity Center')}</li>
      </ul>
    </nav>
  );
});
