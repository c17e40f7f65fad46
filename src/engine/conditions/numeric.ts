/** Numeric and Date operators: both compare numbers (dates as epoch milliseconds). */
import type { Comparison } from './operators';
import type { CompiledValues } from './valueTester';

/** Parses an integer or decimal as AWS writes them; null when it is not one. */
export function parseNumeric(text: string): number | null {
  if (!/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(text)) return null;
  return Number(text);
}

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses an ISO 8601 date/time (UTC when no zone is given) or epoch seconds, to epoch
 * milliseconds; null when it is neither.
 */
export function parseDate(text: string): number | null {
  const t = text.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(t) && !/^\d{8}$/.test(t)) return Number(t) * 1000;
  const m = ISO.exec(t);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  let z = zone.toUpperCase();
  if (z !== 'Z') {
    const digits = z.replace(':', '');
    z = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
  }
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${z}`);
  return Number.isNaN(ms) ? null : ms;
}

/** Compiles numeric or date policy values. */
export function compileOrderedValues(
  family: 'numeric' | 'date',
  comparison: Comparison,
  values: readonly string[],
): CompiledValues {
  const parse = family === 'numeric' ? parseNumeric : parseDate;
  const numbers: number[] = [];
  for (const [index, v] of values.entries()) {
    const n = parse(v);
    if (n === null) {
      const what =
        family === 'numeric'
          ? 'a number'
          : 'an ISO 8601 date (2025-01-31T12:00:00Z) or epoch seconds';
      return { error: `'${v}' is not ${what}`, index };
    }
    numbers.push(n);
  }
  const compare = COMPARE[comparison];
  return {
    tester: (value) => {
      const n = parse(value);
      if (n === null) return false;
      for (const p of numbers) if (compare(n, p)) return true;
      return false;
    },
  };
}

const COMPARE: Record<Comparison, (request: number, policy: number) => boolean> = {
  equals: (a, b) => a === b,
  equalsIgnoreCase: (a, b) => a === b,
  like: (a, b) => a === b,
  inRange: (a, b) => a === b,
  lessThan: (a, b) => a < b,
  lessThanEquals: (a, b) => a <= b,
  greaterThan: (a, b) => a > b,
  greaterThanEquals: (a, b) => a >= b,
};
