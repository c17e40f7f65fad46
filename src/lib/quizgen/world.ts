/**
 * The small, fixed AWS world generated questions are set in: two accounts, a user and a role
 * session, five services with a few actions and resources each, and the condition keys the
 * request carries. Generators draw from it with a seeded Rng, so a seed always gives the same
 * scenario.
 */
import type { PolicyType, Request } from '../../engine/index';
import type { Rng } from './rng';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';

export interface ServiceDef {
  prefix: string;
  actions: string[];
  /** resource ARNs in ACCOUNT that every action of the service can act on */
  resources: string[];
  /** the name of its resource-based policy, or null when it has none */
  resourcePolicy: string | null;
  /** whether RCPs can restrict it */
  rcp: boolean;
}

export const services: readonly ServiceDef[] = [
  {
    prefix: 's3',
    actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:GetObjectTagging'],
    resources: [
      'arn:aws:s3:::finance-reports/2024/q1.csv',
      'arn:aws:s3:::app-logs/web/2024-06-01.log',
    ],
    resourcePolicy: 'bucket policy',
    rcp: true,
  },
  {
    prefix: 'dynamodb',
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:Query'],
    resources: [
      `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`,
      `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Customers`,
    ],
    resourcePolicy: null,
    rcp: false,
  },
  {
    prefix: 'sqs',
    actions: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:PurgeQueue'],
    resources: [
      `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-queue`,
      `arn:aws:sqs:us-east-1:${ACCOUNT}:billing-events`,
    ],
    resourcePolicy: 'queue policy',
    rcp: true,
  },
  {
    prefix: 'secretsmanager',
    actions: [
      'secretsmanager:GetSecretValue',
      'secretsmanager:PutSecretValue',
      'secretsmanager:DeleteSecret',
      'secretsmanager:DescribeSecret',
    ],
    resources: [`arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:prod/db-password-AbC123`],
    resourcePolicy: 'secret resource policy',
    rcp: true,
  },
  {
    prefix: 'ec2',
    actions: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:TerminateInstances'],
    resources: [`arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`],
    resourcePolicy: null,
    rcp: false,
  },
];

export interface Caller {
  /** how the stem names the caller */
  description: string;
  /** how policy labels name the identity the policies are attached to */
  holder: string;
  principal: string;
  sessionIssuer?: string;
  account: string;
  /** the ARN a resource policy names to grant this caller */
  grantArn: string;
  isSession: boolean;
}

export const callers: readonly Caller[] = [
  {
    description: 'The IAM user ana',
    holder: 'the IAM user ana',
    principal: `arn:aws:iam::${ACCOUNT}:user/ana`,
    account: ACCOUNT,
    grantArn: `arn:aws:iam::${ACCOUNT}:user/ana`,
    isSession: false,
  },
  {
    description: 'A session of the role AppRole (assumed by a build job)',
    holder: 'the role AppRole',
    principal: `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/build-42`,
    sessionIssuer: `arn:aws:iam::${ACCOUNT}:role/AppRole`,
    account: ACCOUNT,
    grantArn: `arn:aws:iam::${ACCOUNT}:role/AppRole`,
    isSession: true,
  },
  {
    description: `A session of the role Partner in the other account ${OTHER_ACCOUNT}`,
    holder: `the role Partner (account ${OTHER_ACCOUNT})`,
    principal: `arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/Partner/sync`,
    sessionIssuer: `arn:aws:iam::${OTHER_ACCOUNT}:role/Partner`,
    account: OTHER_ACCOUNT,
    grantArn: `arn:aws:iam::${OTHER_ACCOUNT}:role/Partner`,
    isSession: true,
  },
];

export const regions = ['us-east-1', 'eu-west-1'] as const;
export const teams = ['finance', 'marketing'] as const;

/** The request context every generated request carries. */
export function requestContext(rng: Rng): Record<string, string> {
  return {
    'aws:RequestedRegion': rng.pick(regions),
    'aws:MultiFactorAuthPresent': rng.chance(0.5) ? 'true' : 'false',
    'aws:PrincipalTag/team': rng.pick(teams),
  };
}

/** A request by `caller` for `action` on `resource` (resources are all in ACCOUNT). */
export function makeRequest(
  caller: Caller,
  action: string,
  resource: string,
  context: Record<string, string>,
): Request {
  return {
    principal: caller.principal,
    action,
    resource,
    resourceAccount: ACCOUNT,
    ...(caller.sessionIssuer ? { sessionIssuer: caller.sessionIssuer } : {}),
    context,
  };
}

export function serviceOf(action: string): ServiceDef {
  const prefix = action.split(':')[0];
  const found = services.find((s) => s.prefix === prefix);
  if (!found) throw new Error(`unknown service in ${action}`);
  return found;
}

/** `s3:GetObject` → `s3:Get*`. */
export function verbPattern(action: string): string {
  const [prefix, name = ''] = action.split(':');
  const verb = /^[A-Z][a-z]+/.exec(name)?.[0] ?? name;
  return `${prefix}:${verb}*`;
}

/** The resource with its last path part (or its name's tail) replaced by `*`. */
export function resourceWildcard(resource: string): string {
  const parts = resource.split(':');
  const head = parts.slice(0, 5).join(':');
  const tail = parts.slice(5).join(':');
  const slash = tail.lastIndexOf('/');
  const cut = slash >= 0 ? tail.slice(0, slash + 1) : tail.slice(0, Math.min(4, tail.length));
  return `${head}:${cut}*`;
}

/** Human names of the policy types, as the options and explanations use them. */
export const typeNames: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  pb: 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy (SCP)',
  rcp: 'resource control policy (RCP)',
  endpoint: 'VPC endpoint policy',
};

export const docUrls = {
  evaluation:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
  denyAllow:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
  crossAccount:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
  boundaries: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
  policyTypes: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html',
  identityVsResource:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html',
  scps: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
  rcps: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html',
  resourceElement:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
  arns: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
  conditions:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html',
  sid: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html',
} as const;
