/**
 * Compiles a validated Policy once into matchers: action globs (memoised per action),
 * resource matchers, pre-parsed condition values, and an index of statements by action, so
 * that evaluating many requests against the same policies does no repeated parsing.
 */
import type { CompiledCondition } from './conditions/condition';
import { compileCondition } from './conditions/condition';
import type { CompiledResource } from './resource';
import { compileResource } from './resource';
import type { Policy, PrincipalBlock, Statement } from './types';
import type { GlobMatcher } from './wildcard';
import { compileGlob } from './wildcard';

/** A statement ready to evaluate. */
export interface CompiledStatement {
  statement: Statement;
  effect: 'Allow' | 'Deny';
  /** Action or NotAction patterns, lower-cased, as written. */
  actionPatterns: string[];
  actionNegated: boolean;
  actionMatchers: GlobMatcher[];
  /** Resource or NotResource entries; empty with resourceAbsent for trust policies. */
  resources: CompiledResource[];
  resourceNegated: boolean;
  resourceAbsent: boolean;
  principal?: PrincipalBlock;
  principalNegated: boolean;
  conditions: CompiledCondition[];
}

/** A policy ready to evaluate. */
export interface CompiledPolicy {
  policy: Policy;
  statements: CompiledStatement[];
  /** Statements whose Action/NotAction may cover an action of the service, Deny first. */
  forService(service: string): readonly CompiledStatement[];
  /** Statements whose Action/NotAction covers the (lower-cased) action, Deny first. */
  forAction(action: string): CompiledStatement[];
}

/**
 * The service prefixes a statement's actions can match, or null when it may match any service
 * (`*`, a wildcard in the prefix, or NotAction).
 */
function servicesOf(s: CompiledStatement): string[] | null {
  if (s.actionNegated) return null;
  const out: string[] = [];
  for (const a of s.actionPatterns) {
    const colon = a.indexOf(':');
    const service = colon < 0 ? a : a.slice(0, colon);
    if (colon < 0 || service.includes('*') || service.includes('?')) return null;
    if (!out.includes(service)) out.push(service);
  }
  return out;
}

/** Compiles a validated policy; statements are indexed by service prefix. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const statements = policy.statements.map((st) => compileStatement(st, policy.variables));
  const ordered = [
    ...statements.filter((s) => s.effect === 'Deny'),
    ...statements.filter((s) => s.effect === 'Allow'),
  ];
  const byService = new Map<string, CompiledStatement[]>();
  const anyService: CompiledStatement[] = [];
  for (const s of ordered) {
    const services = servicesOf(s);
    if (services === null) {
      anyService.push(s);
      for (const list of byService.values()) list.push(s);
      continue;
    }
    for (const service of services) {
      let list = byService.get(service);
      if (!list) {
        list = [...anyService];
        byService.set(service, list);
      }
      list.push(s);
    }
  }
  // Keep Deny first inside each bucket (wildcard statements were appended in order).
  for (const [service, list] of byService) {
    byService.set(service, [
      ...list.filter((s) => s.effect === 'Deny'),
      ...list.filter((s) => s.effect === 'Allow'),
    ]);
  }
  return {
    policy,
    statements,
    forService: (service) => byService.get(service) ?? anyService,
    forAction(action) {
      const colon = action.indexOf(':');
      const candidates = byService.get(colon < 0 ? action : action.slice(0, colon)) ?? anyService;
      const out: CompiledStatement[] = [];
      for (const s of candidates) if (actionMatches(s, action)) out.push(s);
      return out;
    },
  };
}

function compileStatement(st: Statement, variables: boolean): CompiledStatement {
  const actions = (st.action ?? st.notAction ?? []).map((a) => a.toLowerCase());
  const resourceList = st.resource ?? st.notResource;
  const principal = st.principal ?? st.notPrincipal;
  const out: CompiledStatement = {
    statement: st,
    effect: st.effect,
    actionPatterns: actions,
    actionNegated: st.notAction !== undefined,
    actionMatchers: actions.map((a) => compileGlob(a)),
    resources: (resourceList ?? []).map((r) => compileResource(r, variables)),
    resourceNegated: st.notResource !== undefined,
    resourceAbsent: resourceList === undefined,
    principalNegated: st.notPrincipal !== undefined,
    conditions: st.conditions.map((c) => compileCondition(c, variables)),
  };
  if (principal) out.principal = principal;
  return out;
}

/** Whether the statement's Action/NotAction covers the lower-cased action. */
export function actionMatches(s: CompiledStatement, action: string): boolean {
  let any = false;
  for (const m of s.actionMatchers) {
    if (m(action)) {
      any = true;
      break;
    }
  }
  return s.actionNegated ? !any : any;
}
