/**
 * IAM and Organizations quotas the sandbox enforces, with the messages AWS returns.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
 */
export const quotas = {
  accessKeysPerUser: 2,
  groupsPerUser: 10,
  managedPoliciesPerUser: 10,
  managedPoliciesPerRole: 10,
  managedPoliciesPerGroup: 10,
  managedPolicySize: 6144,
  userInlineSize: 2048,
  groupInlineSize: 5120,
  roleInlineSize: 10_240,
  trustPolicySize: 2048,
  policyVersions: 5,
  scpSize: 5120,
  tagsPerEntity: 50,
} as const;

/** IAM counts a policy's characters without white space (outside strings). */
export function iamPolicySize(text: string): number {
  try {
    return JSON.stringify(JSON.parse(text)).length;
  } catch {
    return text.replace(/\s+/g, '').length;
  }
}

export const quotaMessages = {
  accessKeys: () =>
    `LimitExceeded: Cannot exceed quota for AccessKeysPerUser: ${quotas.accessKeysPerUser}`,
  groups: () => `LimitExceeded: Cannot exceed quota for GroupsPerUser: ${quotas.groupsPerUser}`,
  managed: (owner: 'user' | 'group' | 'role') =>
    `LimitExceeded: Cannot exceed quota for PoliciesPer${owner[0]?.toUpperCase()}${owner.slice(1)}: ${quotas.managedPoliciesPerUser}`,
  managedSize: () =>
    `LimitExceeded: Cannot exceed quota for PolicySize: ${quotas.managedPolicySize}`,
  inlineSize: (owner: 'user' | 'group' | 'role', name: string) =>
    `LimitExceeded: Maximum policy size of ${inlineLimit(owner)} bytes exceeded for ${owner} ${name}`,
  trustSize: () =>
    `LimitExceeded: Cannot exceed quota for ACLSizePerRole: ${quotas.trustPolicySize}`,
  versions: () =>
    `LimitExceeded: A managed policy can have up to ${quotas.policyVersions} versions. Before you create a new version, you must delete an existing version.`,
  scpSize: () =>
    `ConstraintViolationException: The policy exceeds the maximum size of ${quotas.scpSize} characters for its type (POLICY_CONTENT_LIMIT_EXCEEDED).`,
  tags: (owner: string) =>
    `LimitExceeded: Cannot exceed quota for TagsPer${owner}: ${quotas.tagsPerEntity}`,
};

export function inlineLimit(owner: 'user' | 'group' | 'role'): number {
  return owner === 'user'
    ? quotas.userInlineSize
    : owner === 'group'
      ? quotas.groupInlineSize
      : quotas.roleInlineSize;
}
