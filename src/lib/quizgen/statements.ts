/**
 * Random policy statements aimed at a target request: each element either covers the request
 * or misses it, with a chosen bias. Whether a statement really matches is never assumed here;
 * the engine decides, and the generators read its trace.
 */
import type { Rng } from './rng';
import {
  regions,
  resourceWildcard,
  serviceOf,
  services,
  teams,
  verbPattern,
  type Caller,
} from './world';

export type Json = Record<string, unknown>;

export interface Target {
  action: string;
  resource: string;
}

export interface StatementOptions {
  effect: 'Allow' | 'Deny';
  /** chance that Action and Resource are built to cover the target */
  cover: number;
  /** chance of a Condition block */
  condition: number;
  /** let Action be `*` (SCPs) */
  star?: boolean;
  /** the Principal element of a resource policy or RCP */
  principal?: unknown;
}

function otherAction(rng: Rng, action: string): string {
  const svc = serviceOf(action);
  const same = svc.actions.filter((a) => a !== action);
  if (same.length > 0 && rng.chance(0.7)) return rng.pick(same);
  return rng.pick(rng.pick(services.filter((s) => s !== svc)).actions);
}

export function actionElement(rng: Rng, action: string, cover: boolean, star: boolean): unknown {
  if (cover) {
    const forms: unknown[] = [
      action,
      verbPattern(action),
      `${serviceOf(action).prefix}:*`,
      [otherAction(rng, action), action],
    ];
    if (star) forms.push('*');
    return rng.pick(forms);
  }
  const other = otherAction(rng, action);
  const forms: unknown[] = [other];
  if (verbPattern(other) !== verbPattern(action) && other.split(':')[0] === action.split(':')[0])
    forms.push(verbPattern(other));
  if (other.split(':')[0] !== action.split(':')[0]) forms.push(`${other.split(':')[0]}:*`);
  return rng.pick(forms);
}

export function resourceElement(rng: Rng, action: string, resource: string, cover: boolean) {
  if (cover) return rng.pick(['*', resource, resourceWildcard(resource)]);
  const svc = serviceOf(action);
  const others = svc.resources.filter((r) => r !== resource);
  if (others.length > 0) return rng.pick([rng.pick(others), resourceWildcard(rng.pick(others))]);
  return resource.replace(/[^/:]+$/, 'other-resource');
}

/** A Condition block on one of the keys every generated request carries. */
export function conditionBlock(rng: Rng, effect: 'Allow' | 'Deny'): Json {
  const region = rng.pick(regions);
  const team = rng.pick(teams);
  const options: Json[] =
    effect === 'Allow'
      ? [
          { StringEquals: { 'aws:RequestedRegion': region } },
          { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          { StringEquals: { 'aws:PrincipalTag/team': team } },
        ]
      : [
          { StringNotEquals: { 'aws:RequestedRegion': region } },
          { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          { StringNotEquals: { 'aws:PrincipalTag/team': team } },
        ];
  return rng.pick(options);
}

/** A readable, unique Sid such as `AllowS3Get` or `DenyDynamodbAll`. */
export function sidFor(effect: string, action: unknown, used: Set<string>): string {
  const first = Array.isArray(action) ? String(action[action.length - 1]) : String(action);
  const [svc = '', name = ''] = first.split(':');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const what =
    first === '*' ? 'Everything' : `${cap(svc)}${name === '*' ? 'All' : name.replace('*', '')}`;
  let sid = `${effect}${what}`;
  for (let n = 2; used.has(sid); n += 1) sid = `${effect}${what}${n}`;
  used.add(sid);
  return sid;
}

export function makeStatement(
  rng: Rng,
  target: Target,
  options: StatementOptions,
  used: Set<string>,
): Json {
  const action = actionElement(rng, target.action, rng.chance(options.cover), !!options.star);
  const resource = resourceElement(rng, target.action, target.resource, rng.chance(options.cover));
  const statement: Json = { Sid: sidFor(options.effect, action, used), Effect: options.effect };
  if (options.principal !== undefined) statement.Principal = options.principal;
  statement.Action = action;
  statement.Resource = resource;
  if (rng.chance(options.condition)) statement.Condition = conditionBlock(rng, options.effect);
  return statement;
}

export const doc = (statements: Json[]): Json => ({ Version: '2012-10-17', Statement: statements });

/** The Principal a resource policy uses to grant (or deny) the caller, or someone else. */
export function resourcePrincipal(rng: Rng, caller: Caller, cover: boolean): unknown {
  if (!cover) return { AWS: 'arn:aws:iam::999988887777:root' };
  return rng.pick([{ AWS: caller.grantArn }, { AWS: `arn:aws:iam::${caller.account}:root` }]);
}
