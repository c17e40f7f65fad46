/**
 * Compiles and evaluates one condition test (operator + key + values).
 * - A key absent from the request: positive operators are false, negated ones true,
 *   `...IfExists` true, `ForAllValues:` true, `ForAnyValue:` false; `Null` tests presence.
 * - Values of one key are ORed; keys and operators are ANDed by the caller.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
import { compileArnValues } from './arnValues';
import { compileBinaryValues } from './binary';
import { compileIpValues } from './ip';
import { compileOrderedValues } from './numeric';
import type { OperatorSpec } from './operators';
import { parseOperator } from './operators';
import { compileBoolValues, compileStringValues } from './string';
import type { CompiledValues, ValueTester } from './valueTester';
import type { ConditionEntry } from '../types';
import type { ContextMap } from '../variables';

/** A condition ready to evaluate. */
export interface CompiledCondition {
  entry: ConditionEntry;
  spec: OperatorSpec;
  /** Lower-cased context key (key names are case-insensitive). */
  key: string;
  tester: ValueTester;
  /** For `Null`: which answers the policy accepts (values are ORed). */
  nullAccepts: { absent: boolean; present: boolean };
}

/** Compiles policy values for an operator. */
export function compileValues(
  spec: OperatorSpec,
  values: readonly string[],
  variables: boolean,
): CompiledValues {
  switch (spec.family) {
    case 'string':
      return compileStringValues(spec.comparison, values, variables);
    case 'bool':
      return compileBoolValues(values, variables);
    case 'numeric':
    case 'date':
      return compileOrderedValues(spec.family, spec.comparison, values);
    case 'ip':
      return compileIpValues(values);
    case 'arn':
      return compileArnValues(values, variables);
    case 'binary':
      return compileBinaryValues(values);
    case 'null':
      for (const [index, v] of values.entries()) {
        const lower = v.toLowerCase();
        if (lower !== 'true' && lower !== 'false') {
          return {
            error: `Null takes "true" (key absent) or "false" (key present), not '${v}'`,
            index,
          };
        }
      }
      return { tester: () => false };
  }
}

/** Compiles a validated condition entry; throws on invalid input (validate first). */
export function compileCondition(entry: ConditionEntry, variables: boolean): CompiledCondition {
  const spec = parseOperator(entry.operator);
  if ('error' in spec) throw new Error(spec.error);
  const compiled = compileValues(spec, entry.values, variables);
  if ('error' in compiled) throw new Error(compiled.error);
  return {
    entry,
    spec,
    key: entry.key.toLowerCase(),
    tester: compiled.tester,
    nullAccepts: {
      absent: entry.values.some((v) => v.toLowerCase() === 'true'),
      present: entry.values.some((v) => v.toLowerCase() === 'false'),
    },
  };
}

/** Evaluates a condition against the request context. */
export function evaluateCondition(c: CompiledCondition, context: ContextMap): boolean {
  const values = context.get(c.key);
  const present = values !== undefined && values.length > 0;
  const { spec } = c;
  if (spec.family === 'null') {
    return present ? c.nullAccepts.present : c.nullAccepts.absent;
  }
  if (!present) {
    if (spec.ifExists) return true;
    if (spec.set === 'ForAllValues') return true;
    if (spec.set === 'ForAnyValue') return false;
    return spec.negated;
  }
  if (spec.set === 'ForAllValues') {
    for (const v of values) if (c.tester(v, context) === spec.negated) return false;
    return true;
  }
  let any = false;
  for (const v of values) {
    const r = c.tester(v, context);
    if (spec.set === 'ForAnyValue' && r !== spec.negated) return true;
    if (r) any = true;
  }
  if (spec.set === 'ForAnyValue') return false;
  return spec.negated ? !any : any;
}
