/** BinaryEquals: policy and request values are base64; the bytes are compared. */
import type { CompiledValues } from './valueTester';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function decode(text: string): string | null {
  const t = text.trim();
  if (!BASE64.test(t)) return null;
  try {
    return atob(t);
  } catch {
    return null;
  }
}

/** Compiles BinaryEquals values. */
export function compileBinaryValues(values: readonly string[]): CompiledValues {
  const decoded = new Set<string>();
  for (const [index, v] of values.entries()) {
    const d = decode(v);
    if (d === null) return { error: `'${v}' is not base64`, index };
    decoded.add(d);
  }
  return {
    tester: (value) => {
      const d = decode(value);
      return d !== null && decoded.has(d);
    },
  };
}
