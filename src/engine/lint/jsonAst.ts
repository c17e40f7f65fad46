/**
 * A strict JSON parser for the lint that keeps every value's and key's character span, so a
 * finding can underline exactly the text it is about. Paths use the engine's notation
 * (`Statement[0].Condition.StringEquals["aws:SourceIp"]`). No eval, no regular expressions on
 * the input; nesting is capped so hostile input cannot exhaust the stack.
 */

interface Span {
  start: number;
  end: number;
  path: string;
}

/** An object member: its key (with the key's span, quotes included) and its value. */
export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
  /** Path of the value. */
  path: string;
}

/** A JSON value with its span in the text and its path. */
export type JsonNode =
  | (Span & { type: 'object'; properties: JsonProperty[] })
  | (Span & { type: 'array'; items: JsonNode[] })
  | (Span & { type: 'string'; value: string })
  | (Span & { type: 'number'; value: number })
  | (Span & { type: 'boolean'; value: boolean })
  | (Span & { type: 'null'; value: null });

/** A JSON object node. */
export type ObjectNode = Extract<JsonNode, { type: 'object' }>;
/** A JSON array node. */
export type ArrayNode = Extract<JsonNode, { type: 'array' }>;
/** A JSON string node. */
export type StringNode = Extract<JsonNode, { type: 'string' }>;

/** A duplicate key inside one object (JSON.parse would silently keep the last). */
export interface DuplicateKey {
  property: JsonProperty;
  key: string;
}

/** The parse result: the tree, or the syntax error; duplicate keys either way. */
export interface JsonAst {
  root?: JsonNode;
  error?: { message: string; offset: number };
  duplicates: DuplicateKey[];
}

const MAX_DEPTH = 200;
const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** Appends an object key to a path (the engine's notation). */
export function keyPath(base: string, key: string): string {
  if (IDENTIFIER.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses JSON text into a tree with spans; a syntax error stops parsing and is returned. */
export function parseJsonAst(text: string): JsonAst {
  const duplicates: DuplicateKey[] = [];
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new SyntaxProblem(message, at);
  };
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const str = (): string => {
    const start = i++;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail('Unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(chunk, i++);
        return out;
      }
      if (c < 32) fail('Control character in a string (escape it)');
      if (c === 92) {
        out += text.slice(chunk, i);
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          const r = ESCAPES[e];
          if (r === undefined) fail(`Invalid escape \\${e}`);
          out += r;
          i += 2;
        }
        chunk = i;
      } else i++;
    }
  };
  const value = (path: string, depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('The JSON is nested too deeply');
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const properties: JsonProperty[] = [];
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return { type: 'object', start, end: i, path, properties };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('Expected a property name in double quotes');
        const keyStart = i;
        const key = str();
        const keyEnd = i;
        ws();
        if (text[i] !== ':') fail("Expected ':' after a property name");
        i++;
        const childPath = keyPath(path, key);
        const property: JsonProperty = {
          key,
          keyStart,
          keyEnd,
          value: value(childPath, depth + 1),
          path: childPath,
        };
        if (seen.has(key)) duplicates.push({ property, key });
        seen.add(key);
        properties.push(property);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', start, end: i, path, properties };
        }
        fail("Expected ',' or '}' after a property");
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { type: 'array', start, end: i, path, items };
      }
      for (;;) {
        items.push(value(`${path}[${items.length}]`, depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', start, end: i, path, items };
        }
        fail("Expected ',' or ']' after an array item");
      }
    }
    if (c === '"') {
      const decoded = str();
      return { type: 'string', start, end: i, path, value: decoded };
    }
    if (text.startsWith('true', i))
      return { type: 'boolean', start, end: (i += 4), path, value: true };
    if (text.startsWith('false', i))
      return { type: 'boolean', start, end: (i += 5), path, value: false };
    if (text.startsWith('null', i))
      return { type: 'null', start, end: (i += 4), path, value: null };
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0] !== '' && m[0] !== '-') {
      i += m[0].length;
      return { type: 'number', start, end: i, path, value: Number(m[0]) };
    }
    if (i >= text.length) return fail('Unexpected end of the text');
    return fail(`Unexpected character '${c ?? ''}'`);
  };
  try {
    const root = value('', 0);
    ws();
    if (i < text.length) fail('Unexpected text after the JSON value');
    return { root, duplicates };
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    return { error: { message: e.message, offset: Math.min(e.offset, text.length) }, duplicates };
  }
}

/** Line starts of a text, to turn offsets into 1-based line and column. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) starts.push(k + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** Every value node and every object member by path, for locating errors reported by path. */
export function indexNodes(root: JsonNode): {
  nodes: Map<string, JsonNode>;
  members: Map<string, JsonProperty>;
} {
  const nodes = new Map<string, JsonNode>();
  const members = new Map<string, JsonProperty>();
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    nodes.set(n.path, n);
    if (n.type === 'object')
      for (const p of n.properties) {
        members.set(p.path, p);
        stack.push(p.value);
      }
    else if (n.type === 'array') stack.push(...n.items);
  }
  return { nodes, members };
}
