/**
 * The core of the sandbox: a principal and a request become the scenarios the engine
 * evaluates (shared/spec/scenario-format.md). It collects the principal's identity policies
 * (user + its groups, or the role behind a session, or the role a permission set became), the
 * boundary, the session policy, the resource's policy (a role's trust policy for
 * sts:AssumeRole), the SCPs on the path from the root to the principal's account and the RCPs
 * on the path to the resource's account, and the request context. A role session with a
 * caller adds the assume-role steps (trust policy, sts:AssumeRole, ExternalId, MFA, session
 * tags, chaining) in front of the request itself.
 */
import type { ContextValue, Scenario } from '../../engine/index';
import { findResource, policyArn } from './arns.ts';
import { awsManagedPolicy } from './awsManaged.ts';
import { defaultContext, principalContext, resourceContext, timeContext } from './context.ts';
import { assignedPermissionSets, ssoRoleName } from './identityCenter.ts';
import {
  describeLocation,
  findAccount,
  findRole,
  levelsOf,
  type PolicyLocation,
} from './locations.ts';
import {
  describePrincipal,
  principalArn,
  sessionIssuer,
  type PrincipalSpec,
} from './principals.ts';
import type { Group, InlinePolicy, Organization, Role, User } from './schema';

/** A request in the sandbox. Context values the learner set win; null removes a derived key. */
export interface SandboxRequest {
  principal: PrincipalSpec;
  action: string;
  resource: string;
  context?: Record<string, ContextValue | null>;
}

/** Where a scenario's policy came from: `path` is its JSON path in the scenario. */
export interface PolicySource {
  path: string;
  label: string;
  location: PolicyLocation;
}

/** One evaluation on the way to an answer: an assume-role step, or the request itself. */
export interface ResolvedStep {
  kind: 'assume' | 'tag-session' | 'sign-in' | 'request';
  title: string;
  /** Absent for steps decided before the engine (an Identity Center assignment). */
  scenario?: Scenario;
  sources: PolicySource[];
  /** Why the step fails before any policy is evaluated (quota, duration, assignment). */
  blocked?: string;
}

export interface Resolution {
  steps: ResolvedStep[];
  /** Things that make the answer unreliable (a missing user, a dangling policy reference). */
  problems: string[];
  /** Facts worth knowing (a chained session lasts at most one hour). */
  notes: string[];
}

/** A managed policy reference (an ARN, or a customer managed policy's name) to its place. */
export function managedLocation(
  org: Organization,
  account: string,
  ref: string,
): PolicyLocation | undefined {
  if (awsManagedPolicy(ref)) return { kind: 'awsManaged', arn: ref };
  const m = /^arn:aws:iam::(\d{12}):policy\/(?:.*\/)?([^/]+)$/.exec(ref);
  const acct = m?.[1] ?? account;
  const name = m?.[2] ?? ref;
  const p = findAccount(org, acct)?.policies.find((x) => x.name === name);
  return p
    ? { kind: 'managed', account: acct, policy: name, version: p.defaultVersion }
    : undefined;
}

/** The text of a managed policy's default version. */
export function managedDocument(org: Organization, loc: PolicyLocation): string | undefined {
  if (loc.kind === 'awsManaged') return awsManagedPolicy(loc.arn)?.document;
  if (loc.kind !== 'managed') return undefined;
  const p = findAccount(org, loc.account)?.policies.find((x) => x.name === loc.policy);
  return p?.versions.find((v) => v.id === p.defaultVersion)?.document;
}

class Builder {
  readonly sources: PolicySource[] = [];
  readonly identity: string[] = [];
  constructor(
    private readonly org: Organization,
    private readonly problems: string[],
  ) {}

  label(loc: PolicyLocation, via?: string): string {
    return describeLocation(this.org, loc) + (via ? `, via ${via}` : '');
  }

  managed(account: string, refs: string[], owner: string) {
    for (const ref of refs) {
      const loc = managedLocation(this.org, account, ref);
      const doc = loc && managedDocument(this.org, loc);
      if (!loc || doc === undefined) {
        this.problems.push(`${owner} has a managed policy attached that does not exist: ${ref}`);
        continue;
      }
      this.add(loc, doc, owner);
    }
  }

