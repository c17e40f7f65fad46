/**
 * Overly broad grants: administrator access, Allow with NotAction / NotResource /
 * NotPrincipal, tag conditions on services that ignore them, unpaired condition keys, the
 * Deny-without-MFA pattern that misses long-term keys, and sensitive actions without MFA.
 */
import type { ActionInfo } from '../../catalog/types';
import type { LintContext, StatementView } from './context';
import { keyOf, valueOf } from './context';
import { awsCheck, DOCS, ownCheck } from './meta';
import type { CheckMeta } from './types';

/** The broad-grant, tag-support and MFA checks. */
export const SECURITY_CHECKS: CheckMeta[] = [
  ownCheck(
    'WILDCARD_ADMIN_ACCESS',
    'SECURITY_WARNING',
    'Full administrator access',
    'Allowing every action on every resource with no condition is full administrator access, the opposite of least privilege. Grant the actions and resources the task needs.',
    DOCS.bestPractices,
  ),
  ownCheck(
    'ALLOW_WITH_NOT_ACTION',
    'SECURITY_WARNING',
    'Allow with NotAction',
    'Allow with NotAction grants every action that is not listed, in every service, including actions AWS adds later. List the actions to allow instead, or use NotAction only with Deny.',
    DOCS.notAction,
  ),
  ownCheck(
    'ALLOW_WITH_NOT_RESOURCE',
    'SECURITY_WARNING',
    'Allow with NotResource',
    'Allow with NotResource grants the actions on every resource that is not listed, including resources created later. List the resources to allow instead, or use NotResource only with Deny.',
    DOCS.notResource,
  ),
  awsCheck(
    'ALLOW_WITH_NOT_PRINCIPAL',
    'SECURITY_WARNING',
    'Allow with NotPrincipal',
    'Allow with NotPrincipal grants access to everyone not listed, anonymous users included. Name the principals in Principal instead.',
  ),
  awsCheck(
    'MISSING_PAIRED_CONDITION_KEYS',
    'SECURITY_WARNING',
    'Missing paired condition keys',
    'Some keys only identify a request safely together with another: a private IP address is only meaningful inside a given VPC, so aws:VpcSourceIp needs aws:SourceVpc (or aws:SourceVpce) beside it.',
  ),
  awsCheck(
    'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    'SECURITY_WARNING',
    'Deny with unsupported tag condition key for service',
    'When a service does not support aws:ResourceTag, the key is missing from its requests, so a Deny conditioned on it never denies those actions even if the resource is tagged.',
  ),
  awsCheck(
    'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    'SECURITY_WARNING',
    'Deny NotAction with unsupported tag condition key for service',
    'Deny with NotAction and aws:ResourceTag skips every action whose service does not support the key, now and in future; list the actions to deny instead.',
  ),
  awsCheck(
    'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    'SUGGESTION',
    'Allow with unsupported tag condition key for service',
    "When a service does not support aws:ResourceTag, an Allow conditioned on it never allows that service's actions; move them to a statement without the tag condition.",
  ),
  awsCheck(
    'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    'SUGGESTION',
    'Allow NotAction with unsupported tag condition key for service',
    'Allow with NotAction and aws:ResourceTag only allows actions whose service supports the key; list the actions instead.',
  ),
  ownCheck(
    'BAD_PATTERN_FOR_MFA',
    'WARNING',
    'Deny without MFA misses long-term keys',
    'Requests signed with long-term access keys carry no aws:MultiFactorAuthPresent at all, so "Bool": {"aws:MultiFactorAuthPresent": "false"} is not true for them and the Deny does not apply. Use BoolIfExists.',
    DOCS.mfa,
  ),
  ownCheck(
    'SENSITIVE_ACTIONS_WITHOUT_MFA',
    'SUGGESTION',
    'Permissions management without MFA',
    'Actions that change permissions (attach policies, create keys, edit trust) are the keys to the account. Requiring MFA for them (aws:MultiFactorAuthPresent) limits what a stolen access key can do.',
    DOCS.mfa,
  ),
];

const PAIRS: [string, string[]][] = [
  ['aws:VpcSourceIp', ['aws:SourceVpc', 'aws:SourceVpce']],
  ['aws:Ec2InstanceSourcePrivateIPv4', ['aws:Ec2InstanceSourceVpc']],
];

const GRANTING = ['identity', 'resource'];
const TAG_KEY = 'aws:resourcetag/${tagkey}';

/** Reports overly broad grants and ineffective security conditions. */
export function checkSecurity(ctx: LintContext): void {
  for (const st of ctx.policy?.statements ?? []) {
    if (st.effect === 'Allow') checkAllow(ctx, st);
    checkPairs(ctx, st);
    checkTagSupport(ctx, st);
    checkMfaPattern(ctx, st);
  }
}

