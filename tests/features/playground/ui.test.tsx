// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index';
import { FlowDiagram } from '../../../src/features/playground/ask/FlowDiagram';
import { draftRequest, initialDraft } from '../../../src/features/playground/ask/requestDraft';
import { readScenarioLink } from '../../../src/features/playground/ScenarioRoute';
import { encodeScenario, toBase64Url } from '../../../src/lib/sandbox/share';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';

const scenario = {
  request: { principal: 'arn:aws:iam::111122223333:user/a', action: 's3:GetObject', resource: '*' },
  identityPolicies: [
    { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] },
  ],
};

describe('scenario links', () => {
  it('open a valid scenario', () => {
    const read = readScenarioLink(encodeScenario(scenario));
    expect('scenario' in read && read.scenario.request.action).toBe('s3:GetObject');
  });

  it('explain what is wrong with a crafted or damaged one', () => {
    const crafted = (value: unknown) =>
      readScenarioLink(toBase64Url(new TextEncoder().encode(JSON.stringify(value))));
    expect(readScenarioLink(null)).toEqual({ problem: 'the link holds no scenario' });
    expect(crafted({ request: { principal: 5 } })).toMatchObject({
      problem: expect.stringMatching(/^it is not a scenario \(request\.principal/),
    });
    expect(
      crafted({ request: { principal: 'a', action: 'b', resource: 'c', extra: '<img>' } }),
    ).toMatchObject({ problem: expect.stringMatching(/not a scenario/) });
    expect(readScenarioLink('A'.repeat(100_001))).toMatchObject({
      problem: expect.stringMatching(/at most 100,000/),
    });
    expect(readScenarioLink('@@@')).toMatchObject({ problem: expect.stringMatching(/damaged/) });
  });
});

describe('the flowchart', () => {
  it('lights the explicit deny and says so in words', () => {
    const result = simulate(scenario, { explain: true });
    if (!('decision' in result)) throw new Error('no decision');
    render(<FlowDiagram result={result} />);
    const deny = screen.getByText('Any explicit Deny in any policy?').closest('li');
    expect(deny?.getAttribute('data-state')).toBe('fail');
    expect(deny?.textContent).toMatch(/stopped the request here/);
    expect(screen.getByText('Explicitly denied')).toBeTruthy();
    expect(screen.queryByText('VPC endpoint policies')).toBeNull();
  });
});

describe('the request builder draft', () => {
  it('starts with a user of the account that holds the first resource, reading it', () => {
    const org = exampleOrganization();
    const req = draftRequest(initialDraft(org));
    expect(req.principal).toEqual({ type: 'user', account: '222222222222', name: 'alice' });
    expect(req.resource).toBe('arn:aws:s3:::dev-app-data/example.txt');
    expect(req.context?.['aws:SourceIp']).toBe('203.0.113.10');
  });

  it('turns the session options into a session principal with its caller', () => {
    const d = {
      ...initialDraft(exampleOrganization()),
      principal: 'role:222222222222:AuditRole:session',
      caller: 'user:111111111111:ops-admin',
      externalId: 'x',
      mfa: true,
      sessionTags: 'team=a, env = dev',
      duration: '1800',
    };
    expect(draftRequest(d).principal).toMatchObject({
      type: 'session',
      role: 'AuditRole',
      externalId: 'x',
      mfa: true,
      durationSeconds: 1800,
      sessionTags: [
        { key: 'team', value: 'a' },
        { key: 'env', value: 'dev' },
      ],
      caller: { type: 'user', name: 'ops-admin' },
    });
  });
});
