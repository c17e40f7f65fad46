/**
 * AWS's decision flow for one request: explicit denies anywhere win; then RCPs, SCPs, VPC
 * endpoint policies, the resource-based policy, identity policies, the permissions boundary
 * and the session policy, with the same-account and cross-account rules.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
import type { RequestState, SetResult } from './evaluate';
import { evaluateSet } from './evaluate';
import type { PolicySet } from './policySet';
import type { PrincipalMatch } from './principal';
import { serviceRule } from './serviceRules';
import type { TraceRecorder } from './trace';
import { describeRequest, denyTrace } from './trace';
import type { Decision, PolicyType } from './types';

/** Everything the decision needs, compiled. Absent policies are undefined (one object shape). */
export interface CompiledScenario {
  request: RequestState;
  resourceAccount: string | undefined;
  identity: PolicySet;
  resource: PolicySet | undefined;
  boundary: PolicySet | undefined;
  session: PolicySet | undefined;
  endpoints: PolicySet[];
  scps: PolicySet[] | undefined;
  rcps: PolicySet[] | undefined;
  managementAccount: string | undefined;
}

/**
 * The decision and the policy types that caused a deny. Shared and frozen: one object per
 * (decision, blockedBy) pair, so deciding many requests allocates no results.
 */
export interface DecisionResult {
  readonly decision: Decision;
  readonly blockedBy: readonly PolicyType[];
}

const ORDER: PolicyType[] = ['scp', 'rcp', 'endpoint', 'resource', 'identity', 'pb', 'session'];
const BIT = {
  scp: 1,
  rcp: 2,
  endpoint: 4,
  resource: 8,
  identity: 16,
  pb: 32,
  session: 64,
} as const;

/** The policy types in a bit set, in blockedBy order. */
function typesOf(mask: number): PolicyType[] {
  return ORDER.filter((t) => (mask & BIT[t]) !== 0);
}
const DECISIONS: Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];
/** RESULTS[decision][mask]: every possible result, built once. */
const RESULTS = Object.fromEntries(
  DECISIONS.map((decision) => [
    decision,
    Array.from({ length: 128 }, (_, mask) =>
      Object.freeze({ decision, blockedBy: Object.freeze(typesOf(mask)) }),
    ),
  ]),
) as Record<Decision, DecisionResult[]>;
const IAM_KINDS = new Set(['user', 'role', 'assumedRole', 'federatedUser', 'root']);
const NO_SET: SetResult = { deny: false, allow: 'none' };
const NO_SETS: SetResult[] = [];

/**
 * Actions a role trust policy governs: it must allow them even within the account.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
 */
export function isTrustAction(actionLower: string): boolean {
  return (
    actionLower.startsWith('sts:assumerole') ||
    actionLower === 'sts:tagsession' ||
    actionLower === 'sts:setsourceidentity' ||
    actionLower === 'sts:setcontext'
  );
}

const principalLevel = (m: PrincipalMatch): boolean =>
  m === 'exact' || m === 'wildcard' || m === 'role' || m === 'issuer';

function anyDeny(sets: SetResult[]): boolean {
  for (const s of sets) if (s.deny) return true;
  return false;
}

function allAllow(sets: SetResult[]): boolean {
  for (const s of sets) if (s.allow === 'none') return false;
  return true;
}

function levels(
  sets: PolicySet[] | undefined,
  type: PolicyType,
  req: RequestState,
  explain: boolean,
): SetResult[] {
  if (sets === undefined || sets.length === 0) return NO_SETS;
  const out: SetResult[] = [];
  for (const set of sets) out.push(evaluateSet(set, type, req, explain));
  return out;
}

