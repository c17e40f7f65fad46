// Differential tests against the peer engine @cloud-copilot/iam-simulate (devDependency only):
// (a) our decisions on the 20,000 bench requests equal the peer's recorded `expected`;
// (b) random scenarios from a small vocabulary that both engines accept (fixed seed) get the
//     same decision from both, unless the disagreement is reviewed, with the AWS documentation
//     reasoning, in differential-reviewed.json.
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { Simulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromPeerDecision, toPeerSimulation } from '../../src/cli/peerSimulation.ts';
import { createSimulator, readScenarioFile } from '../../src/engine/index.ts';
import type { Scenario, SimulationResult } from '../../src/engine/index.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const sharedDir = process.env['SHARED_DIR'] ?? resolve(repoRoot, '../shared');
const benchFile = join(sharedDir, 'bench/iam-bench-seed42-20000.json');
const reviewedFile = join(import.meta.dirname, 'differential-reviewed.json');

const SEED = 20_250_101;
const RUNS = 300;
const A = '111122223333';
const USER = `arn:aws:iam::${A}:user/alice`;
const ROLE = `arn:aws:iam::${A}:role/app`;
const SESSION = `arn:aws:sts::${A}:assumed-role/app/s1`;
const OTHER_USER = 'arn:aws:iam::444455556666:user/carol';

/** Actions with a resource of the type the action takes, so the peer's validation accepts them. */
const requests = [
  ['s3:GetObject', 'arn:aws:s3:::bucket-a/key.txt'],
  ['s3:PutObject', 'arn:aws:s3:::bucket-b/dir/file.csv'],
  ['s3:ListBucket', 'arn:aws:s3:::bucket-a'],
  ['sqs:SendMessage', `arn:aws:sqs:us-east-1:${A}:queue-1`],
  ['dynamodb:GetItem', `arn:aws:dynamodb:us-east-1:${A}:table/orders`],
  ['ec2:DescribeInstances', '*'],
  ['iam:GetUser', `arn:aws:iam::${A}:user/alice`],
] as const;
const actionPatterns = [
  ...requests.map(([action]) => action),
  's3:*',
  's3:Get*',
  's3:*Object',
  '*',
  'sqs:*',
  'dynamodb:*Item',
  'ec2:Describe*',
  'iam:Get*',
];
const resourcePatterns = [
  ...requests.map(([, resource]) => resource),
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-*',
  `arn:aws:sqs:us-east-1:${A}:queue-?`,
  `arn:aws:dynamodb:*:${A}:table/*`,
  `arn:aws:iam::${A}:user/\${aws:username}`,
  'arn:aws:s3:::bucket-b/${aws:PrincipalTag/team}/*',
];
const conditions = [
  { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
  { StringLike: { 'aws:PrincipalTag/team': 'r*' } },
  { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['project'] } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['project', 'owner'] } },
  { Null: { 'aws:PrincipalTag/team': 'true' } },
  { DateGreaterThan: { 'aws:CurrentTime': '2025-06-01T00:00:00Z' } },
  { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/*` } },
  { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
];
const principals = [
  '*',
  { AWS: USER },
  { AWS: A },
  { AWS: ROLE },
  { AWS: SESSION },
  { AWS: OTHER_USER },
];

const contextArb = fc.record(
  {
    'aws:PrincipalTag/team': fc.constantFrom('red', 'blue'),
    'aws:RequestedRegion': fc.constantFrom('us-east-1', 'ap-south-1'),
    'aws:SecureTransport': fc.constantFrom('true', 'false'),
    'aws:SourceIp': fc.constantFrom('10.1.2.3', '203.0.113.9'),
    'aws:TagKeys': fc.subarray(['project', 'owner', 'secret']),
    'aws:CurrentTime': fc.constantFrom('2025-01-01T00:00:00Z', '2025-09-01T00:00:00Z'),
    'aws:MultiFactorAuthPresent': fc.constantFrom('true', 'false'),
    'aws:MultiFactorAuthAge': fc.constantFrom('60', '7200'),
  },
  { requiredKeys: [] },
);

/** Patterns that match the request, so that random policies allow and deny often enough. */
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
  withPrincipal: boolean,
): fc.Arbitrary<unknown> {
  const related = relatedPatterns(action, resource);
  const statement = fc
    .record({
      Effect: fc.oneof(
        { weight: 8, arbitrary: fc.constant('Allow') },
        { weight: 1, arbitrary: fc.constant('Deny') },
      ),
      Action: fc.uniqueArray(pick(related.actions, actionPatterns), { minLength: 1, maxLength: 2 }),
      Resource: fc.uniqueArray(pick(related.resources, resourcePatterns), {
        minLength: 1,
        maxLength: 2,
      }),
      Condition: fc.option(fc.constantFrom(...conditions), { nil: undefined, freq: 3 }),
      Principal: withPrincipal ? fc.constantFrom<unknown>(...principals) : fc.constant(undefined),
    })
    .map((s) => Object.fromEntries(Object.entries(s).filter(([, value]) => value !== undefined)));
  return fc
    .array(statement, { minLength: 1, maxLength: 3 })
    .map((Statement) => ({ Version: '2012-10-17', Statement }));
}

