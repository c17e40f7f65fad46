/**
 * Request context in the sandbox: the keys AWS derives from the principal and the resource
 * (aws:PrincipalArn, aws:PrincipalTag/…, aws:ResourceTag/…, aws:RequestedRegion…), sensible
 * defaults for the keys a learner sets (source IP, MFA, secure transport, time), and the keys
 * that the policies in play test.
 */
import type { ContextValue } from '../../engine/index';
import { arnRegion, findResource, roleArn, rootArn, uniqueId, userArn } from './arns.ts';
import { findAccount, findRole, levelsOf } from './locations.ts';
import { principalAccount, type PrincipalSpec } from './principals.ts';
import { ssoRoleName, ssoRolePath } from './identityCenter.ts';
import type { Organization, Tag } from './schema';

/** The keys a learner sets, with their defaults. */
export const defaultContext: Record<string, ContextValue> = {
  'aws:SourceIp': '203.0.113.10',
  'aws:SecureTransport': 'true',
  'aws:ViaAWSService': 'false',
};

/** Values for aws:CurrentTime and aws:EpochTime at `now` (ms). */
export function timeContext(now: number): Record<string, string> {
  const date = new Date(now);
  return {
    'aws:CurrentTime': date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'aws:EpochTime': String(Math.floor(now / 1000)),
  };
}

const orgPaths = (org: Organization, account: string) =>
  `${org.orgId}/${levelsOf(org, account)
    .slice(0, -1)
    .map((l) => l.id)
    .join('/')}/`;

const tagKeys = (prefix: string, tags: Tag[]) =>
  Object.fromEntries(tags.map((t) => [`${prefix}${t.key}`, t.value]));

/** The keys AWS derives from the principal, as strings. */
export function principalContext(
  org: Organization,
  p: PrincipalSpec,
): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  const account = principalAccount(p);
  const inOrg = findAccount(org, account) !== undefined;
  if (p.type === 'service') {
    out['aws:PrincipalIsAWSService'] = 'true';
    out['aws:PrincipalServiceName'] = p.service;
    return out;
  }
  if (p.type === 'anonymous') return { 'aws:PrincipalType': 'Anonymous' };
  out['aws:PrincipalIsAWSService'] = 'false';
  if (account) out['aws:PrincipalAccount'] = account;
  if (inOrg) {
    out['aws:PrincipalOrgID'] = org.orgId;
    out['aws:PrincipalOrgPaths'] = [orgPaths(org, account)];
  }
  if (p.type === 'user') {
    const u = findAccount(org, p.account)?.users.find((x) => x.name === p.name);
    const arn = userArn(p.account, p.name, u?.path);
    Object.assign(out, {
      'aws:PrincipalArn': arn,
      'aws:PrincipalType': 'User',
      'aws:username': p.name,
      'aws:userid': uniqueId('AIDA', arn),
      ...tagKeys('aws:PrincipalTag/', u?.tags ?? []),
    });
  } else if (p.type === 'session' || p.type === 'sso') {
    const roleName = p.type === 'session' ? p.role : ssoRoleName(p.permissionSet, p.account);
    const role = findRole(org, p.account, roleName);
    const arn = roleArn(p.account, roleName, p.type === 'sso' ? ssoRolePath : role?.path);
    const session = p.type === 'session' ? p.sessionName : p.user;
    const tags =
      p.type === 'session' ? [...(role?.tags ?? []), ...p.sessionTags] : (role?.tags ?? []);
    Object.assign(out, {
      'aws:PrincipalArn': arn,
      'aws:PrincipalType': 'AssumedRole',
      'aws:userid': `${uniqueId('AROA', arn)}:${session}`,
      ...tagKeys('aws:PrincipalTag/', tags),
    });
    if (p.type === 'session' && p.mfa) out['aws:MultiFactorAuthPresent'] = 'true';
    else if (p.type === 'session') out['aws:MultiFactorAuthPresent'] = 'false';
    if (p.type === 'session' && p.mfa) out['aws:MultiFactorAuthAge'] = '300';
    if (p.type === 'sso') out['aws:MultiFactorAuthPresent'] = 'true';
  } else if (p.type === 'root') {
    Object.assign(out, {
      'aws:PrincipalArn': rootArn(p.account),
      'aws:PrincipalType': 'Account',
      'aws:userid': p.account,
    });
  } else if (p.type === 'external') {
    out['aws:PrincipalArn'] = p.arn;
  }
  return out;
}

/** The keys AWS derives from the resource (owner, organization, tags, Region). */
export function resourceContext(org: Organization, resource: string): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  const found = findResource(org, resource);
  out['aws:RequestedRegion'] = found?.resource.region ?? (arnRegion(resource) || 'us-east-1');
  const account = found?.account ?? resource.split(':')[4] ?? '';
  if (/^\d{12}$/.test(account)) out['aws:ResourceAccount'] = account;
  if (findAccount(org, account)) {
    out['aws:ResourceOrgID'] = org.orgId;
    out['aws:ResourceOrgPaths'] = [orgPaths(org, account)];
  }
  if (found) Object.assign(out, tagKeys('aws:ResourceTag/', found.resource.tags));
  const role = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(resource);
  if (role?.[1] && role[2]) {
    const r = findRole(org, role[1], role[2]);
    if (r)
      Object.assign(out, tagKeys('aws:ResourceTag/', r.tags), tagKeys('iam:ResourceTag/', r.tags));
  }
  return out;
}

/** Every condition key a policy document tests (text that is not JSON gives none). */
export function conditionKeys(documentText: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(documentText);
  } catch {
    return [];
  }
  const statements = (doc as { Statement?: unknown })?.Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  const keys = new Set<string>();
  for (const s of list) {
    const cond = (s as { Condition?: unknown })?.Condition;
    if (!cond || typeof cond !== 'object') continue;
    for (const block of Object.values(cond as Record<string, unknown>))
      if (block && typeof block === 'object') for (const k of Object.keys(block)) keys.add(k);
  }
  return [...keys];
}

/** A sensible value to offer for a key that a policy tests and the request lacks. */
export function suggestedValue(key: string): ContextValue {
  const lower = key.toLowerCase();
  if (lower === 'aws:multifactorauthpresent' || lower === 'aws:securetransport') return 'true';
  if (lower === 'aws:multifactorauthage') return '300';
  if (lower === 'aws:sourceip') return '203.0.113.10';
  if (lower === 'aws:requestedregion') return 'us-east-1';
  if (lower === 'aws:tagkeys') return [];
  if (lower === 'aws:sourcevpce') return 'vpce-1a2b3c4d';
  if (lower === 'aws:sourcevpc') return 'vpc-1a2b3c4d';
  return '';
}
