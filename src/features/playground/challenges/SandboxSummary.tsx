import { resourceArn } from '../../../lib/sandbox/arns';
import { ssoRoles } from '../../../lib/sandbox/identityCenter';
import type { Organization } from '../../../lib/sandbox/schema';

/** What the challenge's starting sandbox holds, in a few lines. */
export function SandboxSummary({ org }: { org: Organization }) {
  return (
    <details className="panel sandbox-summary">
      <summary>What is in the sandbox</summary>
      <ul>
        {org.orgPolicies.length > 0 && (
          <li>
            Organization policies:{' '}
            {org.orgPolicies
              .map((p) => `${p.kind.toUpperCase()} ${p.name} (on ${p.targets.length} targets)`)
              .join(', ')}
          </li>
        )}
        {org.accounts.map((a) => (
          <li key={a.id}>
            Account <strong>{a.name}</strong> <code>{a.id}</code>
            {a.id === org.managementAccountId ? ' (management)' : ''}
            <ul>
              {a.users.map((u) => (
                <li key={u.name}>
                  User {u.name}
                  {u.groups.length ? ` in ${u.groups.join(', ')}` : ''}
                  {u.managedPolicies.length
                    ? `; managed: ${u.managedPolicies.map((m) => m.replace('arn:aws:iam::aws:policy/', '')).join(', ')}`
                    : ''}
                  {u.inlinePolicies.length
                    ? `; inline: ${u.inlinePolicies.map((p) => p.name).join(', ')}`
                    : ''}
                  {u.boundary ? `; boundary ${u.boundary}` : ''}
                  {u.tags.length
                    ? `; tags ${u.tags.map((t) => `${t.key}=${t.value}`).join(', ')}`
                    : ''}
                </li>
              ))}
              {[...a.roles, ...ssoRoles(org, a.id)].map((r) => (
                <li key={r.name}>
                  Role {r.name}
                  {r.managedPolicies.length
                    ? `; managed: ${r.managedPolicies.map((m) => m.replace('arn:aws:iam::aws:policy/', '')).join(', ')}`
                    : ''}
                </li>
              ))}
              {a.resources.map((r) => (
                <li key={`${r.type}${r.name}`}>
                  <code>{resourceArn(a.id, r)}</code>
                  {r.tags.length
                    ? ` (tags ${r.tags.map((t) => `${t.key}=${t.value}`).join(', ')})`
                    : ''}
                  {r.policy ? ' with a resource policy' : ''}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
