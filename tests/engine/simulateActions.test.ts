// simulator.simulateActions: one scenario's policies decided for many actions and resources.
// It must give exactly what simulate gives for each request on its own (bench requests, the
// conformance-style trust and KMS rules, errors), while checking and compiling only once.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator, readScenarioFile } from '../../src/engine/index.ts';
import type { Scenario, SimulationResult } from '../../src/engine/index.ts';

const sharedDir = process.env['SHARED_DIR'] ?? resolve(import.meta.dirname, '../../../shared');
const bench = readScenarioFile(
  JSON.parse(readFileSync(join(sharedDir, 'bench/iam-bench-seed42-20000.json'), 'utf8')),
);

const A = '111122223333';
const ROLE = `arn:aws:iam::${A}:role/app`;

/** The scenario with its request's action (and resource) replaced. */
function withRequest(scenario: Scenario, action: string, resource?: string): Scenario {
  return {
    ...scenario,
    request: { ...scenario.request, action, resource: resource ?? scenario.request.resource },
  };
}

const decisionOf = (r: SimulationResult) =>
  'error' in r ? { error: r.error.code } : { decision: r.decision, blockedBy: r.blockedBy };

describe('simulateActions', () => {
  it('gives the same decision as simulate for each bench request, asked as queries', () => {
    // The bench requests share one policy set per principal; ask each scenario about the
    // actions and resources of the next 40 requests.
    const simulator = createSimulator();
    for (let i = 0; i < 1000; i += 50) {
      const scenario = bench[i] as Scenario;
      const queries = bench
        .slice(i, i + 40)
        .map((s) => ({ action: s.request.action, resource: s.request.resource }));
      const batch = simulator.simulateActions(scenario, queries);
      expect(batch).toHaveLength(queries.length);
      queries.forEach((q, k) => {
        const single = createSimulator().simulate(withRequest(scenario, q.action, q.resource));
        expect(decisionOf(batch[k] as SimulationResult), `${scenario.name} / ${q.action}`).toEqual(
          decisionOf(single),
        );
      });
    }
  });

  it('uses the request resource when a query names only the action', () => {
    const scenario: Scenario = {
      request: { principal: ROLE, action: 's3:GetObject', resource: 'arn:aws:s3:::b/key' },
      identityPolicies: [
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*' }],
        },
      ],
    };
    const [get, put, other] = createSimulator().simulateActions(scenario, [
      's3:GetObjectTagging',
      's3:PutObject',
      { action: 's3:GetObject', resource: 'arn:aws:s3:::c/key' },
    ]);
    expect(get).toMatchObject({ decision: 'allowed', blockedBy: [] });
    expect(put).toMatchObject({ decision: 'implicitDeny', blockedBy: ['identity'] });
    expect(other).toMatchObject({ decision: 'implicitDeny' });
  });

  it('reads the resource policy as a trust policy only for sts:AssumeRole and its kin', () => {
    // Same account: a trust policy must allow sts:AssumeRole even when the identity policy does;
    // for other actions the resource policy is an ordinary resource-based policy.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
    const scenario: Scenario = {
      request: { principal: ROLE, action: 'iam:GetRole', resource: `arn:aws:iam::${A}:role/t` },
      identityPolicies: [
        { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      ],
      resourcePolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${A}:role/someone-else` },
            Action: 'sts:AssumeRole',
          },
        ],
      },
    };
    const simulator = createSimulator();
    const batch = simulator.simulateActions(scenario, ['iam:GetRole', 'sts:AssumeRole']);
    expect(batch.map(decisionOf)).toEqual([
      decisionOf(simulator.simulate(scenario)),
      decisionOf(simulator.simulate(withRequest(scenario, 'sts:AssumeRole'))),
    ]);
    // Read as a resource-based policy, a statement without Resource is an error...
    expect(batch[0]).toMatchObject({
      error: { code: 'missing-resource', path: 'resourcePolicy.Statement[0]' },
    });
    // ...read as a trust policy it is valid, and it does not trust this role.
    expect(batch[1]).toMatchObject({ decision: 'implicitDeny', blockedBy: ['resource'] });
  });

  it('reports a bad query by its index and still decides the others', () => {
    const scenario = bench[0] as Scenario;
    const results = createSimulator().simulateActions(scenario, [
      'dynamodb:GetItem',
      'not an action',
      { action: 'dynamodb:GetItem', resource: '' },
    ]);
    expect(results[0]).toHaveProperty('decision');
    expect(results[1]).toMatchObject({
      error: { code: 'invalid-request', path: 'queries[1].action' },
    });
    expect(results[2]).toMatchObject({
      error: { code: 'invalid-request', path: 'queries[2].resource' },
    });
  });

  it('returns the scenario error for every query when the scenario is invalid', () => {
    const results = createSimulator().simulateActions(
      { request: { principal: ROLE, action: 's3:GetObject', resource: '*' }, scps: [{}] },
      ['s3:GetObject', 's3:PutObject'],
    );
    expect(results).toHaveLength(2);
    for (const r of results) expect(r).toMatchObject({ error: { path: 'scps' } });
  });

  it('shares one frozen result per distinct decision, and explains on request', () => {
    const scenario = bench[0] as Scenario;
    const simulator = createSimulator();
    const actions = Array.from({ length: 200 }, (_, i) => `svc${i}:Do${i}`);
    const results = simulator.simulateActions(scenario, actions);
    expect(new Set(results).size).toBeLessThan(5);
    expect(Object.isFrozen(results[0])).toBe(true);
    const explained = simulator.simulateActions(scenario, actions.slice(0, 3), { explain: true });
    for (const r of explained) expect(r).toHaveProperty('trace');
    // Single simulate results stay the caller's own objects.
    const single = simulator.simulate(scenario);
    expect(Object.isFrozen(single)).toBe(false);
    expect('blockedBy' in single && Object.isFrozen(single.blockedBy)).toBe(false);
  });
});

describe('RCP service scope note', () => {
  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
  const scenario = (action: string): Scenario => ({
    request: {
      principal: 'arn:aws:iam::444455556666:user/carol',
      action,
      resource: '*',
      resourceAccount: A,
    },
    rcps: [
      [
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }],
        },
      ],
    ],
  });
  const rcpDetail = (action: string) => {
    const r = createSimulator().simulate(scenario(action), { explain: true });
    return 'trace' in r ? (r.trace?.find((s) => s.step === 'rcp')?.detail ?? '') : '';
  };

  it('tells the learner to check the service list for services outside the launch set', () => {
    expect(rcpDetail('ec2:DescribeInstances')).toContain('check that ec2 is on the current list');
    expect(rcpDetail('s3:GetObject')).not.toContain('current list');
  });
});
