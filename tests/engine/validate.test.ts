// The policy grammar: each rule broken gives its own stable code and the path of the element,
// and rules that depend on what the policy is used as (PolicyKind) follow that kind.
import { describe, expect, it } from 'vitest';
import { parsePolicy, simulate } from '../../src/engine/index';
import type { PolicyKind } from '../../src/engine/index';

const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const policy = (...statements: unknown[]): object => ({
  Version: '2012-10-17',
  Statement: statements,
});

function firstError(doc: unknown, kind: PolicyKind = 'identity'): { code: string; path: string } {
  const result = parsePolicy(doc, { kind });
  expect(result.ok).toBe(false);
  const [error] = result.errors;
  return { code: error?.code ?? '', path: error?.path ?? '' };
}

describe('policy grammar errors', () => {
  it.each<[string, unknown, PolicyKind, string, string]>([
    ['a document that is not an object', [], 'identity', 'policy-not-object', ''],
    ['no Statement', { Version: '2012-10-17' }, 'identity', 'missing-statement', ''],
    [
      'an unknown top-level element',
      { ...policy(allow), Foo: 1 },
      'identity',
      'unknown-element',
      'Foo',
    ],
    [
      'a wrongly cased element',
      policy({ ...allow, effect: 'Allow' }),
      'identity',
      'unknown-element',
      'Statement[0].effect',
    ],
    [
      'a bad Version',
      { Version: '2020-01-01', Statement: allow },
      'identity',
      'invalid-version',
      'Version',
    ],
    ['a numeric Id', { Id: 5, Statement: allow }, 'identity', 'wrong-type', 'Id'],
    ['a Statement that is a string', { Statement: 'x' }, 'identity', 'wrong-type', 'Statement'],
    [
      'a statement that is not an object',
      policy(allow, 'x'),
      'identity',
      'statement-not-object',
      'Statement[1]',
    ],
    [
      'a missing Effect',
      policy({ Action: '*', Resource: '*' }),
      'identity',
      'missing-effect',
      'Statement[0]',
    ],
    [
      'a lower-case Effect',
      policy({ ...allow, Effect: 'allow' }),
      'identity',
      'invalid-effect',
      'Statement[0].Effect',
    ],
    [
      'Action with NotAction',
      policy({ ...allow, NotAction: 's3:*' }),
      'identity',
      'action-and-notaction',
      'Statement[0]',
    ],
    [
      'no Action',
      policy({ Effect: 'Allow', Resource: '*' }),
      'identity',
      'missing-action',
      'Statement[0]',
    ],
    [
      'an action without service prefix',
      policy({ ...allow, Action: ['s3:GetObject', 'GetObject'] }),
      'identity',
      'invalid-action',
      'Statement[0].Action[1]',
    ],
    [
      'an empty Action list',
      policy({ ...allow, Action: [] }),
      'identity',
      'empty-value',
      'Statement[0].Action',
    ],
    [
      'a numeric Action',
      policy({ ...allow, Action: 5 }),
      'identity',
      'wrong-type',
      'Statement[0].Action',
    ],
    [
      'Resource with NotResource',
      policy({ ...allow, NotResource: '*' }),
      'identity',
      'resource-and-notresource',
      'Statement[0]',
    ],
    [
      'no Resource in an identity policy',
      policy({ Effect: 'Allow', Action: '*' }),
      'identity',
      'missing-resource',
      'Statement[0]',
    ],
    [
      'a resource that is not an ARN',
      policy({ ...allow, Resource: 'my-bucket' }),
      'identity',
      'invalid-resource-arn',
      'Statement[0].Resource',
    ],
    [
      'an ARN with too few segments',
      policy({ ...allow, Resource: 'arn:aws:s3' }),
      'identity',
      'invalid-resource-arn',
      'Statement[0].Resource',
    ],
    [
      'a wildcard service segment',
      policy({ ...allow, Resource: 'arn:aws:s*:::b' }),
      'identity',
      'invalid-resource-arn',
      'Statement[0].Resource',
    ],
    [
      'a variable in the account segment',
      policy({ ...allow, Resource: 'arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q' }),
      'identity',
      'invalid-resource-arn',
      'Statement[0].Resource',
    ],
    [
      'Principal in an identity policy',
      policy({ ...allow, Principal: '*' }),
      'identity',
      'principal-not-allowed',
      'Statement[0].Principal',
    ],
    [
      'Principal in a boundary',
      policy({ ...allow, Principal: '*' }),
      'pb',
      'principal-not-allowed',
      'Statement[0].Principal',
    ],
    [
      'Principal in an SCP',
      policy({ ...allow, Principal: '*' }),
      'scp',
      'principal-not-allowed',
      'Statement[0].Principal',
    ],
    [
      'no Principal in a resource policy',
      policy(allow),
      'resource',
      'missing-principal',
      'Statement[0]',
    ],
    [
      'no Principal in an endpoint policy',
      policy(allow),
      'endpoint',
      'missing-principal',
      'Statement[0]',
    ],
    [
      'NotPrincipal in a trust policy',
      policy({ ...allow, NotPrincipal: { AWS: '111122223333' } }),
      'trust',
      'notprincipal-not-allowed',
      'Statement[0].NotPrincipal',
    ],
    [
      'Principal with NotPrincipal',
      policy({ ...allow, Principal: '*', NotPrincipal: '*' }),
      'resource',
      'principal-and-notprincipal',
      'Statement[0]',
    ],
    [
      'a bare-string principal ARN',
      policy({ ...allow, Principal: 'arn:aws:iam::111122223333:root' }),
      'resource',
      'invalid-principal',
      'Statement[0].Principal',
    ],
    [
      'an unknown principal type',
      policy({ ...allow, Principal: { User: 'bob' } }),
      'resource',
      'invalid-principal-type',
      'Statement[0].Principal.User',
    ],
    [
      'a partial wildcard principal',
      policy({
        ...allow,
        Principal: { AWS: ['111122223333', 'arn:aws:iam::111122223333:role/*'] },
      }),
      'resource',
      'invalid-principal',
      'Statement[0].Principal.AWS[1]',
    ],
    [
      'a group as principal',
      policy({ ...allow, Principal: { AWS: 'arn:aws:iam::111122223333:group/admins' } }),
      'resource',
      'invalid-principal',
      'Statement[0].Principal.AWS',
    ],
    [
      'an RCP principal that is not *',
      policy({ ...allow, Effect: 'Deny', Principal: { AWS: '111122223333' } }),
      'rcp',
      'invalid-principal',
      'Statement[0].Principal',
    ],
    [
      'an Allow in a customer RCP',
      policy({ ...allow, Principal: '*' }),
      'rcp',
      'rcp-allow',
      'Statement[0]',
    ],
    [
      'an unknown condition operator',
      policy({ ...allow, Condition: { StringEqualz: { 'aws:username': 'x' } } }),
      'identity',
      'unknown-condition-operator',
      'Statement[0].Condition',
    ],
    [
      'a lower-case operator',
      policy({ ...allow, Condition: { stringEquals: { 'aws:username': 'x' } } }),
      'identity',
      'unknown-condition-operator',
      'Statement[0].Condition',
    ],
    [
      'an unknown set prefix',
      policy({ ...allow, Condition: { 'ForSomeValues:StringEquals': { 'aws:TagKeys': 'x' } } }),
      'identity',
      'unknown-condition-operator',
      'Statement[0].Condition',
    ],
    [
      'NullIfExists',
      policy({ ...allow, Condition: { NullIfExists: { 'aws:username': 'true' } } }),
      'identity',
      'invalid-condition-operator',
      'Statement[0].Condition',
    ],
    [
      'a non-numeric Numeric value',
      policy({ ...allow, Condition: { NumericLessThan: { 's3:max-keys': 'ten' } } }),
      'identity',
      'invalid-condition-value',
      'Statement[0].Condition.NumericLessThan["s3:max-keys"]',
    ],
    [
      'a bad date',
      policy({
        ...allow,
        Condition: { DateLessThan: { 'aws:CurrentTime': ['2025-01-01', 'tomorrow'] } },
      }),
      'identity',
      'invalid-condition-value',
      'Statement[0].Condition.DateLessThan["aws:CurrentTime"][1]',
    ],
    [
      'a bad CIDR',
      policy({ ...allow, Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/33' } } }),
      'identity',
      'invalid-condition-value',
      'Statement[0].Condition.IpAddress["aws:SourceIp"]',
    ],
    [
      'a Bool that is not true/false',
      policy({ ...allow, Condition: { Bool: { 'aws:SecureTransport': 'yes' } } }),
      'identity',
      'invalid-condition-value',
      'Statement[0].Condition.Bool["aws:SecureTransport"]',
    ],
    [
      'a Null that is not true/false',
      policy({ ...allow, Condition: { Null: { 'aws:TokenIssueTime': 'maybe' } } }),
      'identity',
      'invalid-condition-value',
      'Statement[0].Condition.Null["aws:TokenIssueTime"]',
    ],
    [
      'BinaryEquals that is not base64',
      policy({ ...allow, Condition: { BinaryEquals: { 'k:b': 'not base64!' } } }),
      'identity',
      'invalid-condition-value',
      'Statement[0].Condition.BinaryEquals["k:b"]',
    ],
    [
      'an ArnLike value that is not an ARN',
      policy({ ...allow, Condition: { ArnLike: { 'aws:SourceArn': 'bucket' } } }),
      'identity',
      'invalid-condition-value',
      'Statement[0].Condition.ArnLike["aws:SourceArn"]',
    ],
    [
      'an object as condition value',
      policy({ ...allow, Condition: { StringEquals: { 'aws:username': { a: 1 } } } }),
      'identity',
      'wrong-type',
      'Statement[0].Condition.StringEquals["aws:username"]',
    ],
    [
      'an operator mapped to a string',
      policy({ ...allow, Condition: { StringEquals: 'x' } }),
      'identity',
      'wrong-type',
      'Statement[0].Condition.StringEquals',
    ],
  ])('rejects %s', (_label, doc, kind, code, path) => {
    expect(firstError(doc, kind)).toEqual({ code, path });
  });

  it('rejects a duplicate Sid at the second statement', () => {
    const doc = policy({ ...allow, Sid: 'A' }, { ...allow, Sid: 'A' });
    expect(firstError(doc)).toEqual({ code: 'duplicate-sid', path: 'Statement[1].Sid' });
  });

  it('reports every error, not only the first', () => {
    const doc = policy({ Effect: 'Sometimes', Action: 'GetObject' });
    const codes = parsePolicy(doc).errors.map((e) => e.code);
    expect(codes).toEqual(['invalid-effect', 'missing-resource', 'invalid-action']);
  });

  it('names the broken rule in the message', () => {
    const [error] = parsePolicy(policy({ ...allow, NotAction: 's3:*' })).errors;
    expect(error?.message).toBe('A statement cannot have both Action and NotAction');
  });
});

describe('policies that are valid', () => {
  it.each<[string, unknown, PolicyKind]>([
    ['a single statement object', { Version: '2012-10-17', Statement: allow }, 'identity'],
    ['no Version (old language)', { Statement: allow }, 'identity'],
    ['Version 2008-10-17', { Version: '2008-10-17', Statement: allow }, 'identity'],
    [
      'an Id and Sids',
      {
        Id: 'p1',
        Statement: [
          { ...allow, Sid: 'One' },
          { ...allow, Sid: 'Two' },
        ],
      },
      'identity',
    ],
    [
      'an unknown but well-formed action',
      policy({ ...allow, Action: 's3:MadeUpAction' }),
      'identity',
    ],
    [
      'a short ARN pattern ending in *',
      policy({ ...allow, Resource: 'arn:aws:sqs:*' }),
      'identity',
    ],
    [
      'a variable in the resource part',
      policy({ ...allow, Resource: 'arn:aws:s3:::b/${aws:username}/*' }),
      'identity',
    ],
    [
      'every principal form',
      policy({
        ...allow,
        Principal: {
          AWS: [
            '111122223333',
            'arn:aws:iam::111122223333:root',
            'arn:aws:iam::111122223333:user/a',
            'arn:aws:iam::111122223333:role/path/r',
            'arn:aws:sts::111122223333:assumed-role/r/s',
            'arn:aws:sts::111122223333:federated-user/f',
            'AIDAJQABLZS4A3QDU576Q',
            '*',
          ],
          Service: 'ec2.amazonaws.com',
          Federated: 'cognito-identity.amazonaws.com',
          CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
        },
      }),
      'resource',
    ],
    [
      'NotPrincipal with Deny',
      policy({ ...allow, Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } }),
      'resource',
    ],
    [
      'a trust policy without Resource',
      policy({
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { Service: 'ec2.amazonaws.com' },
      }),
      'trust',
    ],
    [
      'RCPFullAWSAccess',
      policy({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }),
      'rcp',
    ],
    [
      'a customer RCP Deny',
      policy({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } },
      }),
      'rcp',
    ],
    [
      'every documented operator',
      policy({
        ...allow,
        Condition: {
          StringEquals: { 'a:a': 'x' },
          StringNotEquals: { 'a:b': 'x' },
          StringEqualsIgnoreCase: { 'a:c': 'x' },
          StringNotEqualsIgnoreCase: { 'a:d': 'x' },
          StringLike: { 'a:e': 'x*' },
          StringNotLike: { 'a:f': '?' },
          NumericEquals: { 'a:g': 1 },
          NumericNotEquals: { 'a:h': '1.5' },
          NumericLessThan: { 'a:i': '-2' },
          NumericLessThanEquals: { 'a:j': '3' },
          NumericGreaterThan: { 'a:k': '4' },
          NumericGreaterThanEquals: { 'a:l': '5' },
          DateEquals: { 'a:m': '2025-01-01T00:00:00Z' },
          DateNotEquals: { 'a:n': '1735689600' },
          DateLessThan: { 'a:o': '2025-01-01' },
          DateLessThanEquals: { 'a:p': '2025-01-01T00:00:00+02:00' },
          DateGreaterThan: { 'a:q': '2025-01-01T00:00:00.123Z' },
          DateGreaterThanEquals: { 'a:r': '2025-01-01T00:00' },
          Bool: { 'a:s': true },
          BinaryEquals: { 'a:t': 'QmluYXJ5' },
          IpAddress: { 'a:u': ['10.0.0.0/8', '2001:db8::/32'] },
          NotIpAddress: { 'a:v': '::1' },
          ArnEquals: { 'a:w': 'arn:aws:s3:::b' },
          ArnLike: { 'a:x': 'arn:aws:iam::*:role/*' },
          ArnNotEquals: { 'a:y': '*' },
          ArnNotLike: { 'a:z': 'arn:*:*:*:*:*' },
          Null: { 'a:za': 'true' },
          StringEqualsIfExists: { 'a:zb': 'x' },
          'ForAllValues:StringLike': { 'a:zc': ['a*'] },
          'ForAnyValue:NumericLessThanIfExists': { 'a:zd': '1' },
        },
      }),
      'identity',
    ],
  ])('accepts %s', (_label, doc, kind) => {
    const result = parsePolicy(doc, { kind });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('scenario errors', () => {
  const request = {
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/k',
  };

  it('prefix policy errors with the policy path in the scenario', () => {
    const result = simulate({
      name: 'bad',
      request,
      identityPolicies: [policy(allow), policy({ ...allow, Condition: { StringEqualz: {} } })],
    });
    expect(result).toMatchObject({
      name: 'bad',
      error: {
        code: 'unknown-condition-operator',
        path: 'identityPolicies[1].Statement[0].Condition',
      },
    });
  });

  it('list every error of every policy', () => {
    const result = simulate({
      request,
      identityPolicies: [policy({ ...allow, Principal: '*' })],
      resourcePolicy: policy(allow),
      scps: [[policy(allow)], [policy({ ...allow, Effect: 'Nope' })]],
    });
    expect('errors' in result ? result.errors?.map((e) => e.path) : []).toEqual([
      'identityPolicies[0].Statement[0].Principal',
      'resourcePolicy.Statement[0]',
      'scps[1][0].Statement[0].Effect',
    ]);
  });

  it.each([
    ['a missing request', {}, 'request'],
    [
      'a request action without service',
      { request: { ...request, action: 'GetObject' } },
      'request.action',
    ],
    [
      'an unknown principal form',
      { request: { ...request, principal: 'alice' } },
      'request.principal',
    ],
    [
      'a short resource account',
      { request: { ...request, resourceAccount: '123' } },
      'request.resourceAccount',
    ],
    [
      'a context value that is an object',
      { request: { ...request, context: { 'aws:x': {} } } },
      'request.context["aws:x"]',
    ],
    ['SCPs that are not levels', { request, scps: [policy(allow)] }, 'scps'],
  ])('reports %s', (_label, scenario, path) => {
    const result = simulate(scenario);
    expect('error' in result && result.error.path).toBe(path);
  });

  it('uses the trust-policy rules for a resource policy on sts:AssumeRole', () => {
    const trust = policy({
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Principal: { AWS: '111122223333' },
    });
    const ok = simulate({
      request: {
        ...request,
        action: 'sts:AssumeRole',
        resource: 'arn:aws:iam::111122223333:role/r',
      },
      resourcePolicy: trust,
    });
    expect('decision' in ok).toBe(true);
    const bad = simulate({ request, resourcePolicy: trust });
    expect('error' in bad && bad.error.code).toBe('missing-resource');
  });
});
