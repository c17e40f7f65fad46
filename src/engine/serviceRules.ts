/**
 * Rules some AWS services apply whatever the policies say. Each returns a reason when it
 * decides the request, or null when policies decide as usual.
 */
import type { RequestState } from './evaluate';

/** A service rule's verdict: allow regardless of policies, or deny regardless of allows. */
export interface ServiceVerdict {
  effect: 'allow' | 'implicitDeny';
  reason: string;
}

// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html
// AWS managed policies belong to AWS: customers cannot create, change, tag or delete them.
const MANAGED_POLICY_WRITES = new Set([
  'iam:createpolicy',
  'iam:createpolicyversion',
  'iam:deletepolicy',
  'iam:deletepolicyversion',
  'iam:setdefaultpolicyversion',
  'iam:tagpolicy',
  'iam:untagpolicy',
]);

// https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html
// Roles that IAM Identity Center creates (path /aws-reserved/sso.amazonaws.com/) can only be
// changed by Identity Center itself.
const RESERVED_ROLE_WRITES = new Set([
  'iam:attachrolepolicy',
  'iam:createrole',
  'iam:createservicelinkedrole',
  'iam:deleterole',
  'iam:deleterolepermissionsboundary',
  'iam:deleterolepolicy',
  'iam:deleteservicelinkedrole',
  'iam:detachrolepolicy',
  'iam:passrole',
  'iam:putrolepermissionsboundary',
  'iam:putrolepolicy',
  'iam:tagrole',
  'iam:untagrole',
  'iam:updateassumerolepolicy',
  'iam:updaterole',
  'iam:updateroledescription',
]);

// https://docs.aws.amazon.com/kms/latest/developerguide/alias-access.html
// Aliases beginning with alias/aws/ are reserved for AWS managed keys.
const ALIAS_WRITES = new Set(['kms:createalias', 'kms:deletealias', 'kms:updatealias']);

/** The service rule that decides this request, if any. */
export function serviceRule(req: RequestState): ServiceVerdict | null {
  const action = req.actionLower;
  const resource = req.arn?.[5] ?? '';
  if (action === 'sts:getcalleridentity') {
    return {
      effect: 'allow',
      reason:
        'sts:GetCallerIdentity needs no permission and works even when a policy denies it ' +
        '(https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html)',
    };
  }
  if (
    MANAGED_POLICY_WRITES.has(action) &&
    req.arn?.[4] === 'aws' &&
    resource.startsWith('policy/')
  ) {
    return {
      effect: 'implicitDeny',
      reason:
        'AWS managed policies (arn:aws:iam::aws:policy/...) cannot be created, changed, tagged or deleted by customers',
    };
  }
  if (RESERVED_ROLE_WRITES.has(action) && resource.startsWith('role/aws-reserved/')) {
    return {
      effect: 'implicitDeny',
      reason:
        'Roles under /aws-reserved/ are managed by IAM Identity Center and cannot be changed in IAM',
    };
  }
  if (ALIAS_WRITES.has(action) && resource.startsWith('alias/aws/')) {
    return {
      effect: 'implicitDeny',
      reason: 'Aliases beginning with alias/aws/ are reserved for AWS managed keys',
    };
  }
  if (action === 'sts:assumerole' && req.principal.kind === 'root') {
    return {
      effect: 'implicitDeny',
      reason:
        'The root user cannot assume roles: AssumeRole needs IAM user or role credentials ' +
        '(https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html)',
    };
  }
  return null;
}