function checkAllow(ctx: LintContext, st: StatementView): void {
  const granting = GRANTING.includes(ctx.kind);
  if (granting && st.notAction)
    ctx.report(
      'ALLOW_WITH_NOT_ACTION',
      keyOf(st.notAction.prop),
      'Allow with NotAction grants every action not listed here',
    );
  if (granting && st.notResource)
    ctx.report(
      'ALLOW_WITH_NOT_RESOURCE',
      keyOf(st.notResource.prop),
      'Allow with NotResource grants the actions on every resource not listed here',
    );
  if (st.notPrincipal)
    ctx.report(
      'ALLOW_WITH_NOT_PRINCIPAL',
      keyOf(st.notPrincipal),
      'Allow with NotPrincipal grants access to everyone not listed, anonymous users included',
    );
  if (ctx.kind !== 'identity' || !st.action) return;
  const star = st.action.items.find((i) => i.value === '*' || i.value === '*:*');
  const allResources = st.resource?.items.some((r) => r.value === '*') ?? false;
  if (star && allResources && !st.condition) {
    ctx.report(
      'WILDCARD_ADMIN_ACCESS',
      valueOf(star.node),
      'This statement allows every action on every resource: full administrator access',
    );
    return;
  }
  checkMfaForSensitive(ctx, st);
}

function checkPairs(ctx: LintContext, st: StatementView): void {
  const keys = new Set(st.conditions.map((c) => c.key.toLowerCase()));
  for (const [key, partners] of PAIRS) {
    const c = st.conditions.find((x) => x.key.toLowerCase() === key.toLowerCase());
    if (c && !partners.some((p) => keys.has(p.toLowerCase())))
      ctx.report(
        'MISSING_PAIRED_CONDITION_KEYS',
        keyOf(c.keyProp),
        `${key} is only meaningful together with ${partners.join(' or ')} in the same statement`,
      );
  }
}

function supportsResourceTag(a: ActionInfo): boolean {
  const keys = [
    ...a.conditionKeys,
    ...a.resourceTypes.flatMap((r) => [...r.conditionKeys, ...r.type.conditionKeys]),
  ];
  return keys.some((k) => k.toLowerCase() === TAG_KEY);
}

function checkTagSupport(ctx: LintContext, st: StatementView): void {
  const tag = st.conditions.find((c) => c.key.toLowerCase().startsWith('aws:resourcetag/'));
  const catalog = ctx.catalog;
  if (!tag || !catalog || (st.effect !== 'Allow' && st.effect !== 'Deny')) return;
  const target = keyOf(tag.keyProp);
  if (st.notAction) {
    const code =
      st.effect === 'Deny'
        ? 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE'
        : 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE';
    ctx.report(
      code,
      target,
      `With NotAction, ${tag.key} only works for actions whose service supports it; the others are ${st.effect === 'Deny' ? 'never denied' : 'never allowed'} here`,
    );
    return;
  }
  if (!st.action) return;
  const unsupported = new Set<string>();
  for (const item of st.action.items) {
    if (item.value === '*') return;
    const actions = catalog.expand(item.value);
    if (!actions) return;
    const byService = new Map<string, boolean>();
    for (const a of actions)
      byService.set(a.service, (byService.get(a.service) ?? false) || supportsResourceTag(a));
    for (const [service, ok] of byService) if (!ok) unsupported.add(service);
  }
  if (unsupported.size === 0) return;
  const list = [...unsupported].sort().join(', ');
  if (st.effect === 'Deny')
    ctx.report(
      'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
      target,
      `${list}: these actions do not support ${tag.key}, so this Deny never applies to them`,
    );
  else
    ctx.report(
      'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
      target,
      `${list}: these actions do not support ${tag.key}, so this Allow never grants them`,
    );
}

function checkMfaPattern(ctx: LintContext, st: StatementView): void {
  if (st.effect !== 'Deny') return;
  for (const c of st.conditions) {
    if (c.operator !== 'Bool' || c.key.toLowerCase() !== 'aws:multifactorauthpresent') continue;
    if (!c.values.some((v) => v.value.toLowerCase() === 'false')) continue;
    const only = c.opProp.value.type === 'object' && c.opProp.value.properties.length === 1;
    const taken =
      st.condition?.value.type === 'object' &&
      st.condition.value.properties.some((p) => p.key === 'BoolIfExists');
    ctx.report(
      'BAD_PATTERN_FOR_MFA',
      keyOf(c.opProp),
      'Requests made with long-term access keys have no aws:MultiFactorAuthPresent, so this Deny does not apply to them; use BoolIfExists',
      only && !taken
        ? ctx.replace(keyOf(c.opProp), '"BoolIfExists"', 'Use BoolIfExists')
        : undefined,
    );
  }
}

function checkMfaForSensitive(ctx: LintContext, st: StatementView): void {
  const catalog = ctx.catalog;
  if (!catalog || !st.action) return;
  if (st.conditions.some((c) => c.key.toLowerCase().startsWith('aws:multifactorauth'))) return;
  for (const item of st.action.items) {
    if (item.value === '*') continue;
    const sensitive = (catalog.expand(item.value) ?? []).find(
      (a) => a.service === 'iam' && a.level === 'Permissions management',
    );
    if (sensitive) {
      ctx.report(
        'SENSITIVE_ACTIONS_WITHOUT_MFA',
        valueOf(item.node),
        `${item.value} includes permissions-management actions such as ${sensitive.fullName}; consider requiring MFA (aws:MultiFactorAuthPresent)`,
      );
      return;
    }
  }
}
