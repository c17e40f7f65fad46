/**
 * iam:PassRole and iam:CreateServiceLinkedRole granted too broadly: with a wildcard in the
 * resource, with NotResource, or through a wildcard or NotAction.
 */
import type { LintContext, StatementView, Target } from './context';
import { keyOf, valueOf } from './context';
import { awsCheck } from './meta';
import { covers } from './patterns';
import type { CheckMeta, Severity } from './types';

interface Subject {
  action: string;
  code: string;
  title: string;
  severity: Severity;
  /** A condition key that scopes the grant enough to silence the star-resource findings. */
  scopeKey: string;
  /** Role names that must all match for the resource to count as "any role". */
  probes: string[];
  why: string;
}

const PASS: Subject = {
  action: 'iam:PassRole',
  code: 'PASS_ROLE',
  title: 'Pass role',
  severity: 'SECURITY_WARNING',
  scopeKey: 'iam:passedtoservice',
  probes: ['role/a1', 'role/zz-9'],
  why: "iam:PassRole lets the caller hand a role to a service (EC2, Lambda, CloudFormation...), which then acts with that role's permissions. Allowing it for every role lets someone pass an administrator role and escalate. Name the role ARNs, and add iam:PassedToService to say which service may receive them.",
};

const SLR: Subject = {
  action: 'iam:CreateServiceLinkedRole',
  code: 'CREATE_SLR',
  title: 'Create SLR',
  severity: 'WARNING',
  scopeKey: 'iam:awsservicename',
  probes: ['role/aws-service-role/a1', 'role/aws-service-role/zz-9'],
  why: 'Service-linked roles let an AWS service act in the account. Allowing iam:CreateServiceLinkedRole on every resource lets the caller create them for any service; name the service-linked role ARNs you need (or use iam:AWSServiceName).',
};

const VARIANTS = [
  ['STAR_IN_RESOURCE', 'with star in resource'],
  ['STAR_IN_ACTION_AND_RESOURCE', 'with star in action and resource'],
  ['NOT_RESOURCE', 'with NotResource'],
  ['STAR_IN_ACTION_AND_NOT_RESOURCE', 'with star in action and NotResource'],
  ['STAR_IN_RESOURCE_AND_NOT_ACTION', 'with star in resource and NotAction'],
  ['NOT_ACTION_AND_NOT_RESOURCE', 'with NotAction and NotResource'],
] as const;

/** The iam:PassRole and iam:CreateServiceLinkedRole checks (six variants each, as AWS names them). */
export const PASS_ROLE_CHECKS: CheckMeta[] = [PASS, SLR].flatMap((s) =>
  VARIANTS.map(([suffix, words]) =>
    awsCheck(`${s.code}_WITH_${suffix}`, s.severity, `${s.title} ${words}`, s.why),
  ),
);

/** True when the resource pattern matches every role (in its account or any account). */
function anyRole(resource: string, probes: string[]): boolean {
  if (resource === '*') return true;
  if (!resource.includes('*') && !resource.includes('?')) return false;
  const account = /^arn:[^:]*:iam::(\d{12}):/.exec(resource)?.[1] ?? '111122223333';
  return probes.every((p) => covers(resource, `arn:aws:iam::${account}:${p}`, false));
}

/** Reports Allow statements that pass any role or create any service-linked role. */
export function checkPassRole(ctx: LintContext): void {
  if (ctx.kind !== 'identity') return;
  for (const st of ctx.policy?.statements ?? []) {
    if (st.effect !== 'Allow') continue;
    for (const subject of [PASS, SLR]) checkSubject(ctx, st, subject);
  }
}

function checkSubject(ctx: LintContext, st: StatementView, s: Subject): void {
  const scoped = st.conditions.some((c) => c.key.toLowerCase() === s.scopeKey);
  let grantedBy: Target | undefined;
  let starAction = false;
  if (st.action) {
    const explicit = st.action.items.find((i) => i.value.toLowerCase() === s.action.toLowerCase());
    const star = st.action.items.find((i) => i !== explicit && covers(i.value, s.action, true));
    const item = explicit ?? star;
    if (!item) return;
    grantedBy = valueOf(item.node);
    starAction = !explicit;
  } else if (st.notAction) {
    if (st.notAction.items.some((i) => covers(i.value, s.action, true))) return;
    grantedBy = keyOf(st.notAction.prop);
  } else return;
  const notAction = !st.action;
  const code = (suffix: string): string => `${s.code}_WITH_${suffix}`;
  if (st.resource) {
    if (scoped || !st.resource.items.some((r) => anyRole(r.value, s.probes))) return;
    const suffix = notAction
      ? 'STAR_IN_RESOURCE_AND_NOT_ACTION'
      : starAction
        ? 'STAR_IN_ACTION_AND_RESOURCE'
        : 'STAR_IN_RESOURCE';
    ctx.report(
      code(suffix),
      grantedBy,
      `${s.action} is allowed for every role${notAction ? ' (through NotAction)' : starAction ? ' (through a wildcard action)' : ''}`,
    );
  } else if (st.notResource) {
    if (st.notResource.items.some((r) => anyRole(r.value, s.probes))) return;
    const suffix = notAction
      ? 'NOT_ACTION_AND_NOT_RESOURCE'
      : starAction
        ? 'STAR_IN_ACTION_AND_NOT_RESOURCE'
        : 'NOT_RESOURCE';
    ctx.report(
      code(suffix),
      grantedBy,
      `${s.action} is allowed for every role except those in NotResource`,
    );
  }
}
