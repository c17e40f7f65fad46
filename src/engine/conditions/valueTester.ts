/** The contract between condition families and the condition evaluator. */
import type { ContextMap } from '../variables';

/**
 * Tests one request value against all of a condition's policy values (logical OR), in the
 * positive sense (StringNotEquals uses the StringEquals test and negates). A policy value whose
 * variable has no value in the request matches nothing.
 */
export type ValueTester = (value: string, context: ContextMap) => boolean;

/** The result of compiling policy values: a tester, or why a value is invalid. */
export type CompiledValues = { tester: ValueTester } | { error: string; index: number };
