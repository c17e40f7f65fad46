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
  /** Statements whose Action/NotAction matches the (lower-cased) action, Deny first. */
  forAction(action: string): readonly CompiledStatement[];
}

const ACTION_MEMO_LIMIT = 4096;

/** Compiles a validated policy. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const statements = policy.statements.map((st) => compileStatement(st, policy.variables));
  const byAction = new Map<string, CompiledStatement[]>();
  const ordered = [
    ...statements.filter((s) => s.effect === 'Deny'),
    ...statements.filter((s) => s.effect === 'Allow'),
  ];
  return {
    policy,
    statements,
    forAction(action) {
      let hit = byAction.get(action);
      if (!hit) {
        hit = ordered.filter((s) => actionMatches(s, action));
        if (byAction.size >= ACTION_MEMO_LIMIT) byAction.clear();
        byAction.set(action, hit);
      }
      return hit;
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
