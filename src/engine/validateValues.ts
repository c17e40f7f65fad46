/** Small shape checks shared by the validators. */
import type { EngineError } from './types';

/**
 * Reads a string or a non-empty array of strings (the grammar lets a single value drop its
 * brackets). Pushes an error and returns undefined for anything else.
 */
export function stringList(
  value: unknown,
  path: string,
  errors: EngineError[],
  what: string,
): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    if (value.length === 0) {
      errors.push({ code: 'empty-value', message: `${what} cannot be an empty list`, path });
      return undefined;
    }
    let ok = true;
    value.forEach((v, i) => {
      if (typeof v !== 'string') {
        errors.push({
          code: 'wrong-type',
          message: `${what} values must be strings, found ${describe(v)}`,
          path: `${path}[${i}]`,
        });
        ok = false;
      }
    });
    return ok ? (value as string[]) : undefined;
  }
  errors.push({
    code: 'wrong-type',
    message: `${what} must be a string or a list of strings, found ${describe(value)}`,
    path,
  });
  return undefined;
}

/** A short description of a JSON value's type, for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string '${value}'`;
  return `${typeof value} ${String(value)}`;
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
