import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index';
import { evaluateResolution } from '../../../src/lib/sandbox/evaluate';
import { flowPath, plainSentence, statementsThatMattered } from '../../../src/lib/sandbox/explain';
import { parsePrincipal, type PrincipalSpec } from '../../../src/lib/sandbox/principals';
import { resolveRequest, type SandboxRequest } from '../../../src/lib/sandbox/resolve';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';

const DEV = '222222222222';
const alice = parsePrincipal(`user:${DEV}:alice`) as PrincipalSpec;
const answer = (req: SandboxRequest) =>
  evaluateResolution(resolveRequest(exampleOrganization(), req), (s, e) =>
    simulate(s, { explain: e }),
  );

describe('explaining an answer', () => {
  it('names the SCP, its OU and the condition that denied a request', async () => {
    const a = await answer({
      principal: alice,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data/x',
      context: { 'aws:RequestedRegion': 'us-east-1' },
    });
    expect(plainSentence(a)).toBe(
      'Denied: statement “DenyOutsideEuWest1” of SCP “RegionGuard” attached to OU Workloads explicitly denies it (aws:RequestedRegion is us-east-1; the policy wants StringNotEquals eu-west-1). An explicit deny overrides every allow.',
    );
    const final = a.final;
    if (!final || !('decision' in final)) throw new Error('no decision');
    expect(flowPath(final).nodes['explicit-deny']).toBe('fail');
    expect(flowPath(final).end).toBe('explicitDeny');
  });

  it('names the statement that allowed, and lights the path to allow', async () => {
    const a = await answer({
      principal: alice,
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::dev-app-data/x',
    });
    expect(plainSentence(a)).toBe(
      'Allowed: statement “ReadWriteAppData” of customer managed policy “DeveloperAccess” v1 (account Development), via group Developers allows it, and nothing denies it.',
    );
    const final = a.final;
    if (!final || !('decision' in final)) throw new Error('no decision');
    const path = flowPath(final);
    expect(path.nodes).toMatchObject({
      'explicit-deny': 'pass',
      scp: 'pass',
      identity: 'pass',
      pb: 'skip',
      session: 'skip',
    });
    expect(
      statementsThatMattered(final.trace ?? [], a.outcomes[0]?.step.sources ?? []).map(
        (n) => n.role,
      ),
    ).toContain('allow');
  });

  it('explains an implicit deny with the nearest miss', async () => {
    const a = await answer({
      principal: alice,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dev-app-data',
    });
    expect(plainSentence(a)).toMatch(
      /^Denied \(implicitly\): no identity-based policy allows it\. Statement “ReadWriteAppData” .* allows the action, but on arn:aws:s3:::dev-app-data\/\*, not arn:aws:s3:::dev-app-data\.$/,
    );
    const cross = await answer({
      principal: alice,
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::prod-reports/x',
    });
    expect(plainSentence(cross)).toMatch(
      /^Denied \(implicitly\): the resource has no resource-based policy/,
    );
    const final = a.final;
    if (!final || !('decision' in final)) throw new Error('no decision');
    expect(flowPath(final).nodes.identity).toBe('fail');
  });

  it('says when the request is never made because the role cannot be assumed', async () => {
    const a = await answer({
      principal: parsePrincipal(`sso:sam:AdministratorAccess:${DEV}`) as PrincipalSpec,
      action: 's3:GetObject',
      resource: '*',
    });
    expect(plainSentence(a)).toMatch(
      /^Denied before the request is made: sam is not assigned permission set AdministratorAccess/,
    );
  });
});

describe('statementAt', () => {
  it('finds a statement by its trace path, in text or object documents', async () => {
    const { statementAt } = await import('../../../src/lib/sandbox/explain');
    const scenario = {
      identityPolicies: ['{"Statement":[{"Sid":"A"},{"Sid":"B"}]}'],
      scps: [[], [{ Statement: { Sid: 'Only' } }]],
    };
    expect(statementAt(scenario, 'identityPolicies[0].Statement[1]')).toEqual({ Sid: 'B' });
    expect(statementAt(scenario, 'scps[1][0].Statement')).toEqual({ Sid: 'Only' });
    expect(statementAt(scenario, 'scps[1][0].Statement[0]')).toEqual({ Sid: 'Only' });
    expect(statementAt(scenario, 'resourcePolicy.Statement[0]')).toBeUndefined();
  });
});
