// Invariants of the engine, checked with fast-check on random policy sets built from a small
// vocabulary: no exceptions, a matching Deny always wins, order does not matter, and the
// same input always gives the same output. Runs are bounded so the file takes seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator, parsePolicy, simulate } from '../../src/engine/index.ts';
import type { Scenario, SimulationResult } from '../../src/engine/index.ts';

const NUM_RUNS = 300;
const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/app/s1`;
const OTHER_USER = 'arn:aws:iam::444455556666:user/carol';

const actions = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  'sqs:SendMessage',
  'dynamodb:GetItem',
  'ec2:DescribeInstances',
  'iam:GetUser',
] as const;
const actionPatterns = [
  ...actions,
  's3:*',
  's3:Get*',
  '*',
  'sqs:*',
  'dynamodb:*Item',
  'ec2:Describe*',
];
const resources = [
  'arn:aws:s3:::bucket-a/key.txt',
  'arn:aws:s3:::bucket-b/dir/file.csv',
  `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-1`,
  `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`,
  '*',
] as const;
const resourcePatterns = [
  ...resources,
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-*',
  `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-?`,
  `arn:aws:dynamodb:*:${ACCOUNT}:table/*`,
  'arn:aws:s3:::bucket-b/${aws:PrincipalTag/team}/*',
];

const conditionArb = fc.constantFrom(
  { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
  { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['project'] } },
  { 'ForAllValues:StringLike': { 'aws:TagKeys': ['proj*', 'owner'] } },
  { Null: { 'aws:PrincipalTag/team': 'false' } },
  { DateLessThan: { 'aws:CurrentTime': '2025-06-01T00:00:00Z' } },
);

const contextArb = fc.record(
  {
    'aws:PrincipalTag/team': fc.constantFrom('red', 'blue'),
    'aws:RequestedRegion': fc.constantFrom('us-east-1', 'ap-south-1'),
    'aws:SecureTransport': fc.constantFrom('true', 'false'),
    'aws:SourceIp': fc.constantFrom('10.1.2.3', '203.0.113.9'),
    'aws:TagKeys': fc.subarray(['project', 'owner', 'secret']),
    'aws:CurrentTime': fc.constantFrom('2025-01-01T00:00:00Z', '2025-09-01T00:00:00Z'),
  },
  { requiredKeys: [] },
);

/** Patterns that match the request, so random policies both allow and deny often. */
function relatedPatterns(
  action: string,
  resource: string,
): { actions: string[]; resources: string[] } {
  const [service = '', name = ''] = action.split(':');
  return {
    actions: [action, `${service}:*`, '*', `${service}:${name.slice(0, 3)}*`],
    resources: [resource, '*', resource.replace(/[^/:]+$/, '*')],
  };
}

function pick(related: readonly string[], all: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...related) },
    { weight: 1, arbitrary: fc.constantFrom(...all) },
  );
}

