/** Parsing a single policy document for editors and lessons. */
import { checkPolicy } from './policyCache';
import type { ParseResult, PolicyKind } from './types';

/** Options for parsePolicy. */
export interface ParseOptions {
  /** What the policy is used as; decides e.g. whether Principal is required. Default identity. */
  kind?: PolicyKind;
}

/** Parses and validates a policy from JSON text (errors carry line/column) or from a value. */
export function parsePolicy(input: unknown, options?: ParseOptions): ParseResult {
  const checked = checkPolicy(input, options?.kind ?? 'identity');
  return checked.policy
    ? { ok: true, policy: checked.policy, errors: [] }
    : { ok: false, errors: checked.errors };
}
