/** Where a policy document lives in a sandbox: read it, replace it, name it in words. */
import { awsManagedPolicy } from './awsManaged.ts';
import type { Account, Organization, Role } from './schema';
import { ssoRoles } from './identityCenter.ts';

/** A policy document's place in the sandbox. */
export type PolicyLocation =
  | { kind: 'managed'; account: string; policy: string; version?: string }
  | { kind: 'awsManaged'; arn: string }
  | {
      kind: 'inline';
      account: string;
      ownerType: 'user' | 'group' | 'role';
      owner: string;
      policy: string;
    }
  | { kind: 'trust'; account: string; role: string }
  | { kind: 'resource'; account: string; resource: string }
  | { kind: 'org'; id: string }
  | { kind: 'permissionSet'; name: string }
  | { kind: 'session' };

export function findAccount(org: Organization, id: string): Account | undefined {
  return org.accounts.find((a) => a.id === id);
}

/** A role of an account, including the roles Identity Center created there. */
export function findRole(org: Organization, account: string, name: string): Role | undefined {
  const a = findAccount(org, account);
  return (
    a?.roles.find((r) => r.name === name) ??
    (a ? ssoRoles(org, account).find((r) => r.name === name) : undefined)
  );
}

/** Root, OUs and the account itself, from the root down: the levels SCPs and RCPs attach to. */
export function levelsOf(org: Organization, account: string): { id: string; name: string }[] {
  const a = findAccount(org, account);
  if (!a) return [];
  const chain: { id: string; name: string }[] = [{ id: a.id, name: `account ${a.name}` }];
  let parent = a.parentId;
  for (let guard = 0; guard < 60 && parent !== org.rootId; guard += 1) {
    const ou = org.ous.find((o) => o.id === parent);
    if (!ou) break;
    chain.unshift({ id: ou.id, name: `OU ${ou.name}` });
    parent = ou.parentId;
  }
  chain.unshift({ id: org.rootId, name: 'the organization root' });
  return chain;
}

/** The document text at a location, or undefined when nothing is there. */
export function getDocument(
  org: Organization,
  loc: PolicyLocation,
  sessionPolicy?: string,
): string | undefined {
  switch (loc.kind) {
    case 'awsManaged':
      return awsManagedPolicy(loc.arn)?.document;
    case 'managed': {
      const p = findAccount(org, loc.account)?.policies.find((x) => x.name === loc.policy);
      return p?.versions.find((v) => v.id === (loc.version ?? p.defaultVersion))?.document;
    }
    case 'inline': {
      const a = findAccount(org, loc.account);
      const owners =
        loc.ownerType === 'user' ? a?.users : loc.ownerType === 'group' ? a?.groups : a?.roles;
      return owners
        ?.find((o) => o.name === loc.owner)
        ?.inlinePolicies.find((p) => p.name === loc.policy)?.document;
    }
    case 'trust':
      return findRole(org, loc.account, loc.role)?.trustPolicy;
    case 'resource':
      return (
        findAccount(org, loc.account)?.resources.find((r) => r.name === loc.resource)?.policy ??
        undefined
      );
    case 'org':
      return org.orgPolicies.find((p) => p.id === loc.id)?.document;
    case 'permissionSet':
      return (
        org.identityCenter.permissionSets.find((p) => p.name === loc.name)?.inlinePolicy ??
        undefined
      );
    case 'session':
      return sessionPolicy;
  }
}

/** A copy of the sandbox with the document at `loc` replaced (or created where that makes sense). */
export function setDocument(org: Organization, loc: PolicyLocation, text: string): Organization {
  const next: Organization = structuredClone(org);
  const a = 'account' in loc ? findAccount(next, loc.account) : undefined;
  switch (loc.kind) {
    case 'managed': {
      const p = a?.policies.find((x) => x.name === loc.policy);
      const v = p?.versions.find((x) => x.id === (loc.version ?? p.defaultVersion));
      if (v) v.document = text;
      else if (a && !p)
        a.policies.push({
          name: loc.policy,
          description: '',
          versions: [{ id: 'v1', document: text }],
          defaultVersion: 'v1',
        });
      break;
    }
    case 'inline': {
      const owners =
        loc.ownerType === 'user' ? a?.users : loc.ownerType === 'group' ? a?.groups : a?.roles;
      const owner = owners?.find((o) => o.name === loc.owner);
      const p = owner?.inlinePolicies.find((x) => x.name === loc.policy);
      if (p) p.document = text;
      else owner?.inlinePolicies.push({ name: loc.policy, document: text });
      break;
    }
    case 'trust': {
      const r = a?.roles.find((x) => x.name === loc.role);
      if (r) r.trustPolicy = text;
      break;
    }
    case 'resource': {
      const r = a?.resources.find((x) => x.name === loc.resource);
      if (r) r.policy = text;
      break;
    }
    case 'org': {
      const p = next.orgPolicies.find((x) => x.id === loc.id);
      if (p) p.document = text;
      break;
    }
    case 'permissionSet': {
      const p = next.identityCenter.permissionSets.find((x) => x.name === loc.name);
      if (p) p.inlinePolicy = text;
      break;
    }
    case 'awsManaged':
    case 'session':
      break;
  }
  return next;
}

/** The location in words: "inline policy “Reports” of user alice (account Dev)". */
export function describeLocation(org: Organization, loc: PolicyLocation): string {
  const acct = (id: string) => findAccount(org, id)?.name ?? id;
  switch (loc.kind) {
    case 'awsManaged':
      return `AWS managed policy ${awsManagedPolicy(loc.arn)?.name ?? loc.arn} (simplified copy)`;
    case 'managed':
      return `customer managed policy “${loc.policy}”${loc.version ? ` ${loc.version}` : ''} (account ${acct(loc.account)})`;
    case 'inline':
      return `inline policy “${loc.policy}” of ${loc.ownerType} ${loc.owner} (account ${acct(loc.account)})`;
    case 'trust':
      return `trust policy of role ${loc.role} (account ${acct(loc.account)})`;
    case 'resource': {
      const r = findAccount(org, loc.account)?.resources.find((x) => x.name === loc.resource);
      return `${r ? resourceTypeLabels[r.type] : 'resource'} policy of ${loc.resource} (account ${acct(loc.account)})`;
    }
    case 'org': {
      const p = org.orgPolicies.find((x) => x.id === loc.id);
      return p ? `${p.kind.toUpperCase()} “${p.name}”` : `organization policy ${loc.id}`;
    }
    case 'permissionSet':
      return `inline policy of permission set ${loc.name}`;
    case 'session':
      return 'the session policy';
  }
}

export const resourceTypeLabels = {
  s3: 'S3 bucket',
  kms: 'KMS key',
  sqs: 'SQS queue',
  sns: 'SNS topic',
  secretsmanager: 'Secrets Manager secret',
  lambda: 'Lambda function',
} as const;
