// Condition operators, one request at a time: value comparisons per family, missing keys,
// IfExists, Null and the set operators on multivalued keys.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
import { describe, expect, it } from 'vitest';
import { compileCondition, evaluateCondition } from '../../src/engine/conditions/condition';
import { parseCidr } from '../../src/engine/conditions/ip';
import { parseDate, parseNumeric } from '../../src/engine/conditions/numeric';
import type { ContextValue } from '../../src/engine/index';

function test(
  operator: string,
  values: string[],
  context: Record<string, ContextValue>,
  key = 'k:k',
  variables = true,
): boolean {
  const c = compileCondition({ operator, key, values, path: '' }, variables);
  const map = new Map<string, string[]>();
  for (const [k, v] of Object.entries(context))
    map.set(k.toLowerCase(), typeof v === 'string' ? [v] : v);
  return evaluateCondition(c, map);
}

describe('string operators', () => {
  it.each<[string, string[], ContextValue, boolean]>([
    ['StringEquals', ['abc'], 'abc', true],
    ['StringEquals', ['abc'], 'ABC', false],
    ['StringEquals', ['x', 'abc'], 'abc', true],
    ['StringNotEquals', ['x', 'abc'], 'abc', false],
    ['StringNotEquals', ['x', 'y'], 'abc', true],
    ['StringEqualsIgnoreCase', ['AbC'], 'aBc', true],
    ['StringNotEqualsIgnoreCase', ['AbC'], 'aBc', false],
    ['StringLike', ['a*c'], 'abbbc', true],
    ['StringLike', ['a?c'], 'abbc', false],
    ['StringLike', ['A*'], 'abc', false],
    ['StringNotLike', ['a*'], 'abc', false],
    ['StringNotLike', ['b*'], 'abc', true],
    ['StringEquals', ['a*'], 'abc', false],
  ])('%s %j against %j is %s', (op, values, value, expected) => {
    expect(test(op, values, { 'k:k': value })).toBe(expected);
  });

  it('matches context key names without regard to case', () => {
    expect(
      test('StringEquals', ['x'], { 'AWS:PrincipalTag/Team': 'x' }, 'aws:principaltag/team'),
    ).toBe(true);
  });
});

describe('numeric, date, bool, binary, IP and ARN operators', () => {
  it.each<[string, string[], string, boolean]>([
    ['NumericEquals', ['10'], '10.0', true],
    ['NumericNotEquals', ['10'], '11', true],
    ['NumericLessThan', ['10'], '9.5', true],
    ['NumericLessThan', ['10'], '10', false],
    ['NumericLessThanEquals', ['10'], '10', true],
    ['NumericGreaterThan', ['-1'], '0', true],
    ['NumericGreaterThanEquals', ['3'], '2', false],
    ['NumericEquals', ['10'], 'ten', false],
    ['DateLessThan', ['2025-06-01T00:00:00Z'], '2025-05-31T23:59:59Z', true],
    ['DateLessThan', ['2025-06-01T00:00:00Z'], '1748736000', false],
    ['DateEquals', ['2025-06-01T02:00:00+02:00'], '2025-06-01T00:00:00Z', true],
    ['DateGreaterThan', ['2025-01-01'], '2025-01-01T00:00:01Z', true],
    ['DateGreaterThanEquals', ['1735689600'], '2025-01-01T00:00:00Z', true],
    ['DateNotEquals', ['2025-01-01'], '2025-01-02', true],
    ['Bool', ['true'], 'TRUE', true],
    ['Bool', ['false'], 'true', false],
    ['BinaryEquals', ['QmluYXJ5'], 'QmluYXJ5', true],
    ['BinaryEquals', ['QmluYXJ5'], 'QmluYXJ6', false],
    ['IpAddress', ['203.0.113.0/24'], '203.0.113.200', true],
    ['IpAddress', ['203.0.113.0/24'], '203.0.114.1', false],
    ['IpAddress', ['10.1.2.3'], '10.1.2.3', true],
    ['IpAddress', ['2001:db8::/32'], '2001:db8:0:1::5', true],
    ['IpAddress', ['2001:db8::/32'], '2001:db9::5', false],
    ['IpAddress', ['0.0.0.0/0'], '::1', false],
    ['NotIpAddress', ['10.0.0.0/8'], '192.168.0.1', true],
    ['ArnLike', ['arn:aws:iam::*:role/app-*'], 'arn:aws:iam::111122223333:role/app-1', true],
    ['ArnLike', ['arn:aws:iam::*:role/app-*'], 'arn:aws:iam::111122223333:user/app-1', false],
    ['ArnEquals', ['arn:aws:s3:::bucket'], 'arn:aws:s3:::bucket', true],
    ['ArnLike', ['arn:aws:s3:::b*'], 'arn:aws:s3:::bucket/key:with:colons', true],
    ['ArnLike', ['arn:aws:*:*:*:*'], 'not-an-arn', false],
    ['ArnNotLike', ['arn:aws:iam::111122223333:*'], 'arn:aws:iam::444455556666:root', true],
  ])('%s %j against %s is %s', (op, values, value, expected) => {
    expect(test(op, values, { 'k:k': value })).toBe(expected);
  });
});

