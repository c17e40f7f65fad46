/**
 * Changes to a sandbox that AWS guards with quotas or rules. Each returns a new sandbox or the
 * error AWS would give; the input is never modified.
 */
import { fakeAccessKey } from './arns.ts';
import { findAccount } from './locations.ts';
import { managedLocation } from './resolve.ts';
import { iamPolicySize, inlineLimit, quotaMessages, quotas } from './quotas.ts';
import type { Account, Organization } from './schema';

export type OpResult = { ok: true; org: Organization } | { ok: false; error: string };

type OwnerType = 'user' | 'group' | 'role';

function edit(
  org: Organization,
  account: string,
  change: (a: Account, next: Organization) => string | null,
): OpResult {
  const next = structuredClone(org);
  const a = findAccount(next, account);
  if (!a)
    return { ok: false, error: `NoSuchEntity: There is no account ${account} in this sandbox.` };
  const error = change(a, next);
  return error ? { ok: false, error } : { ok: true, org: next };
}

function owner(a: Account, type: OwnerType, name: string) {
  return (type === 'user' ? a.users : type === 'group' ? a.groups : a.roles).find(
    (o) => o.name === name,
  );
}

const noSuch = (type: string, name: string) =>
  `NoSuchEntity: The ${type} with name ${name} cannot be found.`;

/** AddUserToGroup: a user can be in at most 10 groups. */
export function addUserToGroup(
  org: Organization,
  account: string,
  user: string,
  group: string,
): OpResult {
  return edit(org, account, (a) => {
    const u = a.users.find((x) => x.name === user);
    if (!u) return noSuch('user', user);
    if (!a.groups.some((g) => g.name === group)) return noSuch('group', group);
    if (u.groups.includes(group)) return null;
    if (u.groups.length >= quotas.groupsPerUser) return quotaMessages.groups();
    u.groups.push(group);
    return null;
  });
}

/** CreateAccessKey: at most two per user. Returns the fake secret, shown once. */
export function createAccessKey(
  org: Organization,
  account: string,
  user: string,
  seed: string,
): OpResult & { secret?: string } {
  let secret = '';
  const result = edit(org, account, (a) => {
    const u = a.users.find((x) => x.name === user);
    if (!u) return noSuch('user', user);
    if (u.accessKeys.length >= quotas.accessKeysPerUser) return quotaMessages.accessKeys();
    const key = fakeAccessKey(`${account}:${user}:${seed}`);
    secret = key.secret;
    u.accessKeys.push({ id: key.id, status: 'Active' });
    return null;
  });
  return result.ok ? { ...result, secret } : result;
}

/** AttachUserPolicy / AttachGroupPolicy / AttachRolePolicy: at most 10 managed policies. */
export function attachManagedPolicy(
  org: Organization,
  account: string,
  type: OwnerType,
  name: string,
  ref: string,
): OpResult {
  return edit(org, account, (a, next) => {
    const o = owner(a, type, name);
    if (!o) return noSuch(type, name);
    if (!managedLocation(next, account, ref))
      return `NoSuchEntity: Policy ${ref} does not exist or is not attachable.`;
    if (o.managedPolicies.includes(ref)) return null;
    if (o.managedPolicies.length >= quotas.managedPoliciesPerUser)
      return quotaMessages.managed(type);
    o.managedPolicies.push(ref);
    return null;
  });
}

/** PutUserPolicy / PutGroupPolicy / PutRolePolicy: the inline policies together stay under the size quota. */
export function putInlinePolicy(
  org: Organization,
  account: string,
  type: OwnerType,
  name: string,
  policy: string,
  text: string,
): OpResult {
  return edit(org, account, (a) => {
    const o = owner(a, type, name);
    if (!o) return noSuch(type, name);
    const others = o.inlinePolicies.filter((p) => p.name !== policy);
    const total = others.reduce((n, p) => n + iamPolicySize(p.document), 0) + iamPolicySize(text);
    if (total > inlineLimit(type)) return quotaMessages.inlineSize(type, name);
    const existing = o.inlinePolicies.find((p) => p.name === policy);
    if (existing) existing.document = text;
    else o.inlinePolicies.push({ name: policy, document: text });
    return null;
  });
}

/** UpdateAssumeRolePolicy: the trust policy stays under 2,048 characters. */
export function setTrustPolicy(
  org: Organization,
  account: string,
  role: string,
  text: string,
): OpResult {
  return edit(org, account, (a) => {
    const r = a.roles.find((x) => x.name === role);
    if (!r) return noSuch('role', role);
    if (iamPolicySize(text) > quotas.trustPolicySize) return quotaMessages.trustSize();
    r.trustPolicy = text;
    return null;
  });
}