  inline(
    account: string,
    ownerType: 'user' | 'group' | 'role',
    owner: string,
    list: InlinePolicy[],
  ) {
    for (const p of list)
      this.add({ kind: 'inline', account, ownerType, owner, policy: p.name }, p.document);
  }

  private add(loc: PolicyLocation, doc: string, via?: string) {
    this.sources.push({
      path: `identityPolicies[${this.identity.length}]`,
      label: this.label(loc, loc.kind === 'inline' ? undefined : via),
      location: loc,
    });
    this.identity.push(doc);
  }

  user(account: string, u: User, groups: Group[]) {
    this.managed(account, u.managedPolicies, `user ${u.name}`);
    this.inline(account, 'user', u.name, u.inlinePolicies);
    for (const g of groups) {
      this.managed(account, g.managedPolicies, `group ${g.name}`);
      this.inline(account, 'group', g.name, g.inlinePolicies);
    }
  }

  role(account: string, r: Role, permissionSet?: string) {
    this.managed(account, r.managedPolicies, `role ${r.name}`);
    if (permissionSet && r.inlinePolicies.length > 0) {
      const loc: PolicyLocation = { kind: 'permissionSet', name: permissionSet };
      this.sources.push({
        path: `identityPolicies[${this.identity.length}]`,
        label: this.label(loc),
        location: loc,
      });
      this.identity.push(r.inlinePolicies[0]?.document ?? '');
    } else this.inline(account, 'role', r.name, r.inlinePolicies);
  }
}

function scpLevels(
  org: Organization,
  account: string,
  kind: 'scp' | 'rcp',
  field: 'scps' | 'rcps',
  sources: PolicySource[],
): string[][] {
  return levelsOf(org, account).map((level, i) =>
    org.orgPolicies
      .filter((p) => p.kind === kind && p.targets.includes(level.id))
      .map((p, j) => {
        sources.push({
          path: `${field}[${i}][${j}]`,
          label: `${kind.toUpperCase()} “${p.name}” attached to ${level.name}`,
          location: { kind: 'org', id: p.id },
        });
        return p.document;
      }),
  );
}

/**
 * True when a request for this action on a role is decided by the role's trust policy. Besides
 * request.action itself, it is the only way buildScenario's scenario depends on the action
 * (the access matrix relies on that to build one scenario per resource).
 */
export function readsTrustPolicy(action: string): boolean {
  const a = action.trim().toLowerCase();
  return a.startsWith('sts:assumerole') || a === 'sts:tagsession' || a === 'sts:setsourceidentity';
}