describe('missing keys, IfExists and Null', () => {
  it.each<[string, boolean]>([
    ['StringEquals', false],
    ['StringNotEquals', true],
    ['StringNotLike', true],
    ['NumericLessThan', false],
    ['NumericNotEquals', true],
    ['DateNotEquals', true],
    ['NotIpAddress', true],
    ['ArnNotLike', true],
    ['Bool', false],
    ['StringEqualsIfExists', true],
    ['StringNotEqualsIfExists', true],
    ['NumericLessThanIfExists', true],
  ])('%s on an absent key is %s', (op, expected) => {
    const values = op.startsWith('Numeric') ? ['1'] : op.includes('Ip') ? ['10.0.0.0/8'] : ['x'];
    expect(
      test(
        op,
        op.startsWith('Arn')
          ? ['arn:aws:s3:::x']
          : op.startsWith('Date')
            ? ['2025-01-01']
            : op === 'Bool'
              ? ['true']
              : values,
        {},
      ),
    ).toBe(expected);
  });

  it('IfExists tests the value when the key is present', () => {
    expect(test('StringEqualsIfExists', ['x'], { 'k:k': 'y' })).toBe(false);
  });

  it('Null "true" matches an absent key and "false" a present one', () => {
    expect(test('Null', ['true'], {})).toBe(true);
    expect(test('Null', ['true'], { 'k:k': 'v' })).toBe(false);
    expect(test('Null', ['false'], { 'k:k': 'v' })).toBe(true);
    expect(test('Null', ['false'], {})).toBe(false);
  });

  it('treats an empty list as an absent key', () => {
    expect(test('Null', ['true'], { 'k:k': [] })).toBe(true);
    expect(test('StringEquals', ['x'], { 'k:k': [] })).toBe(false);
  });
});

describe('set operators on multivalued keys', () => {
  it.each<[string, string[], ContextValue | undefined, boolean]>([
    ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'b'], true],
    ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'c'], false],
    ['ForAllValues:StringEquals', ['a'], undefined, true],
    ['ForAllValues:StringEquals', ['a'], [], true],
    ['ForAnyValue:StringEquals', ['a'], ['c', 'a'], true],
    ['ForAnyValue:StringEquals', ['a'], ['c'], false],
    ['ForAnyValue:StringEquals', ['a'], undefined, false],
    ['ForAnyValue:StringEquals', ['a'], [], false],
    ['ForAllValues:StringNotEquals', ['secret'], ['a', 'b'], true],
    ['ForAllValues:StringNotEquals', ['secret'], ['a', 'secret'], false],
    ['ForAnyValue:StringNotEquals', ['a'], ['a', 'b'], true],
    ['ForAnyValue:StringNotEquals', ['a'], ['a'], false],
    ['ForAllValues:StringLike', ['proj*', 'owner'], ['project', 'owner'], true],
    ['StringEquals', ['a'], ['b', 'a'], true],
    ['StringNotEquals', ['a'], ['b', 'a'], false],
  ])('%s %j against %j is %s', (op, values, value, expected) => {
    expect(test(op, values, value === undefined ? {} : { 'k:k': value })).toBe(expected);
  });
});

describe('policy variables in condition values', () => {
  it('substitutes a variable, and its default when the key is absent', () => {
    const ctx = { 'k:k': 'alice', 'aws:username': 'alice' };
    expect(test('StringEquals', ['${aws:username}'], ctx)).toBe(true);
    expect(test('StringEquals', ["${aws:PrincipalTag/team, 'alice'}"], { 'k:k': 'alice' })).toBe(
      true,
    );
  });

  it('keeps the text literal without Version 2012-10-17', () => {
    expect(
      test('StringEquals', ['${aws:username}'], { 'k:k': '${aws:username}' }, 'k:k', false),
    ).toBe(true);
  });

  it('treats a variable without a value as matching nothing', () => {
    expect(test('StringEquals', ['${aws:username}'], { 'k:k': '' })).toBe(false);
    expect(test('StringLike', ['home/${aws:username}/*'], { 'k:k': 'home//x' })).toBe(false);
  });

  it('never lets a substituted value act as a wildcard', () => {
    const ctx = { 'k:k': 'home/bob/x', 'aws:PrincipalTag/dir': '*' };
    expect(test('StringLike', ['home/${aws:PrincipalTag/dir}/x'], ctx)).toBe(false);
  });

  it('reads ${*}, ${?} and ${$} as the characters themselves', () => {
    expect(test('StringLike', ['a${*}b${?}c${$}'], { 'k:k': 'a*b?c$' })).toBe(true);
    expect(test('StringLike', ['a${*}b'], { 'k:k': 'axxb' })).toBe(false);
  });
});

describe('value parsers', () => {
  it('parses numbers as AWS writes them', () => {
    expect([
      parseNumeric('12'),
      parseNumeric('-1.5'),
      parseNumeric('1e3'),
      parseNumeric(''),
    ]).toEqual([12, -1.5, null, null]);
  });

  it('parses ISO 8601 dates (UTC by default) and epoch seconds', () => {
    expect(parseDate('2025-01-01T00:00:00Z')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('2025-01-01T00:00:00')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('20250101T000000Z')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('1735689600')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('January 1st')).toBeNull();
  });

  it('parses IPv4 and IPv6 addresses and ranges', () => {
    expect(parseCidr('10.0.0.0/8')?.prefix).toBe(8);
    expect(parseCidr('::ffff:10.0.0.1')?.bytes.length).toBe(16);
    expect(parseCidr('256.0.0.1')).toBeNull();
    expect(parseCidr('1::2::3')).toBeNull();
  });
});