/** CreatePolicy: a new customer managed policy (6,144 characters at most). */
export function createManagedPolicy(
  org: Organization,
  account: string,
  name: string,
  text: string,
): OpResult {
  return edit(org, account, (a) => {
    if (a.policies.some((p) => p.name.toLowerCase() === name.toLowerCase()))
      return `EntityAlreadyExists: A policy called ${name} already exists. Duplicate names are not allowed.`;
    if (iamPolicySize(text) > quotas.managedPolicySize) return quotaMessages.managedSize();
    a.policies.push({
      name,
      description: '',
      versions: [{ id: 'v1', document: text }],
      defaultVersion: 'v1',
    });
    return null;
  });
}

/** CreatePolicyVersion: at most five versions; optionally the new default. */
export function createPolicyVersion(
  org: Organization,
  account: string,
  policy: string,
  text: string,
  setAsDefault: boolean,
): OpResult {
  return edit(org, account, (a) => {
    const p = a.policies.find((x) => x.name === policy);
    if (!p) return noSuch('policy', policy);
    if (p.versions.length >= quotas.policyVersions) return quotaMessages.versions();
    if (iamPolicySize(text) > quotas.managedPolicySize) return quotaMessages.managedSize();
    const id = `v${Math.max(...p.versions.map((v) => Number(v.id.slice(1)))) + 1}`;
    p.versions.push({ id, document: text });
    if (setAsDefault) p.defaultVersion = id;
    return null;
  });
}

/** Edits a version's text in place (the sandbox lets a learner fix a draft; size still applies). */
export function updatePolicyVersion(
  org: Organization,
  account: string,
  policy: string,
  version: string,
  text: string,
): OpResult {
  return edit(org, account, (a) => {
    const v = a.policies.find((x) => x.name === policy)?.versions.find((x) => x.id === version);
    if (!v) return noSuch('policy version', `${policy} ${version}`);
    if (iamPolicySize(text) > quotas.managedPolicySize) return quotaMessages.managedSize();
    v.document = text;
    return null;
  });
}

/** DeletePolicyVersion: the default version cannot be deleted. */
export function deletePolicyVersion(
  org: Organization,
  account: string,
  policy: string,
  version: string,
): OpResult {
  return edit(org, account, (a) => {
    const p = a.policies.find((x) => x.name === policy);
    if (!p) return noSuch('policy', policy);
    if (p.defaultVersion === version)
      return 'DeleteConflict: Cannot delete the default version of a policy.';
    p.versions = p.versions.filter((v) => v.id !== version);
    return null;
  });
}

/** Sets an organization policy's text: SCPs and RCPs are at most 5,120 characters, white space included. */
export function setOrgPolicyDocument(org: Organization, id: string, text: string): OpResult {
  const next = structuredClone(org);
  const p = next.orgPolicies.find((x) => x.id === id);
  if (!p) return { ok: false, error: `PolicyNotFoundException: ${id}` };
  if (p.awsManaged) return { ok: false, error: 'AWS managed policies cannot be edited.' };
  if (text.length > quotas.scpSize) return { ok: false, error: quotaMessages.scpSize() };
  p.document = text;
  return { ok: true, org: next };
}

/** Adds a tag (at most 50 per user or role). */
export function addTag(
  org: Organization,
  account: string,
  type: 'user' | 'role',
  name: string,
  key: string,
  value: string,
): OpResult {
  return edit(org, account, (a) => {
    const o =
      type === 'user' ? a.users.find((x) => x.name === name) : a.roles.find((x) => x.name === name);
    if (!o) return noSuch(type, name);
    const existing = o.tags.find((t) => t.key === key);
    if (existing) existing.value = value;
    else if (o.tags.length >= quotas.tagsPerEntity)
      return quotaMessages.tags(type === 'user' ? 'User' : 'Role');
    else o.tags.push({ key, value });
    return null;
  });
}

/** Creates a user, group or role with a name unique in the account (case-insensitive, as IAM). */
export function nameTaken(
  org: Organization,
  account: string,
  type: OwnerType,
  name: string,
): string | null {
  const a = findAccount(org, account);
  const list = a ? (type === 'user' ? a.users : type === 'group' ? a.groups : a.roles) : [];
  return list.some((o) => o.name.toLowerCase() === name.toLowerCase())
    ? `EntityAlreadyExists: ${type[0]?.toUpperCase()}${type.slice(1)} with name ${name} already exists.`
    : null;
}
