/**
 * Action checks against the catalog: unknown services and actions (with "did you mean"),
 * patterns that match nothing, wildcards in the service name, redundant entries, and actions
 * a policy type cannot use.
 */
import type { ElementView, LintContext, StatementView, StringItem } from './context';
import { valueOf } from './context';
import { removeItem } from './edits';
import { awsCheck } from './meta';
import { covers } from './patterns';
import type { CheckMeta } from './types';
import { PAIRWISE_LIMIT } from './limits';

/** The action checks, with severity, explanation and documentation. */
export const ACTION_CHECKS: CheckMeta[] = [
  awsCheck(
    'INVALID_ACTION',
    'ERROR',
    'Invalid action',
    'An action that does not exist (often a typo such as s3:GetObjects) never matches a request, so the permission you meant to grant or deny is silently missing.',
  ),
  awsCheck(
    'INVALID_SERVICE_IN_ACTION',
    'ERROR',
    'Invalid service in action',
    'The part before the colon must be a service prefix such as s3, ec2 or iam. An unknown prefix matches nothing.',
  ),
  awsCheck(
    'WILDCARD_IN_SERVICE_NAME',
    'SUGGESTION',
    'Wildcard in service name',
    'A wildcard in the service name (for example *code*) can match services you never meant, including ones AWS launches later.',
  ),
  awsCheck(
    'REDUNDANT_ACTION',
    'SUGGESTION',
    'Redundant action',
    'An entry already covered by a wildcard in the same list adds nothing; removing it keeps the policy honest and short.',
  ),
  awsCheck(
    'UNSUPPORTED_ACTION_IN_POLICY',
    'ERROR',
    'Unsupported action in policy',
    'This policy type only works with some actions: a role trust policy controls sts:AssumeRole* and session tagging, and a resource control policy covers only the services RCPs support.',
  ),
];

const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
];

/** `service` and `action` parts of an action pattern, or null when it has no colon. */
export function splitAction(value: string): { service: string; name: string } | null {
  const colon = value.indexOf(':');
  if (colon <= 0) return null;
  return { service: value.slice(0, colon), name: value.slice(colon + 1) };
}

/** Checks every Action and NotAction entry against the catalog. */
export function checkActions(ctx: LintContext): void {
  for (const st of ctx.policy?.statements ?? []) {
    for (const el of [st.action, st.notAction]) {
      if (!el) continue;
      for (const item of el.items) checkAction(ctx, st, el, item);
      checkRedundant(ctx, el);
    }
  }
}

function checkAction(ctx: LintContext, st: StatementView, el: ElementView, item: StringItem): void {
  const value = item.value;
  const target = valueOf(item.node);
  if (value === '*' || value.includes('${')) return;
  const parts = splitAction(value);
  if (!parts || parts.name === '') {
    ctx.report(
      'INVALID_ACTION',
      target,
      `"${value}" is not "*" or service:action, e.g. s3:GetObject`,
    );
    return;
  }
  const { service, name } = parts;
  if (service.includes('*') || service.includes('?')) {
    ctx.report('WILDCARD_IN_SERVICE_NAME', target, `"${value}" has a wildcard in the service name`);
    return;
  }
  checkPolicyType(ctx, st, el, item, service);
  const catalog = ctx.catalog;
  if (!catalog) return;
  if (!catalog.serviceSummary(service)) {
    const near = catalog.suggestServices(service);
    const best = near[0];
    ctx.report(
      'INVALID_SERVICE_IN_ACTION',
      target,
      `There is no service "${service}"` +
        (near.length ? `; did you mean ${near.join(', ')}?` : ''),
      best
        ? ctx.replace(target, JSON.stringify(`${best}:${name}`), `Change to ${best}:${name}`)
        : undefined,
    );
    return;
  }
  if (!catalog.isLoaded(service)) return;
  const matched = catalog.expand(value) ?? [];
  if (matched.length > 0) return;
  if (name.includes('*') || name.includes('?')) {
    ctx.report('INVALID_ACTION', target, `"${value}" matches no ${service.toLowerCase()} action`);
    return;
  }
  const near = catalog.suggestActions(service, name);
  const best = near[0];
  ctx.report(
    'INVALID_ACTION',
    target,
    `The action ${value} does not exist` +
      (near.length ? `. Did you mean ${near.join(', ')}?` : ''),
    best ? ctx.replace(target, JSON.stringify(best), `Change to ${best}`) : undefined,
  );
}

function checkPolicyType(
  ctx: LintContext,
  st: StatementView,
  el: ElementView,
  item: StringItem,
  service: string,
): void {
  const target = valueOf(item.node);
  if (ctx.kind === 'trust' && el.name === 'Action') {
    const ok = TRUST_ACTIONS.some(
      (a) => covers(item.value, a, true) || covers(a, item.value, true),
    );
    if (!ok)
      ctx.report(
        'UNSUPPORTED_ACTION_IN_POLICY',
        target,
        `A role trust policy controls who can assume the role; "${item.value}" is not an sts:AssumeRole*, sts:TagSession, sts:SetSourceIdentity or sts:SetContext action`,
      );
  }
  if (ctx.kind === 'rcp' && ctx.catalog && !ctx.catalog.rcpServices.has(service.toLowerCase())) {
    ctx.report(
      'UNSUPPORTED_ACTION_IN_POLICY',
      target,
      `Resource control policies do not support ${service} actions (statement ${st.path} has no effect on them)`,
    );
  }
}

function checkRedundant(ctx: LintContext, el: ElementView): void {
  const items = el.items;
  if (items.length > PAIRWISE_LIMIT) return; // pairwise comparison: keep huge pastes fast
  const catalog = ctx.catalog;
  items.forEach((item, i) => {
    if (catalog && catalog.expand(item.value)?.length === 0) return; // reported as invalid
    const by = items.find((other, j) => {
      if (j === i) return false;
      const same = other.value.toLowerCase() === item.value.toLowerCase();
      if (same) return j < i; // of two equal entries, flag the later one
      return covers(other.value, item.value, true);
    });
    if (!by) return;
    const list = el.prop.value;
    ctx.report(
      'REDUNDANT_ACTION',
      valueOf(item.node),
      `"${item.value}" is already covered by "${by.value}"`,
      list.type === 'array'
        ? removeItem(ctx, list, item.node, `Remove "${item.value}"`)
        : undefined,
    );
  });
}
