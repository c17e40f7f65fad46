/**
 * Reading a sandbox from untrusted input (an imported file, a share link, a saved record):
 * size-limited, schema-validated, and checked for dangling references. Nothing is executed
 * and nothing is rendered as HTML.
 */
import { organizationSchema, type Organization } from './schema.ts';

/** Largest sandbox accepted as JSON text (characters). */
export const maxSandboxChars = 1_000_000;

export type ParseOrgResult = { ok: true; org: Organization } | { ok: false; problems: string[] };

const where = (path: PropertyKey[]) => path.map(String).join('.') || '(root)';

/** Validates a value as a sandbox organization. */
export function parseOrganization(input: unknown): ParseOrgResult {
  const parsed = organizationSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 8).map((i) => `${where(i.path)}: ${i.message}`),
    };
  const problems = integrityProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, org: parsed.data };
}

/** Parses JSON text (at most maxSandboxChars) as a sandbox organization. */
export function parseOrganizationText(text: string): ParseOrgResult {
  if (text.length > maxSandboxChars)
    return {
      ok: false,
      problems: [
        `it is ${text.length.toLocaleString('en')} characters; a sandbox is at most ${maxSandboxChars.toLocaleString('en')}`,
      ],
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  return parseOrganization(value);
}

/** References that must resolve: parents, the management account, unique ids and names. */
export function integrityProblems(org: Organization): string[] {
  const problems: string[] = [];
  const containers = new Set([org.rootId, ...org.ous.map((o) => o.id)]);
  const dup = (values: string[], what: string) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v.toLowerCase())) problems.push(`${what} '${v}' appears twice`);
      seen.add(v.toLowerCase());
    }
  };
  dup(
    org.accounts.map((a) => a.id),
    'account id',
  );
  dup(
    org.ous.map((o) => o.id),
    'OU id',
  );
  dup(
    org.orgPolicies.map((p) => p.id),
    'organization policy id',
  );
  dup(
    org.identityCenter.permissionSets.map((p) => p.name),
    'permission set',
  );
  dup(
    org.identityCenter.users.map((u) => u.userName),
    'Identity Center user',
  );
  if (!org.accounts.some((a) => a.id === org.managementAccountId))
    problems.push(`the management account ${org.managementAccountId} is not one of the accounts`);
  for (const ou of org.ous) {
    if (!containers.has(ou.parentId))
      problems.push(`OU ${ou.name}: parent ${ou.parentId} does not exist`);
    // an OU may not be its own ancestor
    let at = ou.parentId;
    for (let i = 0; i <= org.ous.length && at !== org.rootId; i += 1) {
      if (at === ou.id) {
        problems.push(`OU ${ou.name} is inside itself`);
        break;
      }
      at = org.ous.find((o) => o.id === at)?.parentId ?? org.rootId;
    }
  }
  const targets = new Set([...containers, ...org.accounts.map((a) => a.id)]);
  for (const a of org.accounts) {
    if (!containers.has(a.parentId))
      problems.push(`account ${a.name}: parent ${a.parentId} does not exist`);
    dup(
      a.users.map((u) => u.name),
      `user in ${a.name}:`,
    );
    dup(
      a.groups.map((g) => g.name),
      `group in ${a.name}:`,
    );
    dup(
      a.roles.map((r) => r.name),
      `role in ${a.name}:`,
    );
    dup(
      a.policies.map((p) => p.name),
      `policy in ${a.name}:`,
    );
    dup(
      a.resources.map((r) => `${r.type}:${r.name}`),
      `resource in ${a.name}:`,
    );
    for (const p of a.policies)
      if (!p.versions.some((v) => v.id === p.defaultVersion))
        problems.push(
          `policy ${p.name} in ${a.name}: default version ${p.defaultVersion} does not exist`,
        );
  }
  for (const p of org.orgPolicies)
    for (const t of p.targets)
      if (!targets.has(t)) problems.push(`${p.name} is attached to ${t}, which does not exist`);
  return problems;
}
