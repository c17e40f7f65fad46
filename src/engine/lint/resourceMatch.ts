/**
 * Actions whose resource types none of the statement's resources fit: the statement can never
 * apply to them (s3:GetObject on a bucket ARN, s3:ListBucket on objects, or a resource-less
 * action such as s3:ListAllMyBuckets on a specific ARN).
 */
import type { ActionInfo } from '../../catalog/types';
import type { LintContext, StatementView } from './context';
import { valueOf } from './context';
import { ownCheck, DOCS } from './meta';
import { arnIntersects } from './patterns';
import type { CheckMeta } from './types';
import { PAIRWISE_LIMIT } from './limits';

/** The action/resource match check. */
export const MATCH_CHECKS: CheckMeta[] = [
  ownCheck(
    'RESOURCE_MISMATCH',
    'WARNING',
    'Action and resource do not match',
    'Each action works on particular resource types (an object, a bucket, a role...), or only on "*". When none of the listed resources is of a type the action uses, the statement never applies to that action: a classic cause of "access denied" (for example s3:ListBucket needs the bucket ARN, s3:GetObject the object ARN bucket/*).',
    DOCS.serviceAuth,
  ),
];

/**
 * Template variables whose values never contain a slash: a bucket name, a function name...
 * (a strict reading, so that bucket/* is not taken for a bucket).
 */
const NO_SLASH = new Set([
  'BucketName',
  'FunctionName',
  'QueueName',
  'TopicName',
  'TableName',
  'KeyId',
  'InstanceId',
  'VolumeId',
  'SnapshotId',
  'ImageId',
  'VpcId',
  'SubnetId',
  'SecurityGroupId',
  'StateMachineName',
  'Account',
  'Region',
  'Partition',
]);

const noSlash = (name: string): boolean => NO_SLASH.has(name);

function fits(action: ActionInfo, resources: string[]): boolean {
  if (action.resourceTypes.length === 0) return false; // only "*" works, and "*" is not listed
  return action.resourceTypes.some((rt) =>
    resources.some((r) => arnIntersects(r, rt.type.arn, noSlash)),
  );
}

function describeTypes(action: ActionInfo): string {
  if (action.resourceTypes.length === 0) return 'it only works with "Resource": "*"';
  return `it works on ${action.resourceTypes
    .slice(0, 3)
    .map((rt) => `${rt.type.name} (${rt.type.arn})`)
    .join(', ')}${action.resourceTypes.length > 3 ? ', …' : ''}`;
}

/** Reports actions that none of their statement's resources fit. */
export function checkResourceMatch(ctx: LintContext): void {
  const catalog = ctx.catalog;
  if (!catalog) return;
  for (const st of ctx.policy?.statements ?? []) checkStatement(ctx, st);
}

function checkStatement(ctx: LintContext, st: StatementView): void {
  const catalog = ctx.catalog;
  if (!catalog || !st.action || !st.resource) return;
  const values = st.resource.items.map((i) => i.value);
  if (values.length === 0 || values.length > 100 || st.action.items.length > PAIRWISE_LIMIT) return;
  if (values.some((v) => v === '*' || !v.startsWith('arn:'))) return;
  if (st.resource.items.some((i) => ctx.flagged.has(i.node))) return;
  const resources = values;
  for (const item of st.action.items) {
    if (item.value === '*' || item.value.includes('${')) continue;
    const actions = catalog.expand(item.value);
    if (!actions || actions.length === 0) continue;
    const misfits = actions.filter((a) => !fits(a, resources));
    const wildcard = item.value.includes('*') || item.value.includes('?');
    if (wildcard ? misfits.length < actions.length : misfits.length === 0) continue;
    const first = misfits[0];
    if (!first) continue;
    const message = wildcard
      ? `None of the ${actions.length} actions "${item.value}" matches can use the resources listed in this statement`
      : `${first.fullName} never applies to the resources listed here: ${describeTypes(first)}`;
    ctx.report('RESOURCE_MISMATCH', valueOf(item.node), message);
  }
}
