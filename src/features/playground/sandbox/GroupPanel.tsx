import { groupArn } from '../../../lib/sandbox/arns';
import type { EditContext } from './editing';
import { InlinePolicies } from './InlinePolicies';
import { ManagedPolicies } from './ManagedPolicies';

/** An IAM group: its members, managed and inline policies. */
export function GroupPanel({
  ctx,
  account,
  name,
}: {
  ctx: EditContext;
  account: string;
  name: string;
}) {
  const a = ctx.org.accounts.find((x) => x.id === account);
  const g = a?.groups.find((x) => x.name === name);
  if (!a || !g) return <p>This group no longer exists.</p>;
  const members = a.users.filter((u) => u.groups.includes(name)).map((u) => u.name);
  const owner = { account, type: 'group' as const, name };
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">Group {g.name}</h3>
      <p className="hint">
        <code>{groupArn(account, g.name)}</code> · members:{' '}
        {members.length ? members.join(', ') : 'none'} (add users to groups from the user). A group
        is not a principal: it cannot be named in a Principal element.
      </p>
      <ManagedPolicies ctx={ctx} owner={owner} attached={g.managedPolicies} />
      <InlinePolicies ctx={ctx} owner={owner} policies={g.inlinePolicies} />
    </section>
  );
}
