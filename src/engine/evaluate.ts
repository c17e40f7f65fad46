/**
 * Evaluates statements and policies against one request: does each statement apply (action,
 * resource, principal, every condition), and how did its Principal match. The fast path
 * stops early and builds nothing; the explain path evaluates every part of every statement
 * and records what was compared.
 */
import type { CompiledStatement } from './compile';
import { actionMatches } from './compile';
import { evaluateCondition } from './conditions/condition';
import type { PrincipalMatch, RequestPrincipal } from './principal';
import { betterMatch, matchNotPrincipalBlock, matchPrincipalBlock } from './principal';
import type { PolicySet } from './policySet';
import type { PolicyTrace, PolicyType, PrincipalBlock, StatementTrace } from './types';
import type { ContextMap } from './variables';

/** The request in the form the evaluator needs. */
export interface RequestState {
  action: string;
  /** Lower-cased action: action names are case-insensitive. */
  actionLower: string;
  /** The lower-cased service prefix of the action (`s3`). */
  service: string;
  resource: string;
  /** The resource's six ARN segments, or null when it is not an ARN. */
  arn: string[] | null;
  principal: RequestPrincipal;
  context: ContextMap;
  /** Whether the principal has a permissions boundary (changes NotPrincipal Deny, see below). */
  hasBoundary: boolean;
}

/** What a set of policies says about the request. */
export interface SetResult {
  /** A Deny statement applies. */
  deny: boolean;
  /** Best principal match among Allow statements that apply; 'none' when no Allow applies. */
  allow: PrincipalMatch;
  /** Only with explain. */
  policies?: PolicyTrace[];
}

function resourceMatches(s: CompiledStatement, req: RequestState): boolean {
  if (s.resourceAbsent) return true;
  let any = false;
  for (const r of s.resources) {
    if (r.test(req.resource, req.arn, req.context)) {
      any = true;
      break;
    }
  }
  return s.resourceNegated ? !any : any;
}

/**
 * How the statement's Principal/NotPrincipal matches. Statements without either (identity
 * policies, SCPs) apply to the principal they are attached to.
 */
function principalMatches(s: CompiledStatement, req: RequestState): PrincipalMatch {
  if (!s.principal) return 'exact';
  if (!s.principalNegated) return matchPrincipalBlock(s.principal, req.principal);
  // "A Deny with NotPrincipal in a resource-based policy always denies any IAM user or role
  // that has a permissions boundary." https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
  if (s.effect === 'Deny' && req.hasBoundary) return 'wildcard';
  return matchNotPrincipalBlock(s.principal, req.principal);
}

function conditionsMatch(s: CompiledStatement, req: RequestState): boolean {
  for (const c of s.conditions) if (!evaluateCondition(c, req.context)) return false;
  return true;
}

/** Fast path: how the statement applies ('none' = it does not). Assumes the action matched. */
function applies(s: CompiledStatement, req: RequestState): PrincipalMatch {
  if (!resourceMatches(s, req)) return 'none';
  const m = principalMatches(s, req);
  if (m === 'none') return 'none';
  return conditionsMatch(s, req) ? m : 'none';
}

/** Evaluates a set of policies of one type (all must be looked at for Deny, any may Allow). */
export function evaluateSet(
  set: PolicySet,
  type: PolicyType,
  req: RequestState,
  explain: boolean,
): SetResult {
  if (explain) return explainSet(set, type, req);
  let deny = false;
  let allow: PrincipalMatch = 'none';
  // Statements without Principal match at most 'exact'; resource policies can do better.
  const best: PrincipalMatch = type === 'resource' ? 'wildcard' : 'exact';
  const statements = set.forAction(req.actionLower, req.service);
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as CompiledStatement;
    if (s.effect === 'Deny') {
      if (!deny && applies(s, req) !== 'none') deny = true;
    } else if (allow === best || allow === 'wildcard') {
      break; // allows come after denies: nothing better to find
    } else {
      allow = betterMatch(allow, applies(s, req));
    }
  }
  return FAST_RESULTS[deny ? 1 : 0][allow];
}

