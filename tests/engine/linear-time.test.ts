// Wildcard matching must not backtrack exponentially. These patterns (40 `*a` pairs) against
// 10,000-character values take astronomically long with naive recursive matching; a linear
// (or polynomial) matcher answers at once. Only correctness is asserted: a blow-up shows up as
// the test timing out, never as a timed assertion.
import { describe, expect, it } from 'vitest';
import { createSimulator, matchesAction, matchesResource } from '../../src/engine/index.ts';

const PAIRS = '*a'.repeat(40);
const LONG_A = 'a'.repeat(10_000);
const TIMEOUT_MS = 20_000;

describe('wildcard matching stays fast on pathological patterns', () => {
  it('matches a resource made of 10,000 a characters', { timeout: TIMEOUT_MS }, () => {
    expect(matchesResource(`arn:aws:s3:::bucket/${PAIRS}`, `arn:aws:s3:::bucket/${LONG_A}`)).toBe(
      true,
    );
  });

  it('rejects a resource whose last character breaks the match', { timeout: TIMEOUT_MS }, () => {
    expect(matchesResource(`arn:aws:s3:::bucket/${PAIRS}`, `arn:aws:s3:::bucket/${LONG_A}b`)).toBe(
      false,
    );
  });

  it(
    'rejects a resource that lacks the final literal of the pattern',
    { timeout: TIMEOUT_MS },
    () => {
      expect(
        matchesResource(`arn:aws:s3:::bucket/${PAIRS}*b`, `arn:aws:s3:::bucket/${LONG_A}`),
      ).toBe(false);
    },
  );

  it(
    'matches and rejects actions with the same pathological pattern',
    { timeout: TIMEOUT_MS },
    () => {
      expect(matchesAction(`s3:${PAIRS}`, `s3:${LONG_A}`)).toBe(true);
      expect(matchesAction(`s3:${PAIRS}*b`, `s3:${LONG_A}`)).toBe(false);
    },
  );

  it(
    'evaluates a whole scenario with the pattern in Resource and in StringLike',
    { timeout: TIMEOUT_MS },
    () => {
      const simulator = createSimulator();
      const scenario = (resourcePattern: string, likePattern: string): unknown => ({
        request: {
          principal: 'arn:aws:iam::111122223333:user/alice',
          action: 's3:GetObject',
          resource: `arn:aws:s3:::bucket/${LONG_A}`,
          resourceAccount: '111122223333',
          context: { 'aws:PrincipalTag/path': LONG_A },
        },
        identityPolicies: [
          {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: resourcePattern,
                Condition: { StringLike: { 'aws:PrincipalTag/path': likePattern } },
              },
            ],
          },
        ],
      });
      const decide = (resourcePattern: string, likePattern: string): unknown => {
        const result = simulator.simulate(scenario(resourcePattern, likePattern));
        return 'error' in result ? result.error : result.decision;
      };
      expect(decide(`arn:aws:s3:::bucket/${PAIRS}`, PAIRS)).toBe('allowed');
      expect(decide(`arn:aws:s3:::bucket/${PAIRS}*b`, PAIRS)).toBe('implicitDeny');
      expect(decide(`arn:aws:s3:::bucket/${PAIRS}`, `${PAIRS}*b`)).toBe('implicitDeny');
    },
  );
});
