// The explain trace: the decision flow's steps in order, every policy and statement considered,
// and what was compared. Without explain no trace is built.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index';
import type { Scenario, TraceStep } from '../../src/engine/index';

const scenario: Scenario = {
  name: 'boundary blocks an identity allow',
  request: {
    principal: 'arn:aws:sts::111122223333:assumed-role/dev/alice',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::shared/a.txt',
    context: { 'aws:SourceIp': '10.1.2.3' },
  },
  identityPolicies: [
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Read',
          Effect: 'Allow',
          Action: 's3:Get*',
          Resource: 'arn:aws:s3:::shared/*',
          Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
        },
        { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
      ],
    },
  ],
  permissionBoundary: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
  },
  scps: [[{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }]],
};

function steps(): TraceStep[] {
  const result = simulate(scenario, { explain: true });
  if (!('trace' in result) || !result.trace) throw new Error('no trace');
  return result.trace;
}

describe('explain trace', () => {
  it('is absent unless asked for', () => {
    expect(simulate(scenario)).toEqual({
      name: scenario.name,
      decision: 'implicitDeny',
      blockedBy: ['pb'],
    });
  });

  it('lists the decision flow in AWS order', () => {
    expect(steps().map((s) => s.step)).toEqual([
      'request',
      'explicit-deny',
      'rcp',
      'scp',
      'resource',
      'identity',
      'pb',
      'session',
      'decision',
    ]);
  });

  it('shows every statement with what matched and the values compared', () => {
    const identity = steps().find((s) => s.step === 'identity');
    expect(identity?.outcome).toBe('allow');
    const [read, noDelete] = identity?.policies?.[0]?.statements ?? [];
    expect(read).toMatchObject({
      sid: 'Read',
      matched: true,
      path: 'identityPolicies[0].Statement[0]',
      action: { matched: true, element: 'Action', patterns: ['s3:Get*'], value: 's3:GetObject' },
      resource: { matched: true, patterns: ['arn:aws:s3:::shared/*'] },
      conditions: [
        {
          operator: 'IpAddress',
          key: 'aws:SourceIp',
          values: ['10.0.0.0/8'],
          contextValue: ['10.1.2.3'],
          matched: true,
        },
      ],
    });
    expect(noDelete).toMatchObject({
      sid: 'NoDelete',
      effect: 'Deny',
      matched: false,
      action: { matched: false },
    });
  });

  it('says which step denied and why', () => {
    const all = steps();
    expect(all.find((s) => s.step === 'pb')).toMatchObject({ outcome: 'implicitDeny' });
    expect(all.at(-1)).toMatchObject({ step: 'decision', outcome: 'implicitDeny' });
    expect(all.at(-1)?.detail).toContain('pb');
  });

  it('lists the Deny statements that applied under explicit-deny', () => {
    const denied = simulate(
      { ...scenario, request: { ...scenario.request, action: 's3:DeleteObject' } },
      { explain: true },
    );
    const step =
      'trace' in denied ? denied.trace?.find((s) => s.step === 'explicit-deny') : undefined;
    expect(step?.outcome).toBe('explicitDeny');
    expect(step?.policies?.[0]?.statements.map((s) => s.sid)).toEqual(['NoDelete']);
  });

  it('gives the same decision with and without explain', () => {
    const fast = simulate(scenario);
    const slow = simulate(scenario, { explain: true });
    expect('decision' in slow && slow.decision).toBe('decision' in fast && fast.decision);
    expect('blockedBy' in slow && slow.blockedBy).toEqual('blockedBy' in fast && fast.blockedBy);
  });
});