/** Builds the scenario for one request by one principal (no assume-role steps). */
export function buildScenario(
  org: Organization,
  req: SandboxRequest,
  problems: string[],
  now: number,
  extraContext: Record<string, ContextValue> = {},
): { scenario: Scenario; sources: PolicySource[] } {
  const p = req.principal;
  const b = new Builder(org, problems);
  let boundary: { loc: PolicyLocation; doc: string } | undefined;
  const setBoundary = (account: string, ref: string | null, owner: string) => {
    if (!ref) return;
    const loc = managedLocation(org, account, ref);
    const doc = loc && managedDocument(org, loc);
    if (loc && doc !== undefined) boundary = { loc, doc };
    else problems.push(`${owner}'s permissions boundary does not exist: ${ref}`);
  };
  const account = 'account' in p ? findAccount(org, p.account) : undefined;
  if ('account' in p && !account)
    problems.push(`There is no account ${p.account} in this sandbox.`);
  if (p.type === 'user' && account) {
    const u = account.users.find((x) => x.name === p.name);
    if (!u) problems.push(`There is no user ${p.name} in account ${account.name}.`);
    else {
      const groups = u.groups.map((g) => account.groups.find((x) => x.name === g));
      u.groups.forEach((g, i) => {
        if (!groups[i]) problems.push(`User ${u.name} is in a group that does not exist: ${g}`);
      });
      b.user(
        account.id,
        u,
        groups.filter((g): g is Group => g !== undefined),
      );
      setBoundary(account.id, u.boundary, `user ${u.name}`);
    }
  } else if ((p.type === 'session' || p.type === 'sso') && account) {
    const roleName = p.type === 'session' ? p.role : ssoRoleName(p.permissionSet, p.account);
    const r = findRole(org, account.id, roleName);
    if (!r)
      problems.push(
        p.type === 'session'
          ? `There is no role ${p.role} in account ${account.name}.`
          : `Permission set ${p.permissionSet} is not assigned in account ${account.name}, so it has no AWSReservedSSO role there.`,
      );
    else {
      b.role(account.id, r, p.type === 'sso' ? p.permissionSet : undefined);
      setBoundary(account.id, r.boundary, `role ${r.name}`);
    }
  }

  const request: Scenario['request'] = {
    principal: principalArn(org, p),
    action: req.action.trim(),
    resource: req.resource.trim() || '*',
  };
  const issuer = sessionIssuer(org, p);
  if (issuer) request.sessionIssuer = issuer;
  const scenario: Scenario = { request, identityPolicies: b.identity };
  const sources = b.sources;
  if (boundary) {
    scenario.permissionBoundary = boundary.doc;
    sources.push({
      path: 'permissionBoundary',
      label: `permissions boundary: ${describeLocation(org, boundary.loc)}`,
      location: boundary.loc,
    });
  }
  if (p.type === 'session' && p.sessionPolicy !== undefined) {
    scenario.sessionPolicy = p.sessionPolicy;
    sources.push({
      path: 'sessionPolicy',
      label: 'the session policy passed to AssumeRole',
      location: { kind: 'session' },
    });
  }

  // The resource: its owner and its resource-based policy (a role's trust policy for AssumeRole).
  const action = request.action.toLowerCase();
  const roleTarget = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(request.resource);
  const found = findResource(org, request.resource);
  if (found) {
    request.resourceAccount = found.account;
    // a key or secret named loosely (key/<name>, secret without its suffix) gets its real ARN
    if (found.resource.type !== 's3') request.resource = found.arn;
    if (found.resource.policy !== null) {
      scenario.resourcePolicy = found.resource.policy;
      sources.push({
        path: 'resourcePolicy',
        label: describeLocation(org, {
          kind: 'resource',
          account: found.account,
          resource: found.resource.name,
        }),
        location: { kind: 'resource', account: found.account, resource: found.resource.name },
      });
    }
  } else if (roleTarget?.[1] && roleTarget[2]) {
    request.resourceAccount = roleTarget[1];
    const role = findRole(org, roleTarget[1], roleTarget[2]);
    if (role && readsTrustPolicy(action)) {
      scenario.resourcePolicy = role.trustPolicy;
      sources.push({
        path: 'resourcePolicy',
        label: describeLocation(org, { kind: 'trust', account: roleTarget[1], role: role.name }),
        location: { kind: 'trust', account: roleTarget[1], role: role.name },
      });
    } else if (!role && findAccount(org, roleTarget[1]) && action.startsWith('sts:')) {
      problems.push(`There is no role ${roleTarget[2]} in account ${roleTarget[1]}.`);
    }
  } else {
    const acct = request.resource.split(':')[4] ?? '';
    if (/^\d{12}$/.test(acct)) request.resourceAccount = acct;
  }

  // Organization policies: SCPs for the principal's account, RCPs for the resource's account.
  const principalInOrg =
    (p.type === 'user' || p.type === 'session' || p.type === 'sso' || p.type === 'root') &&
    account !== undefined;
  // SCPs apply once the organization uses them (AWS then keeps one attached at every level).
  if (principalInOrg && org.orgPolicies.some((x) => x.kind === 'scp'))
    scenario.scps = scpLevels(org, p.account, 'scp', 'scps', sources);
  if (request.resourceAccount && findAccount(org, request.resourceAccount))
    scenario.rcps = scpLevels(org, request.resourceAccount, 'rcp', 'rcps', sources);
  scenario.organization = { managementAccount: org.managementAccountId };

  const context: Record<string, ContextValue> = {
    ...defaultContext,
    ...timeContext(now),
    ...principalContext(org, p),
    ...resourceContext(org, request.resource),
    ...extraContext,
  };
  for (const [k, v] of Object.entries(req.context ?? {})) {
    if (v === null) delete context[k];
    else context[k] = v;
  }
  request.context = context;
  return { scenario, sources };
}

const maxChain = 6;

