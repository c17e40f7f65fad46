/**
 * Where the cursor is in a JSON document that may be half typed: the path of the value (or of
 * the object whose key is being typed) and the string token around the cursor. A forgiving
 * scanner, so completion and hover work while the JSON is still invalid.
 */

export type JsonPathSegment = string | number;

export interface CursorLocation {
  /** Path of the value at the cursor; for a property name, the path of its object. */
  path: JsonPathSegment[];
  /** The cursor is in a property name. */
  isKey: boolean;
  /** The string token around the cursor (offsets of its quotes), if any. */
  string?: { start: number; end: number; closed: boolean; value: string };
  /** For a value: the property name it belongs to. */
  key?: string;
}

type Frame =
  | { type: 'object'; key: string | undefined; expectingKey: boolean }
  | { type: 'array'; index: number };

function pathOf(stack: Frame[]): JsonPathSegment[] {
  const out: JsonPathSegment[] = [];
  for (const f of stack) {
    if (f.type === 'array') out.push(f.index);
    else if (f.key !== undefined && !f.expectingKey) out.push(f.key);
  }
  return out;
}

/** Reads a string token starting at `start` (a quote); stops at the closing quote or line end. */
function readString(text: string, start: number): { end: number; closed: boolean; raw: string } {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return { end: i + 1, closed: true, raw: text.slice(start + 1, i) };
    else if (c === '\n') break;
    else i++;
  }
  return { end: i, closed: false, raw: text.slice(start + 1, i) };
}

function decode(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The location at `offset` (0-based) in `text`. */
export function locate(text: string, offset: number): CursorLocation {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length && i < offset) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '"') {
      const s = readString(text, i);
      const isKey = top?.type === 'object' && top.expectingKey;
      if (offset > i && (offset < s.end || (!s.closed && offset <= s.end))) {
        const location: CursorLocation = {
          path: pathOf(stack),
          isKey,
          string: { start: i, end: s.end, closed: s.closed, value: decode(s.raw) },
        };
        if (!isKey && top?.type === 'object' && top.key !== undefined) location.key = top.key;
        return location;
      }
      if (isKey && top?.type === 'object') top.key = decode(s.raw);
      i = s.end;
      continue;
    }
    if (c === '{') stack.push({ type: 'object', key: undefined, expectingKey: true });
    else if (c === '[') stack.push({ type: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ':' && top?.type === 'object') top.expectingKey = false;
    else if (c === ',' && top?.type === 'object') {
      top.expectingKey = true;
      top.key = undefined;
    } else if (c === ',' && top?.type === 'array') top.index++;
    i++;
  }
  const top = stack[stack.length - 1];
  const location: CursorLocation = {
    path: pathOf(stack),
    isKey: top?.type === 'object' && top.expectingKey,
  };
  if (top?.type === 'object' && !top.expectingKey && top.key !== undefined) location.key = top.key;
  return location;
}

/** The element a location is in, relative to its statement: `Action`, `Condition`... */
export function statementElement(path: JsonPathSegment[]): {
  statementPath: JsonPathSegment[];
  rest: JsonPathSegment[];
} | null {
  if (path[0] !== 'Statement') return null;
  const index = typeof path[1] === 'number' ? 2 : 1;
  return { statementPath: path.slice(0, index), rest: path.slice(index) };
}