function policyArb(
  action: string,
  resource: string,
  withPrincipal = false,
): fc.Arbitrary<Record<string, unknown>> {
  const related = relatedPatterns(action, resource);
  const statement = fc
    .record({
      Effect: fc.oneof(
        { weight: 6, arbitrary: fc.constant('Allow') },
        { weight: 1, arbitrary: fc.constant('Deny') },
      ),
      Action: fc.uniqueArray(pick(related.actions, actionPatterns), { minLength: 1, maxLength: 2 }),
      Resource: fc.uniqueArray(pick(related.resources, resourcePatterns), {
        minLength: 1,
        maxLength: 2,
      }),
      Condition: fc.option(conditionArb, { nil: undefined, freq: 3 }),
      Principal: withPrincipal
        ? fc.constantFrom<unknown>(
            '*',
            { AWS: USER },
            { AWS: ACCOUNT },
            { AWS: ROLE },
            { AWS: SESSION },
            { AWS: OTHER_USER },
          )
        : fc.constant(undefined),
    })
    .map((s) => Object.fromEntries(Object.entries(s).filter(([, value]) => value !== undefined)));
  return fc
    .array(statement, { minLength: 1, maxLength: 4 })
    .map((Statement) => ({ Version: '2012-10-17', Statement }));
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(
    fc.constantFrom(USER, ROLE, SESSION, OTHER_USER),
    fc.constantFrom(...actions),
    fc.constantFrom(...resources),
    contextArb,
  )
  .chain(([principal, action, resource, context]) => {
    const policy = (withPrincipal = false): fc.Arbitrary<Record<string, unknown>> =>
      policyArb(action, resource, withPrincipal);
    return fc
      .record({
        identityPolicies: fc.array(policy(), { maxLength: 3 }),
        resourcePolicy: fc.option(policy(true), { nil: undefined }),
        permissionBoundary: fc.option(policy(), { nil: undefined }),
        sessionPolicy: fc.option(policy(), { nil: undefined }),
        scps: fc.option(
          fc.array(fc.array(policy(), { minLength: 1, maxLength: 2 }), {
            minLength: 1,
            maxLength: 2,
          }),
          {
            nil: undefined,
          },
        ),
      })
      .map((policies) => {
        const scenario: Scenario = {
          request: { principal, action, resource, resourceAccount: ACCOUNT, context },
          identityPolicies: policies.identityPolicies,
        };
        if (policies.resourcePolicy !== undefined)
          scenario.resourcePolicy = policies.resourcePolicy;
        if (policies.permissionBoundary !== undefined)
          scenario.permissionBoundary = policies.permissionBoundary;
        if (policies.sessionPolicy !== undefined && principal === SESSION)
          scenario.sessionPolicy = policies.sessionPolicy;
        if (policies.scps !== undefined) scenario.scps = policies.scps;
        return scenario;
      });
  });

function decisionOf(result: SimulationResult): { decision: string; blockedBy: string[] } {
  if ('error' in result) return { decision: `error ${result.error.path}`, blockedBy: [] };
  return { decision: result.decision, blockedBy: [...result.blockedBy].sort() };
}

function shuffled<T>(items: readonly T[], order: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, key: order[index % Math.max(order.length, 1)] ?? index }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

function isStructured(result: SimulationResult): boolean {
  if ('error' in result) {
    return typeof result.error.message === 'string' && typeof result.error.path === 'string';
  }
  return (
    ['allowed', 'explicitDeny', 'implicitDeny'].includes(result.decision) &&
    Array.isArray(result.blockedBy)
  );
}

describe('engine invariants', () => {
  it('a random valid policy set never throws and always yields a decision', () => {
    const simulator = createSimulator();
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = simulator.simulate(scenario);
        expect('error' in result ? result.error : undefined).toBeUndefined();
        expect(isStructured(result)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding a matching Deny to any policy type never yields allowed', () => {
    const simulator = createSimulator();
    const target = fc.constantFrom('identity', 'pb', 'scp', 'resource', 'session');
    fc.assert(
      fc.property(scenarioArb, target, (scenario, where) => {
        const { action, resource } = scenario.request;
        const denyStatement = { Effect: 'Deny', Action: action, Resource: resource };
        const denyPolicy = { Version: '2012-10-17', Statement: [denyStatement] };
        const withDeny: Scenario = { ...scenario };
        let expectedBy: string;
        if (where === 'pb' && scenario.permissionBoundary !== undefined) {
          const pb = scenario.permissionBoundary as { Statement: unknown[] };
          withDeny.permissionBoundary = { ...pb, Statement: [...pb.Statement, denyStatement] };
          expectedBy = 'pb';
        } else if (where === 'scp' && scenario.scps !== undefined) {
          withDeny.scps = scenario.scps.map((level, i) =>
            i === 0 ? [...level, denyPolicy] : level,
          );
          expectedBy = 'scp';
        } else if (where === 'resource') {
          const existing =
            (scenario.resourcePolicy as { Statement?: unknown[] } | undefined)?.Statement ?? [];
          withDeny.resourcePolicy = {
            Version: '2012-10-17',
            Statement: [...existing, { ...denyStatement, Principal: '*' }],
          };
          expectedBy = 'resource';
        } else if (where === 'session' && scenario.sessionPolicy !== undefined) {
          const session = scenario.sessionPolicy as { Statement: unknown[] };
          withDeny.sessionPolicy = { ...session, Statement: [...session.Statement, denyStatement] };
          expectedBy = 'session';
        } else {
          withDeny.identityPolicies = [...(scenario.identityPolicies ?? []), denyPolicy];
          expectedBy = 'identity';
        }
        const result = simulator.simulate(withDeny);
        expect(decisionOf(result).decision).toBe('explicitDeny');
        if (!('error' in result)) expect(result.blockedBy).toContain(expectedBy);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('statement order, policy order and SCP order within a level never change the decision', () => {
    const simulator = createSimulator();
    const orderArb = fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(scenarioArb, orderArb, (scenario, order) => {
        const reorderPolicy = (policy: unknown): unknown => {
          const doc = policy as { Statement: unknown[] };
          return { ...doc, Statement: shuffled(doc.Statement, order) };
        };
        const reordered: Scenario = {
          ...scenario,
          identityPolicies: shuffled((scenario.identityPolicies ?? []).map(reorderPolicy), order),
        };
        if (scenario.resourcePolicy !== undefined)
          reordered.resourcePolicy = reorderPolicy(scenario.resourcePolicy);
        if (scenario.permissionBoundary !== undefined) {
          reordered.permissionBoundary = reorderPolicy(scenario.permissionBoundary);
        }
        if (scenario.sessionPolicy !== undefined)
          reordered.sessionPolicy = reorderPolicy(scenario.sessionPolicy);
        if (scenario.scps !== undefined) {
          reordered.scps = scenario.scps.map((level) => shuffled(level.map(reorderPolicy), order));
        }
        expect(decisionOf(simulator.simulate(reordered))).toEqual(
          decisionOf(simulator.simulate(scenario)),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the same input always gives the same output, with or without a warm cache', () => {
    const shared = createSimulator();
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const copy = structuredClone(scenario);
        const first = shared.simulate(scenario, { explain: true });
        const again = shared.simulate(copy, { explain: true });
        const fresh = createSimulator().simulate(copy, { explain: true });
        const module = simulate(copy, { explain: true });
        expect(again).toEqual(first);
        expect(fresh).toEqual(first);
        expect(module).toEqual(first);
        expect(copy).toEqual(scenario);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('simulateActions decides every action and resource exactly as simulate does', () => {
    const batch = createSimulator();
    const queries = actions.flatMap((action) =>
      resources.map((resource) => ({ action, resource })),
    );
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = batch.simulateActions(scenario, queries);
        queries.forEach((q, i) => {
          const single = createSimulator().simulate({
            ...scenario,
            request: { ...scenario.request, action: q.action, resource: q.resource },
          });
          expect(decisionOf(results[i] as SimulationResult)).toEqual(decisionOf(single));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('any JSON value given as a policy yields a decision or a structured error, never an exception', () => {
    const simulator = createSimulator();
    const request = {
      principal: USER,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket-a/key.txt',
    };
    const slot = fc.constantFrom('identity', 'resource', 'pb', 'session', 'scp', 'endpoint', 'rcp');
    fc.assert(
      fc.property(fc.jsonValue(), slot, (value, where) => {
        const scenario: Record<string, unknown> = { request };
        if (where === 'identity') scenario['identityPolicies'] = [value];
        if (where === 'resource') scenario['resourcePolicy'] = value;
        if (where === 'pb') scenario['permissionBoundary'] = value;
        if (where === 'session') scenario['sessionPolicy'] = value;
        if (where === 'scp') scenario['scps'] = [[value]];
        if (where === 'endpoint') scenario['endpointPolicies'] = [value];
        if (where === 'rcp') scenario['rcps'] = [[value]];
        expect(isStructured(simulator.simulate(scenario))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('policy-shaped JSON with random element values yields a decision or a structured error', () => {
    const simulator = createSimulator();
    const elementValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom<unknown>('Allow', 'Deny', '*', 's3:*', ['s3:GetObject'], { AWS: USER }),
    );
    const statement = fc.dictionary(
      fc.constantFrom(
        'Sid',
        'Effect',
        'Action',
        'NotAction',
        'Resource',
        'NotResource',
        'Principal',
        'NotPrincipal',
        'Condition',
      ),
      elementValue,
    );
    const policy = fc.record(
      {
        Version: fc.constantFrom<unknown>('2012-10-17', '2008-10-17', 'nope', 7),
        Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(policy, fc.boolean(), (doc, asResource) => {
        const scenario = asResource
          ? {
              request: { principal: USER, action: 's3:GetObject', resource: '*' },
              resourcePolicy: doc,
            }
          : {
              request: { principal: USER, action: 's3:GetObject', resource: '*' },
              identityPolicies: [doc],
            };
        expect(isStructured(simulator.simulate(scenario))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('any JSON value given as a whole scenario yields a decision or a structured error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isStructured(simulate(value))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parsePolicy never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parsePolicy(text);
        expect(typeof parsed.ok).toBe('boolean');
        expect(Array.isArray(parsed.errors)).toBe(true);
        if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
