/** The contract between condition families and the condition evaluator. */
import type { ContextMap } from '../variables';

/**
 * Tests one request value against all of a condition's policy values (logical OR), in the
 * positive sense (StringNotEquals uses the StringEquals test and negates).
 * Returns null when a policy variable in the values has no value in the request.
 */
export type ValueTester = (value: string, context: ContextMap) => boolean | null;

/** The result of compiling policy values: a tester, or why a value is invalid. */
export type CompiledValues = { tester: ValueTester } | { error: string; index: number };