/** Decides one request. `trace` is null unless explaining. */
export function decide(sc: CompiledScenario, trace: TraceRecorder | null): DecisionResult {
  const req = sc.request;
  const p = req.principal;
  const explain = trace !== null;
  const isIam = IAM_KINDS.has(p.kind);
  const sameAccount = isIam && p.account === sc.resourceAccount;
  trace?.add(
    'request',
    sameAccount ? 'sameAccount' : isIam ? 'crossAccount' : p.kind,
    describeRequest(sc),
  );

  const rule = serviceRule(req);
  if (rule?.effect === 'allow') {
    trace?.add('service-rule', 'allowed', rule.reason);
    trace?.add('decision', 'allowed', 'Allowed by a service rule, whatever the policies say.');
    return { decision: 'allowed', blockedBy: [] };
  }

  const scpApplies =
    sc.scps !== undefined && isIam && p.account !== sc.managementAccount && !p.serviceLinked;
  const rcpApplies =
    sc.rcps !== undefined && sc.resourceAccount !== sc.managementAccount && !p.serviceLinked;
  const identity = evaluateSet(sc.identity, 'identity', req, explain);
  const resource = sc.resource ? evaluateSet(sc.resource, 'resource', req, explain) : NO_SET;
  const boundary = sc.boundary ? evaluateSet(sc.boundary, 'pb', req, explain) : undefined;
  const session = sc.session ? evaluateSet(sc.session, 'session', req, explain) : undefined;
  const endpoints = levels(sc.endpoints, 'endpoint', req, explain);
  const scps = scpApplies ? levels(sc.scps, 'scp', req, explain) : undefined;
  const rcps = rcpApplies ? levels(sc.rcps, 'rcp', req, explain) : undefined;

  // 1. Explicit deny in any policy that applies.
  let denied = 0;
  if (scps !== undefined && anyDeny(scps)) denied |= BIT.scp;
  if (rcps !== undefined && anyDeny(rcps)) denied |= BIT.rcp;
  if (anyDeny(endpoints)) denied |= BIT.endpoint;
  if (resource.deny) denied |= BIT.resource;
  if (identity.deny) denied |= BIT.identity;
  if (boundary?.deny) denied |= BIT.pb;
  if (session?.deny) denied |= BIT.session;

  // 2-3. Organization guardrails. RCPFullAWSAccess is always attached, so RCPs only deny.
  const scpOk = scps === undefined || allAllow(scps);
  const endpointOk = allAllow(endpoints);

  // 4-7. Resource policy, identity policies, boundary, session policy.
  const action = req.actionLower;
  const trustAction = isTrustAction(action);
  const kmsKey = action.startsWith('kms:') && (req.arn?.[5] ?? '').startsWith('key/');
  const resourceMustAllow = trustAction || kmsKey;
  const idAllow = identity.allow !== 'none' || p.kind === 'root';
  const rpAllow = resource.allow;
  const boundaryOk = !boundary || boundary.allow !== 'none';
  // A federated user session (GetFederationToken) has no permissions without a session policy.
  // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
  const sessionOk = session ? session.allow !== 'none' : p.kind !== 'federatedUser';
  let blockers = denied;
  if (!scpOk) blockers |= BIT.scp;
  if (!endpointOk) blockers |= BIT.endpoint;

  let granted: boolean;
  let grantDetail: string;
  if (!isIam) {
    granted = principalLevel(rpAllow);
    grantDetail = granted
      ? 'The resource-based policy allows this principal.'
      : `A ${p.kind === 'anonymous' ? 'anonymous' : p.kind} request can only be allowed by a resource-based policy, and none allows it.`;
    if (!granted) blockers |= BIT.resource;
  } else if (sameAccount) {
    // Naming the user, the session or everyone grants on its own; naming the role (or the IAM
    // user behind a federated session) is still capped by the boundary and session policy.
    const unlimited = rpAllow === 'wildcard' || (rpAllow === 'exact' && p.kind !== 'role');
    const limited = !unlimited && principalLevel(rpAllow);
    const viaIdentity = idAllow && (!resourceMustAllow || rpAllow !== 'none');
    granted = unlimited || ((limited || viaIdentity) && boundaryOk && sessionOk);
    if (unlimited) {
      grantDetail =
        'The resource-based policy names this principal, which grants on its own within the account.';
    } else if (limited || viaIdentity) {
      grantDetail = limited
        ? 'The resource-based policy names the role (or user) behind this session, so the boundary and session policy still apply.'
        : 'An identity-based policy allows the request.';
      if (!boundaryOk) blockers |= BIT.pb;
      if (!sessionOk) blockers |= BIT.session;
    } else if (resourceMustAllow && rpAllow === 'none') {
      grantDetail = trustAction
        ? 'A role trust policy must allow the principal (or its account), even in the same account.'
        : 'A KMS key policy must allow the principal (or its account), even in the same account.';
      blockers |= BIT.resource;
      if (!idAllow) blockers |= BIT.identity;
    } else {
      grantDetail =
        rpAllow === 'account'
          ? 'The resource-based policy trusts the account, so an identity-based policy must allow, and none does.'
          : 'No identity-based or resource-based policy allows the request.';
      blockers |= BIT.identity;
      if (sc.resource && rpAllow === 'none') blockers |= BIT.resource;
    }
  } else {
    // Cross-account: both the principal's side and the resource's side must allow.
    const viaResource = rpAllow !== 'none';
    granted = viaResource && idAllow && boundaryOk && sessionOk;
    grantDetail =
      'Cross-account: the resource-based policy and the identity-based policies must both allow.';
    if (!viaResource) blockers |= BIT.resource;
    if (!idAllow) blockers |= BIT.identity;
    else {
      if (!boundaryOk) blockers |= BIT.pb;
      if (!sessionOk) blockers |= BIT.session;
    }
  }

  const ruleDenies = rule?.effect === 'implicitDeny';
  let decision: Decision;
  if (denied !== 0) decision = 'explicitDeny';
  else if (granted && scpOk && endpointOk && !ruleDenies) decision = 'allowed';
  else decision = 'implicitDeny';
  const result = RESULTS[decision][decision === 'allowed' ? 0 : blockers] as DecisionResult;
  const blockedBy = result.blockedBy;

  if (trace) {
    trace.add(
      'explicit-deny',
      denied !== 0 ? 'explicitDeny' : 'none',
      denied !== 0
        ? `A Deny applies in: ${typesOf(denied).join(', ')}. An explicit deny always wins.`
        : 'No Deny statement applies.',
      denyTrace([
        identity,
        resource,
        boundary,
        session,
        ...endpoints,
        ...(scps ?? []),
        ...(rcps ?? []),
      ]),
    );
    trace.organization(sc, scps, rcps, scpApplies, rcpApplies, p);
    trace.endpoints(endpoints);
    trace.add(
      'resource',
      sc.resource ? (rpAllow === 'none' ? 'noAllow' : `allows:${rpAllow}`) : 'notPresent',
      sc.resource ? grantDetail : 'There is no resource-based policy.',
      resource.policies,
    );
    trace.add(
      'identity',
      p.kind === 'root' ? 'rootUser' : identity.allow !== 'none' ? 'allow' : 'noAllow',
      p.kind === 'root'
        ? 'The root user has full permissions in its own account (policies cannot be attached to it).'
        : identity.allow !== 'none'
          ? 'An identity-based policy allows the request.'
          : 'No identity-based policy allows the request.',
      identity.policies,
    );
    trace.boundaryAndSession(boundary, session, sameAccount, rpAllow, p.kind);
    if (rule) trace.add('service-rule', 'implicitDeny', rule.reason);
    trace.add(
      'decision',
      decision,
      `${grantDetail}${blockedBy.length ? ` Blocked by: ${blockedBy.join(', ')}.` : ''}`,
    );
  }
  return result;
}
