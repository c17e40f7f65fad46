/**
 * IAM Identity Center in the sandbox: a permission set assigned to a user or group for an
 * account materialises in that account as a role named AWSReservedSSO_<set>_<hex>, which the
 * signed-in user assumes through SAML, as Identity Center really does.
 */
import { fakeId } from './arns.ts';
import type { Organization, PermissionSet, Role } from './schema';

/** The path Identity Center gives the roles it creates. */
export const ssoRolePath = '/aws-reserved/sso.amazonaws.com/';

/** The name of the role a permission set becomes in an account. */
export function ssoRoleName(permissionSet: string, account: string): string {
  return `AWSReservedSSO_${permissionSet}_${fakeId(`sso:${account}:${permissionSet}`, 16, '0123456789abcdef')}`;
}

/** The SAML provider Identity Center registers in each account it manages. */
export function ssoSamlProvider(org: Organization, account: string): string {
  return `arn:aws:iam::${account}:saml-provider/AWSSSO_${fakeId(`saml:${org.orgId}`, 16, '0123456789abcdef')}_DO_NOT_DELETE`;
}

/** Groups of an Identity Center user. */
export function ssoUserGroups(org: Organization, userName: string): string[] {
  return org.identityCenter.users.find((u) => u.userName === userName)?.groups ?? [];
}

/** Permission sets assigned in an account: to anyone, or to one user (directly or via a group). */
export function assignedPermissionSets(
  org: Organization,
  account: string,
  userName?: string,
): string[] {
  const groups = userName === undefined ? [] : ssoUserGroups(org, userName);
  const names = org.identityCenter.assignments
    .filter((a) => a.accountId === account)
    .filter(
      (a) =>
        userName === undefined ||
        (a.principalType === 'user'
          ? a.principalName === userName
          : groups.includes(a.principalName)),
    )
    .map((a) => a.permissionSet);
  return [...new Set(names)];
}

/** The role a permission set materialises as, or undefined when the set does not exist. */
export function ssoRole(org: Organization, account: string, setName: string): Role | undefined {
  const set: PermissionSet | undefined = org.identityCenter.permissionSets.find(
    (p) => p.name === setName,
  );
  if (!set) return undefined;
  return {
    name: ssoRoleName(set.name, account),
    path: ssoRolePath,
    description: `Created by IAM Identity Center for permission set ${set.name}. Do not edit: Identity Center overwrites it.`,
    trustPolicy: JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: ssoSamlProvider(org, account) },
            Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
            Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
          },
        ],
      },
      null,
      2,
    ),
    managedPolicies: [...set.managedPolicies],
    inlinePolicies: set.inlinePolicy
      ? [{ name: 'AwsSSOInlinePolicy', document: set.inlinePolicy }]
      : [],
    boundary: null,
    maxSessionDuration: set.sessionDuration,
    tags: [],
    serviceLinked: false,
  };
}

/** Every role Identity Center has created in an account (one per assigned permission set). */
export function ssoRoles(org: Organization, account: string): Role[] {
  return assignedPermissionSets(org, account)
    .map((name) => ssoRole(org, account, name))
    .filter((r): r is Role => r !== undefined);
}
