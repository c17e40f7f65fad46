// Parsing policies from text: JSON syntax errors and duplicate keys carry line and column, and
// every validation error found in text points at the line of the element it names.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/engine/index';
import { parseJsonText } from '../../src/engine/jsonText';

const lines = (...text: string[]): string => text.join('\n');

describe('parseJsonText', () => {
  it('records the position of every key and array item', () => {
    const { value, positions, errors } = parseJsonText(
      lines(
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {"Effect": "Allow"}',
        '  ]',
        '}',
      ),
    );
    expect(errors).toEqual([]);
    expect(value).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] });
    expect(positions.get('Version')).toEqual({ line: 2, column: 3 });
    expect(positions.get('Statement[0]')).toEqual({ line: 4, column: 5 });
    expect(positions.get('Statement[0].Effect')).toEqual({ line: 4, column: 6 });
  });

  it('quotes keys that are not identifiers in paths', () => {
    const { positions } = parseJsonText('{"Condition": {"StringEquals": {"aws:SourceIp": "x"}}}');
    expect(positions.has('Condition.StringEquals["aws:SourceIp"]')).toBe(true);
  });

  it('reports a duplicate key with its line and column', () => {
    const { errors } = parseJsonText(lines('{', '  "Effect": "Allow",', '  "Effect": "Deny"', '}'));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'duplicate-key', path: 'Effect', line: 3, column: 3 }),
    ]);
  });

  it('reports a syntax error where it happens', () => {
    const { value, errors } = parseJsonText(
      lines('{', '  "Version": "2012-10-17"', '  "Statement": []', '}'),
    );
    expect(value).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ code: 'json-syntax', line: 3, column: 3 })]);
  });

  it.each([
    ['an unterminated string', '{"a": "b'],
    ['a trailing comma', '{"a": 1,}'],
    ['text after the value', '{"a": 1} x'],
    ['a bad escape', '{"a": "\\q"}'],
    ['a lone minus', '[-]'],
    ['empty text', ''],
  ])('rejects %s', (_label, text) => {
    expect(parseJsonText(text).errors[0]?.code).toBe('json-syntax');
  });

  it('parses escapes, numbers and literals like JSON.parse', () => {
    const text = '{"s": "a\\u00e9\\n\\"", "n": [-1.5e2, 0, 12], "t": true, "f": false, "z": null}';
    expect(parseJsonText(text).value).toEqual(JSON.parse(text));
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    expect(parseJsonText('['.repeat(5000) + ']'.repeat(5000)).errors[0]?.code).toBe('json-syntax');
  });
});

describe('parsePolicy from text', () => {
  it('returns the typed policy for valid text', () => {
    const result = parsePolicy(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}',
    );
    expect(result.ok).toBe(true);
    expect(result.policy?.statements[0]).toMatchObject({
      effect: 'Allow',
      action: ['s3:GetObject'],
      resource: ['*'],
      path: 'Statement',
    });
  });

  it('locates a validation error at the element it names', () => {
    const text = lines(
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {',
      '      "Effect": "Allow",',
      '      "Action": "s3:GetObject",',
      '      "Resource": "*",',
      '      "Condition": { "StringEqualz": { "aws:username": "bob" } }',
      '    }',
      '  ]',
      '}',
    );
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'unknown-condition-operator',
        path: 'Statement[0].Condition',
        line: 8,
        column: 22,
      }),
    ]);
    expect(result.errors[0]?.message).toContain("'StringEqualz'");
  });

  it('reports a duplicate key and the resulting validation problems together', () => {
    const text = lines(
      '{"Version": "2012-10-17", "Statement": [',
      ' {"Sid": "A", "Effect": "Allow", "Action": "s3:*", "Resource": "*", "Effect": "Deny"}]}',
    );
    const codes = parsePolicy(text).errors.map((e) => [e.code, e.line]);
    expect(codes).toContainEqual(['duplicate-key', 2]);
  });

  it('gives a JSON syntax error, not validation errors, for broken text', () => {
    const result = parsePolicy('{"Version": "2012-10-17", "Statement": [}');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'json-syntax', line: 1 });
  });

  it('accepts a policy value as well as text (no positions then)', () => {
    const result = parsePolicy({ Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] });
    expect(result.errors).toEqual([
      { code: 'invalid-effect', message: expect.any(String), path: 'Statement[0].Effect' },
    ]);
  });
});
