/** Topic tags shared by lessons and questions (content/FORMAT.md lists what each covers). */
export const topics = [
  'root-user',
  'iam-users',
  'credentials',
  'groups',
  'roles',
  'temporary-credentials',
  'federation',
  'identity-center',
  'policy-types',
  'policy-grammar',
  'conditions',
  'policy-variables',
  'abac',
  'evaluation-logic',
  'cross-account',
  'permissions-boundaries',
  'session-policies',
  'organizations',
  'resource-policies',
  'access-analysis',
  'quotas',
  'best-practices',
] as const;
export type Topic = (typeof topics)[number];

export const topicLabels: Record<Topic, string> = {
  'root-user': 'Root user',
  'iam-users': 'IAM users',
  credentials: 'Credentials and MFA',
  groups: 'Groups',
  roles: 'Roles',
  'temporary-credentials': 'Temporary credentials (STS)',
  federation: 'Federation',
  'identity-center': 'IAM Identity Center',
  'policy-types': 'Policy types',
  'policy-grammar': 'Policy grammar',
  conditions: 'Conditions',
  'policy-variables': 'Policy variables',
  abac: 'ABAC with tags',
  'evaluation-logic': 'Evaluation logic',
  'cross-account': 'Cross-account access',
  'permissions-boundaries': 'Permissions boundaries',
  'session-policies': 'Session policies',
  organizations: 'Organizations: SCPs and RCPs',
  'resource-policies': 'Resource-based policies',
  'access-analysis': 'Access analysis tools',
  quotas: 'Quotas and limits',
  'best-practices': 'Best practices',
};

export const examIds = ['saa-c03', 'scs-c03', 'dva-c02', 'soa-c03'] as const;
export type ExamId = (typeof examIds)[number];

/** `exam:domain`, e.g. `saa-c03:1` or `soa-c03:security`. */
export const examDomainPattern = new RegExp(`^(${examIds.join('|')}):[a-z0-9-]+$`);

/** AWS documentation hosts a reference may point to. */
export const awsDocHosts = ['docs.aws.amazon.com', 'aws.amazon.com', 'repost.aws'] as const;

export function isAwsDocUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && awsDocHosts.some((h) => u.hostname === h);
  } catch {
    return false;
  }
}
