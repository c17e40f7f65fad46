// Glob matching for actions (case-insensitive) and resources (case-sensitive, ARN-aware), and
// policy variables in Resource.
import { describe, expect, it } from 'vitest';
import { matchesAction, matchesResource } from '../../src/engine/index';
import { compileResource } from '../../src/engine/resource';
import { splitArn } from '../../src/engine/arn';
import { compileGlob } from '../../src/engine/wildcard';

describe('compileGlob', () => {
  it.each<[string, string, boolean]>([
    ['*', '', true],
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['a*', 'a', true],
    ['*c', 'abc', true],
    ['a*c', 'ac', true],
    ['a*c', 'acb', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*a*b*', 'xxaxxbxx', true],
    ['*a*b*', 'xxbxxaxx', false],
    ['a*b*a', 'aba', true],
    ['a*b*a', 'ab', false],
    ['??', 'ab', true],
    ['?*?', 'a', false],
    ['*?x', 'yx', true],
  ])('%s against %s is %s', (pattern, text, expected) => {
    expect(compileGlob(pattern)(text)).toBe(expected);
  });

  it('answers at once for 40 "*a" pairs against 10,000 characters', () => {
    const pattern = '*a'.repeat(40) + 'b';
    const started = Date.now();
    expect(compileGlob(pattern)('a'.repeat(10_000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('matchesAction', () => {
  it.each<[string, string, boolean]>([
    ['s3:GetObject', 's3:getobject', true],
    ['S3:Get*', 's3:GetObjectAcl', true],
    ['s3:*Object', 's3:PutObject', true],
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get*', 's3x:GetObject', false],
    ['*', 'anything:AtAll', true],
    ['iam:*AccessKey*', 'iam:CreateAccessKey', true],
    ['s3:GetObject,s3:PutObject', 's3:GetObject', false],
  ])('%s covers %s: %s', (pattern, action, expected) => {
    expect(matchesAction(pattern, action)).toBe(expected);
  });
});

describe('matchesResource', () => {
  it.each<[string, string, boolean]>([
    ['*', 'arn:aws:s3:::b/k', true],
    ['*', '*', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/dir/sub/k', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::B/k', false],
    ['arn:aws:s3:::b/*/test/*', 'arn:aws:s3:::b/x/y/test/z', true],
    ['arn:aws:s3:::b', 'arn:aws:s3:::b/k', false],
    ['arn:aws:iam::*:user/*', 'arn:aws:iam::111122223333:user/alice', true],
    ['arn:aws:iam::1111*:user/*', 'arn:aws:iam::111122223333:user/a', true],
    [
      'arn:aws:dynamodb:*:111122223333:table/t-*',
      'arn:aws:dynamodb:eu-west-1:111122223333:table/t-1',
      true,
    ],
    [
      'arn:aws:dynamodb:*:111122223333:table/t-*',
      'arn:aws:dynamodb:eu-west-1:444455556666:table/t-1',
      false,
    ],
    [
      'arn:aws:lambda:*:*:function:f*',
      'arn:aws:lambda:us-east-1:111122223333:function:f1:prod',
      true,
    ],
    [
      'arn:aws:sqs:us-east-1:111122223333:queue-?',
      'arn:aws:sqs:us-east-1:111122223333:queue-1',
      true,
    ],
    [
      'arn:aws:sqs:us-east-1:111122223333:queue-?',
      'arn:aws:sqs:us-east-1:111122223333:queue-10',
      false,
    ],
    // A region wildcard stays inside its segment.
    ['arn:aws:sqs:us*1:111122223333:q', 'arn:aws:sqs:us-east-1:111122223333:q', true],
    ['arn:aws:sqs:*:q', 'arn:aws:sqs:us-east-1:111122223333:q', false],
    // A pattern cut short may end in * that runs across the remaining colons.
    ['arn:aws:sqs:*', 'arn:aws:sqs:us-east-1:111122223333:q', true],
    ['arn:aws:sqs:us-east-1:*', 'arn:aws:sqs:us-east-1:111122223333:q', true],
    ['arn:aws:sqs:us-east-1:*', 'arn:aws:sqs:eu-west-1:111122223333:q', false],
    // The request resource "*" (actions with no resource type) is only matched by "*".
    ['arn:aws:s3:::*', '*', false],
  ])('%s matches %s: %s', (pattern, resource, expected) => {
    expect(matchesResource(pattern, resource)).toBe(expected);
  });
});

describe('policy variables in Resource', () => {
  const context = new Map([
    ['aws:username', ['alice']],
    ['aws:principaltag/team', ['red']],
    ['aws:tagkeys', ['a', 'b']],
  ]);
  const test = (pattern: string, resource: string, variables = true): boolean =>
    compileResource(pattern, variables).test(resource, splitArn(resource), context);

  it('substitutes single-valued keys, case-insensitively by name', () => {
    expect(test('arn:aws:s3:::home/${aws:UserName}/*', 'arn:aws:s3:::home/alice/f')).toBe(true);
    expect(test('arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/bob/f')).toBe(false);
    expect(test('arn:aws:s3:::t/${aws:PrincipalTag/team}', 'arn:aws:s3:::t/red')).toBe(true);
  });

  it('uses the default when the key is absent, and matches nothing without one', () => {
    expect(
      test("arn:aws:s3:::t/${aws:PrincipalTag/dept, 'shared'}/*", 'arn:aws:s3:::t/shared/x'),
    ).toBe(true);
    expect(test('arn:aws:s3:::t/${aws:PrincipalTag/dept}/*', 'arn:aws:s3:::t//x')).toBe(false);
  });

  it('does not substitute a multivalued key', () => {
    expect(test('arn:aws:s3:::t/${aws:TagKeys}', 'arn:aws:s3:::t/a')).toBe(false);
  });

  it('keeps ${...} literal under the old policy language', () => {
    expect(
      test('arn:aws:s3:::home/${aws:username}', 'arn:aws:s3:::home/${aws:username}', false),
    ).toBe(true);
    expect(test('arn:aws:s3:::home/${aws:username}', 'arn:aws:s3:::home/alice', false)).toBe(false);
  });

  it('treats a substituted value as literal text, never as a wildcard', () => {
    const star = new Map([['aws:username', ['*']]]);
    const pattern = compileResource('arn:aws:s3:::home/${aws:username}/f', true);
    expect(
      pattern.test('arn:aws:s3:::home/alice/f', splitArn('arn:aws:s3:::home/alice/f'), star),
    ).toBe(false);
    expect(pattern.test('arn:aws:s3:::home/*/f', splitArn('arn:aws:s3:::home/*/f'), star)).toBe(
      true,
    );
  });
});
