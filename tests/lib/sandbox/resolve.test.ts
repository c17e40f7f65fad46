import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index';
import { resourceArn, roleArn } from '../../../src/lib/sandbox/arns';
import { evaluateResolution } from '../../../src/lib/sandbox/evaluate';
import { ssoRoleName } from '../../../src/lib/sandbox/identityCenter';
import { setDocument } from '../../../src/lib/sandbox/locations';
import { parsePrincipal, type PrincipalSpec } from '../../../src/lib/sandbox/principals';
import { resolveRequest, type SandboxRequest } from '../../../src/lib/sandbox/resolve';
import type { Organization } from '../../../src/lib/sandbox/schema';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';

const DEV = '222222222222';
const MGMT = '111111111111';
const p = (text: string) => parsePrincipal(text) as PrincipalSpec;
const run = (org: Organization, req: SandboxRequest) =>
  evaluateResolution(resolveRequest(org, req), (s, explain) => simulate(s, { explain }));
const doc = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('resolving a principal into a scenario', () => {
  it('a user gets its own policies and those of its groups, each with its source', () => {
    const org = exampleOrganization();
    const res = resolveRequest(org, {
      principal: p(`user:${DEV}:alice`),
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/a.txt',
    });
    const step = res.steps.at(-1);
    expect(res.problems).toEqual([]);
    expect(step?.scenario?.identityPolicies).toHaveLength(1);
    expect(step?.sources.map((s) => s.label)).toContain(
      'customer managed policy “DeveloperAccess” v1 (account Development), via group Developers',
    );
    expect(step?.scenario?.request.principal).toBe(`arn:aws:iam::${DEV}:user/alice`);
    expect(step?.scenario?.request.resourceAccount).toBe(DEV);
    expect(step?.scenario?.request.context?.['aws:PrincipalTag/team']).toBe('orders');
    expect(step?.scenario?.request.context?.['aws:ResourceTag/team']).toBe('orders');
    expect(step?.scenario?.request.context?.['aws:RequestedRegion']).toBe('eu-west-1');
  });

  it('a user without the group gets nothing, and the decision says identity', async () => {
    const org = exampleOrganization();
    const bob = await run(org, {
      principal: p(`user:${DEV}:bob`),
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/a.txt',
    });
    expect(bob.verdict).toBe('implicitDeny');
    const alice = await run(org, {
      principal: p(`user:${DEV}:alice`),
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/a.txt',
    });
    expect(alice.verdict).toBe('allowed');
  });

  it('SCP levels run from the root through the OU to the account', () => {
    const org = exampleOrganization();
    const s = resolveRequest(org, {
      principal: p(`user:${DEV}:alice`),
      action: 'sqs:SendMessage',
      resource: resourceArn(DEV, { type: 'sqs', name: 'orders', region: 'eu-west-1' }),
    }).steps[0]?.scenario;
    expect(s?.scps).toHaveLength(3);
    expect(s?.scps?.[1]).toHaveLength(2); // FullAWSAccess + RegionGuard on Workloads
    expect(s?.rcps).toEqual([[], [], []]);
    expect(s?.organization?.managementAccount).toBe(MGMT);
  });

  it('the region guard SCP denies a request outside eu-west-1', async () => {
    const org = exampleOrganization();
    const alice = p(`user:${DEV}:alice`);
    const inRegion = await run(org, {
      principal: alice,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/a',
      context: { 'aws:RequestedRegion': 'eu-west-1' },
    });
    expect(inRegion.verdict).toBe('allowed');
    const outside = await run(org, {
      principal: alice,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/a',
      context: { 'aws:RequestedRegion': 'us-east-1' },
    });
    expect(outside.verdict).toBe('explicitDeny');
    expect(outside.final && 'blockedBy' in outside.final ? outside.final.blockedBy : []).toEqual([
      'scp',
    ]);
  });

  it('a role session uses the role policies, its boundary and the session policy', async () => {
    let org = exampleOrganization();
    org = setDocument(
      org,
      { kind: 'managed', account: DEV, policy: 'DeveloperAccess' },
      doc([{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }]),
    );
    org.accounts[1]!.roles[1]!.boundary = 'DeveloperAccess';
    const queue = resourceArn(DEV, { type: 'sqs', name: 'orders', region: 'eu-west-1' });
    const session = p(`role:${DEV}:OrdersFunctionRole:fn`);
    const res = resolveRequest(org, {
      principal: session,
      action: 'sqs:ReceiveMessage',
      resource: queue,
    });
    const s = res.steps.at(-1)?.scenario;
    expect(s?.request.principal).toBe(`arn:aws:sts::${DEV}:assumed-role/OrdersFunctionRole/fn`);
    expect(s?.request.sessionIssuer).toBe(roleArn(DEV, 'OrdersFunctionRole'));
    expect(s?.permissionBoundary).toBeDefined();
    expect(
      (await run(org, { principal: session, action: 'sqs:ReceiveMessage', resource: queue }))
        .verdict,
    ).toBe('allowed');
    const withSessionPolicy: PrincipalSpec = {
      ...(session as Extract<PrincipalSpec, { type: 'session' }>),
      sessionPolicy: doc([{ Effect: 'Allow', Action: 'sqs:DeleteMessage', Resource: '*' }]),
    };
    const capped = await run(org, {
      principal: withSessionPolicy,
      action: 'sqs:ReceiveMessage',
      resource: queue,
    });
    expect(capped.verdict).toBe('implicitDeny');
    expect(capped.final && 'blockedBy' in capped.final ? capped.final.blockedBy : []).toEqual([
      'session',
    ]);
  });

  it('an Identity Center user acts through the AWSReservedSSO role of the permission set', async () => {
    const org = exampleOrganization();
    const res = resolveRequest(org, {
      principal: p(`sso:maria:AdministratorAccess:${DEV}`),
      action: 'iam:CreateUser',
      resource: `arn:aws:iam::${DEV}:user/x`,
    });
    const s = res.steps.at(-1)?.scenario;
    expect(s?.request.principal).toBe(
      `arn:aws:sts::${DEV}:assumed-role/${ssoRoleName('AdministratorAccess', DEV)}/maria`,
    );
    expect(s?.request.principal).toMatch(/AWSReservedSSO_AdministratorAccess_[0-9a-f]{16}/);
    expect(res.steps[0]?.kind).toBe('sign-in');
    expect((await evaluateResolution(res, (sc, e) => simulate(sc, { explain: e }))).verdict).toBe(
      'allowed',
    );
    const sam = await run(org, {
      principal: p(`sso:sam:AdministratorAccess:${DEV}`),
      action: 'iam:CreateUser',
      resource: `arn:aws:iam::${DEV}:user/x`,
    });
    expect(sam.verdict).toBe('notReached');
    expect(sam.outcomes[0]?.step.blocked).toMatch(
      /not assigned permission set AdministratorAccess/,
    );
  });

  it('the assume-role path checks the trust policy, the caller, ExternalId and MFA', async () => {
    let org = exampleOrganization();
    org = setDocument(
      org,
      { kind: 'trust', account: DEV, role: 'AuditRole' },
      doc([
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${DEV}:root` },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: { 'sts:ExternalId': 'abc' },
            Bool: { 'aws:MultiFactorAuthPresent': 'true' },
          },
        },
      ]),
    );
    org = setDocument(
      org,
      { kind: 'inline', account: DEV, ownerType: 'user', owner: 'bob', policy: 'Assume' },
      doc([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn(DEV, 'AuditRole') }]),
    );
    const session = (over: Record<string, unknown>): PrincipalSpec =>
      ({
        type: 'session',
        account: DEV,
        role: 'AuditRole',
        sessionName: 'bob',
        sessionTags: [],
        mfa: false,
        caller: p(`user:${DEV}:bob`),
        ...over,
      }) as PrincipalSpec;
    const req = (principal: PrincipalSpec) =>
      run(org, { principal, action: 'iam:ListUsers', resource: '*' });
    expect((await req(session({ externalId: 'abc', mfa: true }))).verdict).toBe('allowed');
    expect((await req(session({ externalId: 'wrong', mfa: true }))).verdict).toBe('notReached');
    expect((await req(session({ externalId: 'abc', mfa: false }))).verdict).toBe('notReached');
    // alice has no sts:AssumeRole permission: the caller's side fails
    expect(
      (await req(session({ externalId: 'abc', mfa: true, caller: p(`user:${DEV}:alice`) })))
        .verdict,
    ).toBe('notReached');
  });

  it('role chaining caps the requested duration at one hour; MaxSessionDuration caps the rest', async () => {
    const org = exampleOrganization();
    const base = {
      type: 'session' as const,
      account: DEV,
      role: 'AuditRole',
      sessionName: 's',
      sessionTags: [],
      mfa: false,
    };
    const chained = resolveRequest(org, {
      principal: { ...base, caller: p(`role:${MGMT}:X`), durationSeconds: 7200 },
      action: 'iam:ListUsers',
      resource: '*',
    });
    expect(chained.steps[0]?.blocked).toMatch(/role chaining/);
    expect(chained.notes.join()).toMatch(/at most one hour/);
    const tooLong = resolveRequest(org, {
      principal: { ...base, caller: p(`root:${MGMT}`), durationSeconds: 7200 },
      action: 'iam:ListUsers',
      resource: '*',
    });
    expect(tooLong.steps[0]?.blocked).toMatch(/MaxSessionDuration/);
  });

  it('session tags need sts:TagSession in the trust policy', async () => {
    const org = exampleOrganization();
    const principal: PrincipalSpec = {
      type: 'session',
      account: DEV,
      role: 'AuditRole',
      sessionName: 's',
      mfa: false,
      caller: p(`user:${MGMT}:ops-admin`),
      sessionTags: [{ key: 'project', value: 'x' }],
    };
    const res = resolveRequest(org, { principal, action: 'iam:ListUsers', resource: '*' });
    expect(res.steps.map((s) => s.kind)).toEqual(['assume', 'tag-session', 'request']);
    const answer = await evaluateResolution(res, (s, e) => simulate(s, { explain: e }));
    expect(answer.outcomes[0]?.allowed).toBe(true);
    expect(answer.outcomes[1]?.allowed).toBe(false);
    expect(answer.verdict).toBe('notReached');
    expect(res.steps[2]?.scenario?.request.context?.['aws:PrincipalTag/project']).toBe('x');
  });

  it('a KMS key policy and a bucket policy are the resource policies of their requests', () => {
    const org = exampleOrganization();
    const key = resourceArn(DEV, { type: 'kms', name: 'app-key', region: 'eu-west-1' });
    const s = resolveRequest(org, {
      principal: p(`user:${DEV}:bob`),
      action: 'kms:Decrypt',
      resource: key,
    }).steps[0];
    expect(s?.sources.find((x) => x.path === 'resourcePolicy')?.location).toEqual({
      kind: 'resource',
      account: DEV,
      resource: 'app-key',
    });
    const b = resolveRequest(org, {
      principal: { type: 'anonymous' },
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/x',
    }).steps[0];
    expect(b?.scenario?.request.principal).toBe('*');
    expect(b?.scenario?.scps).toBeUndefined();
    expect(b?.scenario?.resourcePolicy).toBeDefined();
  });

  it('learner context overrides derived keys, and null removes one', () => {
    const org = exampleOrganization();
    const s = resolveRequest(org, {
      principal: p(`user:${DEV}:alice`),
      action: 's3:GetObject',
      resource: '*',
      context: { 'aws:SourceIp': '10.0.0.1', 'aws:PrincipalTag/team': null },
    }).steps[0]?.scenario;
    expect(s?.request.context?.['aws:SourceIp']).toBe('10.0.0.1');
    expect(s?.request.context?.['aws:PrincipalTag/team']).toBeUndefined();
  });

  it('dangling references are reported, not thrown', () => {
    const org = exampleOrganization();
    org.accounts[1]?.users[0]?.managedPolicies.push('Gone');
    const res = resolveRequest(org, {
      principal: p(`user:${DEV}:alice`),
      action: 's3:GetObject',
      resource: '*',
    });
    expect(res.problems.join()).toMatch(/does not exist: Gone/);
    expect(
      resolveRequest(org, { principal: p(`user:${DEV}:nobody`), action: 'x:Y', resource: '*' })
        .problems,
    ).toEqual(['There is no user nobody in account Development.']);
  });
});

describe('resolving: more principals and resources', () => {
  it('an RCP at the OU applies to requests for resources of its accounts, from any caller', async () => {
    const org = exampleOrganization();
    org.orgPolicies.push({
      id: 'p-NoOutsiders',
      kind: 'rcp',
      name: 'NoOutsiders',
      description: '',
      awsManaged: false,
      targets: ['ou-a1b2-workloads'],
      document: doc([
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
      ]),
    });
    const req = (principal: PrincipalSpec) =>
      run(org, { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::dev-app-data/x' });
    const outsider = await req({ type: 'external', arn: 'arn:aws:iam::999988887777:user/m' });
    expect(outsider.verdict).toBe('explicitDeny');
    expect(
      outsider.final && 'blockedBy' in outsider.final ? outsider.final.blockedBy : [],
    ).toContain('rcp');
    expect((await req(p(`user:${DEV}:alice`))).verdict).toBe('allowed');
    const s = resolveRequest(org, {
      principal: p(`user:${DEV}:alice`),
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/x',
    }).steps[0]?.scenario;
    expect(s?.rcps?.[1]).toHaveLength(1);
  });

  it('a service principal carries aws:PrincipalIsAWSService and no SCPs; iam:PassRole on a role has no trust policy', () => {
    const org = exampleOrganization();
    const svc = resolveRequest(org, {
      principal: p('service:lambda.amazonaws.com'),
      action: 'sts:AssumeRole',
      resource: roleArn(DEV, 'OrdersFunctionRole'),
    }).steps[0]?.scenario;
    expect(svc?.request.context?.['aws:PrincipalIsAWSService']).toBe('true');
    expect(svc?.scps).toBeUndefined();
    expect(svc?.resourcePolicy).toContain('lambda.amazonaws.com');
    const pass = resolveRequest(org, {
      principal: p(`user:${DEV}:alice`),
      action: 'iam:PassRole',
      resource: roleArn(DEV, 'OrdersFunctionRole'),
    }).steps[0]?.scenario;
    expect(pass?.resourcePolicy).toBeUndefined();
    expect(pass?.request.context?.['iam:ResourceTag/team']).toBe('orders');
  });

  it('an AWS managed boundary and a missing group are resolved and reported', () => {
    const org = exampleOrganization();
    const bob = org.accounts[1]!.users[1]!;
    bob.boundary = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    bob.groups.push('Ghosts');
    const res = resolveRequest(org, {
      principal: p(`user:${DEV}:bob`),
      action: 's3:GetObject',
      resource: '*',
    });
    expect(res.steps[0]?.sources.find((s) => s.path === 'permissionBoundary')?.label).toMatch(
      /AmazonS3ReadOnlyAccess \(simplified copy\)/,
    );
    expect(res.problems).toEqual(['User bob is in a group that does not exist: Ghosts']);
  });

  it('SCPs stay out until the organization uses them, then every level must allow', async () => {
    const org = exampleOrganization();
    org.orgPolicies = [];
    const req = {
      principal: p(`user:${DEV}:alice`),
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/x',
    };
    expect(resolveRequest(org, req).steps[0]?.scenario?.scps).toBeUndefined();
    org.orgPolicies.push({
      id: 'p-x',
      kind: 'scp',
      name: 'OnlyAtRoot',
      description: '',
      awsManaged: false,
      targets: ['r-a1b2'],
      document: doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]),
    });
    const a = await run(org, req);
    expect(a.verdict).toBe('implicitDeny');
    expect(a.final && 'blockedBy' in a.final ? a.final.blockedBy : []).toEqual(['scp']);
  });

  it('the root user of a member account is bound by SCPs; of the management account it is not', async () => {
    const org = exampleOrganization();
    const memberRoot = await run(org, {
      principal: p(`root:${DEV}`),
      action: 'sqs:SendMessage',
      resource: 'arn:aws:sqs:us-east-1:222222222222:x',
    });
    expect(memberRoot.verdict).toBe('explicitDeny');
    const mgmtRoot = await run(org, {
      principal: p(`root:${MGMT}`),
      action: 'sqs:SendMessage',
      resource: 'arn:aws:sqs:us-east-1:111111111111:x',
    });
    expect(mgmtRoot.verdict).toBe('allowed');
  });
});
