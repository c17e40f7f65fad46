import { describe, expect, it } from 'vitest';
import {
  addUserToGroup,
  attachManagedPolicy,
  createAccessKey,
  createPolicyVersion,
  deletePolicyVersion,
  putInlinePolicy,
  setOrgPolicyDocument,
  setTrustPolicy,
  type OpResult,
} from '../../../src/lib/sandbox/ops';
import { iamPolicySize } from '../../../src/lib/sandbox/quotas';
import type { Organization } from '../../../src/lib/sandbox/schema';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';

const DEV = '222222222222';
const ok = (r: OpResult): Organization => {
  if (!r.ok) throw new Error(r.error);
  return r.org;
};
const bigDoc = (chars: number) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'x'.repeat(chars)}` },
    ],
  });

describe('quotas, with the messages AWS gives', () => {
  it('a third access key is refused', () => {
    let org = exampleOrganization();
    org = ok(createAccessKey(org, DEV, 'alice', '1'));
    org = ok(createAccessKey(org, DEV, 'alice', '2'));
    expect(org.accounts[1]?.users[0]?.accessKeys[0]?.id).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(createAccessKey(org, DEV, 'alice', '3')).toEqual({
      ok: false,
      error: 'LimitExceeded: Cannot exceed quota for AccessKeysPerUser: 2',
    });
  });

  it('an eleventh group is refused', () => {
    let org = exampleOrganization();
    const dev = org.accounts[1];
    for (let i = 0; i < 11; i += 1)
      dev?.groups.push({ name: `g${i}`, managedPolicies: [], inlinePolicies: [] });
    for (let i = 0; i < 9; i += 1) org = ok(addUserToGroup(org, DEV, 'alice', `g${i}`)); // alice is already in Developers
    expect(org.accounts[1]?.users[0]?.groups).toHaveLength(10);
    expect(addUserToGroup(org, DEV, 'alice', 'g10')).toEqual({
      ok: false,
      error: 'LimitExceeded: Cannot exceed quota for GroupsPerUser: 10',
    });
  });

  it('inline policies of a user together stay under 2,048 characters, white space not counted', () => {
    const org = exampleOrganization();
    expect(iamPolicySize('{ "a" : 1 }')).toBe(7);
    expect(putInlinePolicy(org, DEV, 'user', 'bob', 'Big', bigDoc(2000))).toEqual({
      ok: false,
      error: 'LimitExceeded: Maximum policy size of 2048 bytes exceeded for user bob',
    });
    const once = ok(putInlinePolicy(org, DEV, 'user', 'bob', 'A', bigDoc(1000)));
    expect(putInlinePolicy(once, DEV, 'user', 'bob', 'B', bigDoc(1000)).ok).toBe(false);
    expect(putInlinePolicy(once, DEV, 'user', 'bob', 'A', bigDoc(1500)).ok).toBe(true); // replaces A
    expect(putInlinePolicy(org, DEV, 'role', 'AuditRole', 'Big', bigDoc(2000)).ok).toBe(true); // roles: 10,240
  });

  it('a managed policy over 6,144 characters and a sixth version are refused', () => {
    let org = exampleOrganization();
    expect(createPolicyVersion(org, DEV, 'DeveloperAccess', bigDoc(6200), true)).toEqual({
      ok: false,
      error: 'LimitExceeded: Cannot exceed quota for PolicySize: 6144',
    });
    for (let i = 0; i < 4; i += 1)
      org = ok(createPolicyVersion(org, DEV, 'DeveloperAccess', bigDoc(10), i === 3));
    const policy = org.accounts[1]?.policies[0];
    expect(policy?.versions.map((v) => v.id)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(policy?.defaultVersion).toBe('v5');
    const sixth = createPolicyVersion(org, DEV, 'DeveloperAccess', bigDoc(10), false);
    expect(sixth.ok ? '' : sixth.error).toMatch(
      /^LimitExceeded: A managed policy can have up to 5 versions/,
    );
    expect(deletePolicyVersion(org, DEV, 'DeveloperAccess', 'v5')).toEqual({
      ok: false,
      error: 'DeleteConflict: Cannot delete the default version of a policy.',
    });
    expect(
      ok(deletePolicyVersion(org, DEV, 'DeveloperAccess', 'v1')).accounts[1]?.policies[0]?.versions,
    ).toHaveLength(4);
  });

  it('an eleventh managed policy, a long trust policy and a long SCP are refused', () => {
    let org = exampleOrganization();
    const managed = [
      'AdministratorAccess',
      'PowerUserAccess',
      'ReadOnlyAccess',
      'IAMFullAccess',
      'IAMReadOnlyAccess',
      'AmazonS3FullAccess',
      'AmazonS3ReadOnlyAccess',
      'AmazonSQSFullAccess',
      'SecurityAudit',
      'job-function/ViewOnlyAccess',
    ];
    for (const m of managed)
      org = ok(attachManagedPolicy(org, DEV, 'user', 'bob', `arn:aws:iam::aws:policy/${m}`));
    expect(attachManagedPolicy(org, DEV, 'user', 'bob', 'DeveloperAccess')).toEqual({
      ok: false,
      error: 'LimitExceeded: Cannot exceed quota for PoliciesPerUser: 10',
    });
    expect(attachManagedPolicy(org, DEV, 'user', 'alice', 'Nope').ok).toBe(false);
    expect(setTrustPolicy(org, DEV, 'AuditRole', bigDoc(2100))).toEqual({
      ok: false,
      error: 'LimitExceeded: Cannot exceed quota for ACLSizePerRole: 2048',
    });
    expect(setOrgPolicyDocument(org, 'p-RegionGuard', ' '.repeat(5121)).ok).toBe(false);
    expect(setOrgPolicyDocument(org, 'p-FullAWSAccess', '{}')).toEqual({
      ok: false,
      error: 'AWS managed policies cannot be edited.',
    });
  });
});