const fullAccess = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(fc.constantFrom(USER, ROLE, SESSION, OTHER_USER), fc.constantFrom(...requests), contextArb)
  .chain(([principal, [action, resource], context]) => {
    const policy = (withPrincipal = false): fc.Arbitrary<unknown> =>
      policyArb(action, resource, withPrincipal);
    const scpLevel: fc.Arbitrary<unknown[]> = fc.oneof(
      { weight: 2, arbitrary: fc.constant<unknown[]>([fullAccess]) },
      { weight: 1, arbitrary: fc.array(policy(), { minLength: 1, maxLength: 2 }) },
      { weight: 1, arbitrary: policy().map((p): unknown[] => [fullAccess, p]) },
    );
    return fc
      .record({
        identityPolicies: fc.array(policy(), { maxLength: 3 }),
        resourcePolicy: fc.option(policy(true), { nil: undefined }),
        permissionBoundary: fc.option(policy(), { nil: undefined, freq: 3 }),
        sessionPolicy: fc.option(policy(), { nil: undefined, freq: 3 }),
        scps: fc.option(fc.array(scpLevel, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      })
      .map((policies) => {
        // Keys AWS derives from the principal are written out, as the scenario format asks,
        // so that both engines see them (iam-simulate does not derive them).
        const derived: Record<string, string> = {
          'aws:PrincipalArn': principal === SESSION ? ROLE : principal,
          'aws:PrincipalAccount': principal === OTHER_USER ? '444455556666' : A,
        };
        if (principal === USER) derived['aws:username'] = 'alice';
        if (principal === OTHER_USER) derived['aws:username'] = 'carol';
        const scenario: Scenario = {
          request: {
            principal,
            action,
            resource,
            resourceAccount: A,
            context: { ...context, ...derived },
          },
          identityPolicies: policies.identityPolicies,
        };
        if (policies.resourcePolicy !== undefined && resource !== '*')
          scenario.resourcePolicy = policies.resourcePolicy;
        if (policies.permissionBoundary !== undefined)
          scenario.permissionBoundary = policies.permissionBoundary;
        if (policies.sessionPolicy !== undefined && principal === SESSION)
          scenario.sessionPolicy = policies.sessionPolicy;
        if (policies.scps !== undefined) scenario.scps = policies.scps;
        return scenario;
      });
  });

/** Canonical JSON (sorted keys), so the key does not depend on property order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Stable description of a scenario: the request in words plus a hash of the whole input. */
function describeScenario(scenario: Scenario): string {
  const hash = createHash('sha256').update(canonical(scenario)).digest('hex').slice(0, 12);
  const { principal, action, resource } = scenario.request;
  return `${principal} ${action} ${resource} #${hash}`;
}

function ourDecision(result: SimulationResult): string {
  return 'error' in result ? `error: ${result.error.message}` : result.decision;
}

async function peerDecision(scenario: Scenario): Promise<string> {
  const result = await runSimulation(toPeerSimulation(scenario) as Simulation, {
    simulationMode: 'Strict',
  });
  return result.resultType === 'error'
    ? `error: ${result.errors.message}`
    : fromPeerDecision(result.overallResult);
}

interface ReviewedEntry {
  key: string;
  ours: string;
  peer: string;
  reasoning: string;
  doc: string;
}

const reviewed = (JSON.parse(readFileSync(reviewedFile, 'utf8')) as { entries: ReviewedEntry[] })
  .entries;

describe('differential: ours against iam-simulate', () => {
  it('decides all 20,000 bench requests as recorded in `expected`', () => {
    const scenarios = readScenarioFile(JSON.parse(readFileSync(benchFile, 'utf8')) as unknown);
    expect(scenarios.length).toBe(20_000);
    const simulator = createSimulator();
    const mismatches: string[] = [];
    let agreements = 0;
    for (const scenario of scenarios) {
      const decision = ourDecision(simulator.simulate(scenario));
      if (decision === scenario.expected) agreements++;
      else
        mismatches.push(
          `${scenario.name ?? '?'}: ours ${decision}, expected ${scenario.expected ?? '?'}`,
        );
    }
    expect(mismatches.slice(0, 10), `${mismatches.length} mismatches, first ones listed`).toEqual(
      [],
    );
    expect(agreements).toBe(scenarios.length);
  });

  it(`agrees on ${RUNS} random scenarios (seed ${SEED}) or the disagreement is reviewed`, async () => {
    const scenarios = fc.sample(scenarioArb, { seed: SEED, numRuns: RUNS });
    const simulator = createSimulator();
    const unreviewed: string[] = [];
    const seen = new Set<string>();
    for (const scenario of scenarios) {
      const ours = ourDecision(simulator.simulate(scenario));
      const peer = await peerDecision(scenario);
      if (ours === peer) continue;
      const key = describeScenario(scenario);
      seen.add(key);
      const entry = reviewed.find((e) => e.key === key);
      if (entry === undefined || entry.ours !== ours || entry.peer !== peer) {
        unreviewed.push(`${key}: ours ${ours}, iam-simulate ${peer}\n${JSON.stringify(scenario)}`);
      }
    }
    expect(unreviewed, 'disagreements missing from differential-reviewed.json').toEqual([]);
    const stale = reviewed.filter((e) => !seen.has(e.key)).map((e) => e.key);
    expect(stale, 'reviewed entries that no longer disagree (remove them)').toEqual([]);
  });

  it('gives every reviewed disagreement its AWS documentation reasoning', () => {
    for (const entry of reviewed) {
      expect(entry.reasoning.length, entry.key).toBeGreaterThan(40);
      expect(entry.doc, entry.key).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });
});
