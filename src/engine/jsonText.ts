/**
 * A small JSON parser that records where every value sits in the text, so that policy errors
 * can name a line and column. It also reports duplicate object keys, which JSON.parse silently
 * resolves to the last one.
 */
import type { EngineError } from './types';
import { joinPath } from './path';

/** A 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The parsed value (if the text was valid JSON), positions by JSON path, and problems. */
export interface JsonTextResult {
  value?: unknown;
  /** Position of each path: the key of an object member, or the start of an array item. */
  positions: Map<string, TextPosition>;
  errors: EngineError[];
}

const MAX_DEPTH = 256;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses JSON text, recording the position of every path and every duplicate key. */
export function parseJsonText(text: string): JsonTextResult {
  const positions = new Map<string, TextPosition>();
  const errors: EngineError[] = [];
  // Line starts, to turn offsets into line/column without rescanning.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const where = (offset: number): TextPosition => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };

  let i = 0;
  const skipWs = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    while (true) {
      if (i >= text.length) fail('Unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c < 32) fail('Control character in string (escape it)');
      if (c === 92) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\u escape in string');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          fail('Invalid escape in string');
        }
        chunk = i;
        continue;
      }
      i++;
    }
  };

  const parseNumber = (): number => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('Invalid number');
    i += m[0].length;
    return Number(m[0]);
  };

  const parseValue = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('JSON nested too deeply');
    skipWs();
    if (i >= text.length) fail('Unexpected end of text, a value was expected');
    const c = text[i];
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') return parseString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(`Unexpected character '${c}'`);
  };

  const parseObject = (path: string, depth: number): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    skipWs();
    if (text[i] === '}') {
      i++;
      return out;
    }
    while (true) {
      skipWs();
      if (text[i] !== '"') fail('Expected a property name in double quotes');
      const keyAt = i;
      const key = parseString();
      const child = joinPath(path, key);
      if (seen.has(key)) {
        const pos = where(keyAt);
        errors.push({
          code: 'duplicate-key',
          message: `Duplicate key "${key}": JSON keeps only one of them, so this policy is ambiguous`,
          path: child,
          ...pos,
        });
      } else {
        positions.set(child, where(keyAt));
      }
      seen.add(key);
      skipWs();
      if (text[i] !== ':') fail("Expected ':' after the property name");
      i++;
      const value = parseValue(child, depth + 1);
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipWs();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      fail("Expected ',' or '}' after a property value");
    }
  };

  const parseArray = (path: string, depth: number): unknown[] => {
    i++;
    const out: unknown[] = [];
    skipWs();
    if (text[i] === ']') {
      i++;
      return out;
    }
    while (true) {
      skipWs();
      const child = `${path}[${out.length}]`;
      positions.set(child, where(i));
      out.push(parseValue(child, depth + 1));
      skipWs();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      fail("Expected ',' or ']' after an array item");
    }
  };

  try {
    positions.set('', where(0));
    const value = parseValue('', 0);
    skipWs();
    if (i < text.length) fail('Unexpected text after the JSON value');
    return { value, positions, errors };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return {
      positions,
      errors: [
        {
          code: 'json-syntax',
          message: `Invalid JSON: ${e.message}`,
          path: '',
          ...where(e.offset),
        },
      ],
    };
  }
}

/**
 * Adds line/column to errors whose path (or nearest ancestor path) has a recorded position.
 * `located` may give, per error index, a more precise path to locate (e.g. the operator key
 * of an unknown condition operator reported on the Condition path).
 */
export function locateErrors(
  errors: EngineError[],
  positions: Map<string, TextPosition>,
  located: readonly (EngineError & { at?: string })[] = [],
): EngineError[] {
  const offset = errors.length - located.length;
  return errors.map((err, i) => {
    if (err.line !== undefined) return err;
    let p = located[i - offset]?.at ?? err.path;
    while (true) {
      const pos = positions.get(p);
      if (pos) return { ...err, ...pos };
      if (p === '') return err;
      p = parentPath(p);
    }
  });
}

function parentPath(path: string): string {
  if (path.endsWith(']')) {
    // either [n] or ["key"]
    const open = path.lastIndexOf('[', path.endsWith('"]') ? path.lastIndexOf('["') : undefined);
    return open <= 0 ? '' : path.slice(0, open);
  }
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}
