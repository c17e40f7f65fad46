import { AccountPanel } from './AccountPanel';
import type { EditContext, Selection } from './editing';
import { GroupPanel } from './GroupPanel';
import { IdentityCenterPanel } from './IdentityCenterPanel';
import { OrgPanel } from './OrgPanel';
import { OrgPolicyPanel } from './OrgPolicyPanel';
import { PolicyPanel } from './PolicyPanel';
import { ResourcePanel } from './ResourcePanel';
import { RolePanel } from './RolePanel';
import { UserPanel } from './UserPanel';

/** The form for whatever is selected in the structure. */
export function DetailPanel({ ctx, selection: s }: { ctx: EditContext; selection: Selection }) {
  const key = JSON.stringify(s);
  return (
    <div className="detail-panel panel">
      {s.kind === 'org' && <OrgPanel ctx={ctx} />}
      {s.kind === 'orgPolicy' && <OrgPolicyPanel key={key} ctx={ctx} id={s.id} />}
      {s.kind === 'account' && <AccountPanel key={key} ctx={ctx} account={s.account} />}
      {s.kind === 'user' && <UserPanel key={key} ctx={ctx} account={s.account} name={s.name} />}
      {s.kind === 'group' && <GroupPanel key={key} ctx={ctx} account={s.account} name={s.name} />}
      {s.kind === 'role' && <RolePanel key={key} ctx={ctx} account={s.account} name={s.name} />}
      {s.kind === 'policy' && <PolicyPanel key={key} ctx={ctx} account={s.account} name={s.name} />}
      {s.kind === 'resource' && (
        <ResourcePanel key={key} ctx={ctx} account={s.account} name={s.name} />
      )}
      {s.kind === 'identityCenter' && <IdentityCenterPanel ctx={ctx} />}
    </div>
  );
}
