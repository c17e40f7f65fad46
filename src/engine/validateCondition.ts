/**
 * Validation of a Condition block: `{ Operator: { key: value | [values] } }`. Operators must be
 * documented ones; values must suit the operator (numbers, dates, IP ranges, base64...).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
import { compileValues } from './conditions/condition';
import { parseOperator } from './conditions/operators';
import { joinPath } from './path';
import type { ConditionEntry, EngineError } from './types';
import { describe, isObject } from './validateValues';

/** An error that is reported at one path but located (line/column) at another. */
export type LocatedError = EngineError & { at?: string };

/** Validates a Condition block and returns its entries (operator, key, values). */
export function validateConditionBlock(
  value: unknown,
  path: string,
  variables: boolean,
  errors: LocatedError[],
): ConditionEntry[] {
  const entries: ConditionEntry[] = [];
  if (!isObject(value)) {
    errors.push({
      code: 'wrong-type',
      message: `Condition must be an object of operators, found ${describe(value)}`,
      path,
    });
    return entries;
  }
  for (const [operator, block] of Object.entries(value)) {
    const opPath = joinPath(path, operator);
    const spec = parseOperator(operator);
    if ('error' in spec) {
      const unknown = spec.error.startsWith('Unknown');
      errors.push({
        code: unknown ? 'unknown-condition-operator' : 'invalid-condition-operator',
        message: spec.error,
        path,
        at: opPath,
      });
      continue;
    }
    if (!isObject(block)) {
      errors.push({
        code: 'wrong-type',
        message: `${operator} must map condition keys to values, found ${describe(block)}`,
        path: opPath,
      });
      continue;
    }
    for (const [key, raw] of Object.entries(block)) {
      const keyPath = joinPath(opPath, key);
      if (key.trim() === '') {
        errors.push({
          code: 'invalid-condition-key',
          message: 'A condition key cannot be empty',
          path: keyPath,
        });
        continue;
      }
      const values = conditionValues(raw, keyPath, errors);
      if (!values) continue;
      const compiled = compileValues(spec, values, variables);
      if ('error' in compiled) {
        errors.push({
          code: 'invalid-condition-value',
          message: `${operator} ${key}: ${compiled.error}`,
          path: Array.isArray(raw) ? `${keyPath}[${compiled.index}]` : keyPath,
        });
        continue;
      }
      entries.push({ operator, key, values, path: keyPath });
    }
  }
  return entries;
}

function conditionValues(raw: unknown, path: string, errors: EngineError[]): string[] | undefined {
  const scalar = (v: unknown): string | undefined =>
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : undefined;
  const single = scalar(raw);
  if (single !== undefined) return [single];
  if (Array.isArray(raw)) {
    const out: string[] = [];
    for (const [i, v] of raw.entries()) {
      const s = scalar(v);
      if (s === undefined) {
        errors.push({
          code: 'wrong-type',
          message: `Condition values must be strings, numbers or booleans, found ${describe(v)}`,
          path: `${path}[${i}]`,
        });
        return undefined;
      }
      out.push(s);
    }
    return out;
  }
  errors.push({
    code: 'wrong-type',
    message: `A condition value must be a string or a list of strings, found ${describe(raw)}`,
    path,
  });
  return undefined;
}
