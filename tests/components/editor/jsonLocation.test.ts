import { describe, expect, it } from 'vitest';
import { locate, statementElement } from '../../../src/components/editor/jsonLocation';
import { statementActions, md } from '../../../src/components/editor/policyText';

/** Locates the `|` in a text (and removes it). */
function at(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, loc: locate(text, offset) };
}

describe('locate', () => {
  it('finds an action value being typed in half-finished JSON', () => {
    const { loc } = at('{"Statement": [{"Effect": "Allow", "Action": "s3:Get|');
    expect(loc.path).toEqual(['Statement', 0, 'Action']);
    expect(loc.isKey).toBe(false);
    expect(loc.string?.value).toBe('s3:Get');
    expect(loc.string?.closed).toBe(false);
  });

  it('finds entries of an action list', () => {
    const { loc } = at('{"Statement": [{}, {"Action": ["s3:GetObject", "iam:Pa|ss"]}]}');
    expect(loc.path).toEqual(['Statement', 1, 'Action', 1]);
    expect(loc.string?.value).toBe('iam:Pass');
  });

  it('tells a property name from a value', () => {
    const op = at('{"Statement": {"Condition": {"Str|": {}}}}').loc;
    expect(op).toMatchObject({ path: ['Statement', 'Condition'], isKey: true });
    const key = at('{"Statement": {"Condition": {"StringEquals": {"aws:So|"}}}}').loc;
    expect(key).toMatchObject({ path: ['Statement', 'Condition', 'StringEquals'], isKey: true });
    const value = at('{"Statement": {"Condition": {"Bool": {"aws:SecureTransport": "t|"}}}}').loc;
    expect(value).toMatchObject({
      path: ['Statement', 'Condition', 'Bool', 'aws:SecureTransport'],
      isKey: false,
      key: 'aws:SecureTransport',
    });
  });

  it('handles escapes and positions outside strings', () => {
    const { loc } = at('{"Sid": "a\\"b", "Version": |');
    expect(loc.string).toBeUndefined();
    expect(loc.path).toEqual(['Version']);
  });

  it('splits a path at the statement', () => {
    expect(statementElement(['Statement', 2, 'Condition', 'Bool'])).toEqual({
      statementPath: ['Statement', 2],
      rest: ['Condition', 'Bool'],
    });
    expect(statementElement(['Statement', 'Action'])?.rest).toEqual(['Action']);
    expect(statementElement(['Version'])).toBeNull();
  });
});

describe('policy text helpers', () => {
  it("reads the cursor statement's actions even while a string is half typed", () => {
    const { text, loc } = at(
      '{"Statement": [{"Action": "ec2:RunInstances"}, {"Action": ["s3:GetObject"], "Resource": "arn:|"}]}',
    );
    expect(statementActions(text, loc, ['Statement', 1])).toEqual(['s3:GetObject']);
    const broken = at('{"Statement": [{"Action": ["s3:GetObject"], "Resource": "arn:|');
    expect(statementActions(broken.text, broken.loc, ['Statement', 0])).toEqual(['s3:GetObject']);
  });

  it('escapes markdown so policy text is never interpreted', () => {
    expect(md('<img src=x onerror=alert(1)> **bold** [link](http://x)')).not.toMatch(
      /(^|[^\\])[<*[\]()]/,
    );
  });
});