const MATCHES: PrincipalMatch[] = ['exact', 'wildcard', 'role', 'issuer', 'account', 'none'];
/** The fast path's results are shared, read-only objects: one per (deny, allow) pair. */
const FAST_RESULTS = [false, true].map(
  (deny) =>
    Object.fromEntries(MATCHES.map((allow) => [allow, Object.freeze({ deny, allow })])) as Record<
      PrincipalMatch,
      SetResult
    >,
) as [Record<PrincipalMatch, SetResult>, Record<PrincipalMatch, SetResult>];

function explainSet(set: PolicySet, type: PolicyType, req: RequestState): SetResult {
  let deny = false;
  let allow: PrincipalMatch = 'none';
  const policies: PolicyTrace[] = [];
  for (const ref of set.refs) {
    const statements: StatementTrace[] = [];
    for (const s of ref.compiled.statements) {
      const { trace, match } = traceStatement(s, req, ref.path);
      statements.push(trace);
      if (match === 'none') continue;
      if (s.effect === 'Deny') deny = true;
      else allow = betterMatch(allow, match);
    }
    policies.push({ type, index: ref.index, label: ref.label, statements });
  }
  return { deny, allow, policies };
}

const MATCH_NOTES: Record<PrincipalMatch, string> = {
  exact: 'Principal names this exact principal',
  wildcard: 'Principal is "*" (everyone, including anonymous callers)',
  role: 'Principal names the role; the request comes from a session of that role',
  issuer: 'Principal names the IAM user who created this federated session',
  account: 'Principal names the account: its identity policies must also allow',
  none: '',
};

const NOT_NOTES: Record<PrincipalMatch, string> = {
  exact: '',
  wildcard: 'NotPrincipal does not list this principal, so the statement applies to it',
  role: 'NotPrincipal lists the session but not its role, so the statement applies at the role level',
  issuer: '',
  account:
    'NotPrincipal lists the principal but not its account, so the statement applies at the account level',
  none: 'NotPrincipal lists this principal (and its account), so the statement does not apply to it',
};

/** Explain path: evaluates every part of a statement and records the comparison. */
export function traceStatement(
  s: CompiledStatement,
  req: RequestState,
  policyPath: string,
): { trace: StatementTrace; match: PrincipalMatch } {
  const st = s.statement;
  const actionOk = actionMatches(s, req.actionLower);
  const resourceHit = resourceMatches(s, req);
  const principal = principalMatches(s, req);
  const conditions = s.conditions.map((c) => {
    const result = evaluateCondition(c, req.context);
    return {
      operator: c.entry.operator,
      key: c.entry.key,
      values: c.entry.values,
      contextValue: req.context.get(c.key) ?? null,
      matched: result,
    };
  });
  const matched =
    actionOk && resourceHit && principal !== 'none' && conditions.every((c) => c.matched);
  const trace: StatementTrace = {
    ...(st.sid !== undefined ? { sid: st.sid } : {}),
    index: st.index,
    effect: st.effect,
    path: policyPath === '' ? st.path : `${policyPath}.${st.path}`,
    matched,
    action: {
      matched: actionOk,
      element: s.actionNegated ? 'NotAction' : 'Action',
      patterns: st.action ?? st.notAction ?? [],
      value: req.action,
    },
    resource: {
      matched: resourceHit,
      element: s.resourceNegated ? 'NotResource' : 'Resource',
      patterns: st.resource ?? st.notResource ?? [],
      value: req.resource,
    },
    conditions,
  };
  if (s.principal) {
    trace.principal = {
      matched: principal !== 'none',
      element: s.principalNegated ? 'NotPrincipal' : 'Principal',
      patterns: principalPatterns(s.principal),
      value: req.principal.raw,
    };
    const note = !s.principalNegated
      ? MATCH_NOTES[principal]
      : s.effect === 'Deny' && req.hasBoundary
        ? 'A Deny with NotPrincipal always applies to a principal that has a permissions boundary'
        : NOT_NOTES[principal];
    if (note) trace.note = note;
  }
  return { trace, match: matched ? principal : 'none' };
}

function principalPatterns(block: PrincipalBlock): string[] {
  if (block.wildcard) return ['*'];
  return [
    ...block.aws.map((v) => `AWS:${v}`),
    ...block.service.map((v) => `Service:${v}`),
    ...block.federated.map((v) => `Federated:${v}`),
    ...block.canonicalUser.map((v) => `CanonicalUser:${v}`),
  ];
}
