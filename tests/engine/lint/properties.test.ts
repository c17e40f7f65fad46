import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCatalog } from '../../../src/catalog/nodeCatalog';
import { lintPolicy } from '../../../src/engine/index';
import type { PolicyKind } from '../../../src/engine/index';

const catalog = nodeCatalog();
const KINDS: PolicyKind[] = [
  'identity',
  'resource',
  'trust',
  'pb',
  'session',
  'scp',
  'rcp',
  'endpoint',
];

const words = fc.constantFrom(
  '*',
  's3:GetObject',
  's3:Get*',
  'iam:PassRole',
  'nosuch:Thing',
  'arn:aws:s3:::b/*',
  'arn:aws:iam::111122223333:role/r',
  'aws:SourceIp',
  'aws:PrincipalTag/team',
  's3:prefix',
  '10.0.0.0/8',
  '${aws:username}',
  '${',
  'true',
  '2026-01-01',
  '',
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    words,
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        words,
        fc.constantFrom(
          'Effect',
          'Action',
          'NotAction',
          'Resource',
          'Principal',
          'Condition',
          'StringEquals',
          'Bool',
          'AWS',
          'Sid',
        ),
      ),
      tie('v'),
      { maxKeys: 4 },
    ),
  ),
})).v;
const statement = fc.record(
  {
    Sid: fc.oneof(fc.string(), words),
    Effect: fc.constantFrom('Allow', 'Deny', 'allow', 5),
    Action: fc.oneof(words, fc.array(words, { maxLength: 4 })),
    NotAction: fc.array(words, { maxLength: 3 }),
    Resource: fc.oneof(words, fc.array(words, { maxLength: 4 })),
    Principal: fc.oneof(fc.constant('*'), fc.record({ AWS: words, Service: words })),
    Condition: fc.dictionary(
      fc.constantFrom(
        'StringEquals',
        'ForAllValues:StringLike',
        'Bool',
        'IpAddress',
        'NullIfExists',
        'Nope',
      ),
      fc.dictionary(words, fc.oneof(words, fc.array(words))),
      { maxKeys: 2 },
    ),
  },
  { requiredKeys: [] },
);
const policy = fc.record(
  {
    Version: fc.constantFrom('2012-10-17', '2008-10-17', 'x'),
    Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 })),
  },
  { requiredKeys: [] },
);

describe('lint invariants', () => {
  it('never throws, and every finding is a declared check located inside the text', async () => {
    await catalog.load(['s3', 'iam', 'sts', 'ec2']);
    fc.assert(
      fc.property(
        fc.oneof(policy, value),
        fc.constantFrom(...KINDS),
        fc.boolean(),
        (doc, kind, pretty) => {
          const text = JSON.stringify(doc, null, pretty ? 2 : 0) ?? 'null';
          const findings = lintPolicy(text, { kind, catalog });
          for (const f of findings) {
            expect(f.range.start.offset).toBeGreaterThanOrEqual(0);
            expect(f.range.end.offset).toBeLessThanOrEqual(text.length);
            expect(f.message.length).toBeGreaterThan(0);
            for (const e of f.fix?.edits ?? [])
              expect(e.range.end.offset).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...KINDS), (text, kind) => {
        const findings = lintPolicy(text, { kind, catalog });
        expect(Array.isArray(findings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(lintPolicy(deep, { kind: 'identity', catalog }).map((f) => f.code)).toContain(
      'JSON_SYNTAX_ERROR',
    );
  });
});