/** Resolves a request into the scenarios to evaluate: assume-role steps first, then the request. */
export function resolveRequest(
  org: Organization,
  req: SandboxRequest,
  now = Date.UTC(2026, 0, 15, 10, 0, 0),
): Resolution {
  const problems: string[] = [];
  const notes: string[] = [];
  const steps: ResolvedStep[] = [];
  assumeSteps(org, req.principal, steps, problems, notes, now, 0);
  const { scenario, sources } = buildScenario(org, req, problems, now);
  scenario.name = `${describePrincipal(org, req.principal)}: ${req.action} on ${req.resource || '*'}`;
  steps.push({
    kind: 'request',
    title: `${req.action} on ${req.resource || '*'}`,
    scenario,
    sources,
  });
  return { steps, problems: [...new Set(problems)], notes };
}

function assumeSteps(
  org: Organization,
  p: PrincipalSpec,
  steps: ResolvedStep[],
  problems: string[],
  notes: string[],
  now: number,
  depth: number,
): void {
  if (p.type === 'sso') {
    const assigned = assignedPermissionSets(org, p.account, p.user).includes(p.permissionSet);
    const known = org.identityCenter.users.some((u) => u.userName === p.user);
    steps.push({
      kind: 'sign-in',
      title: `Identity Center signs in ${p.user} with permission set ${p.permissionSet}`,
      sources: [],
      ...(assigned
        ? {}
        : {
            blocked: known
              ? `${p.user} is not assigned permission set ${p.permissionSet} for account ${findAccount(org, p.account)?.name ?? p.account} (directly or through a group), so the access portal offers no such role.`
              : `There is no Identity Center user ${p.user}.`,
          }),
    });
    return;
  }
  if (p.type !== 'session' || !p.caller) return;
  if (depth >= maxChain) {
    problems.push(
      `Role chaining is deeper than ${maxChain} steps here; the sandbox stops following it.`,
    );
    return;
  }
  const caller = p.caller;
  assumeSteps(org, caller, steps, problems, notes, now, depth + 1);
  const role = findRole(org, p.account, p.role);
  const arn = sessionIssuer(org, p) ?? '';
  const chained = caller.type === 'session' || caller.type === 'sso';
  let blocked: string | undefined;
  if (chained)
    notes.push(
      `Role chaining: ${describePrincipal(org, caller)} assumes ${p.role}. A chained session lasts at most one hour.`,
    );
  if (role && p.durationSeconds !== undefined) {
    if (chained && p.durationSeconds > 3600)
      blocked = `The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.`;
    else if (p.durationSeconds > role.maxSessionDuration)
      blocked = `The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`;
  }
  const extra: Record<string, ContextValue> = { 'sts:RoleSessionName': p.sessionName };
  if (p.externalId !== undefined) extra['sts:ExternalId'] = p.externalId;
  if (caller.type === 'user' && p.mfa) {
    extra['aws:MultiFactorAuthPresent'] = 'true';
    extra['aws:MultiFactorAuthAge'] = '300';
  }
  if (p.sessionTags.length > 0) {
    for (const t of p.sessionTags) extra[`aws:RequestTag/${t.key}`] = t.value;
    extra['aws:TagKeys'] = p.sessionTags.map((t) => t.key);
  }
  const assume = buildScenario(
    org,
    { principal: caller, action: 'sts:AssumeRole', resource: arn },
    problems,
    now,
    extra,
  );
  assume.scenario.name = `${describePrincipal(org, caller)} calls sts:AssumeRole on ${p.role}`;
  steps.push({
    kind: 'assume',
    title: `${describePrincipal(org, caller)} assumes role ${p.role}${p.externalId !== undefined ? ' with an ExternalId' : ''}`,
    scenario: assume.scenario,
    sources: assume.sources,
    ...(blocked ? { blocked } : {}),
  });
  if (p.sessionTags.length > 0) {
    const tag = buildScenario(
      org,
      { principal: caller, action: 'sts:TagSession', resource: arn },
      problems,
      now,
      extra,
    );
    tag.scenario.name = `${describePrincipal(org, caller)} passes session tags to ${p.role}`;
    steps.push({
      kind: 'tag-session',
      title: `Session tags need sts:TagSession on ${p.role}`,
      scenario: tag.scenario,
      sources: tag.sources,
    });
  }
}

/** The customer managed policy ARN for a name in an account. */
export const customerPolicyArn = policyArn;
