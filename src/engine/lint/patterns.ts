/**
 * Reasoning about wildcard patterns without building regular expressions: whether one pattern
 * matches everything another does, and whether two patterns can match a common string.
 * Both run in O(length x length) with a visited table, so long hostile patterns stay cheap.
 */

const fold = (s: string, ignoreCase: boolean): string => (ignoreCase ? s.toLowerCase() : s);

/**
 * True when every string `specific` matches is also matched by `general` (`*` any run, `?`
 * one character). A sufficient test: the specific pattern's `*` must be absorbed by a `*`.
 */
export function covers(general: string, specific: string, ignoreCase: boolean): boolean {
  const g = fold(general, ignoreCase);
  const s = fold(specific, ignoreCase);
  const seen = new Set<number>();
  const width = s.length + 1;
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [i, j] = top;
    const id = i * width + j;
    if (seen.has(id)) continue;
    seen.add(id);
    if (i === g.length) {
      if (j === s.length) return true;
      continue;
    }
    const gc = g[i];
    if (gc === '*') {
      stack.push([i + 1, j]);
      if (j < s.length) stack.push([i, j + 1]);
      continue;
    }
    if (j === s.length) continue;
    const sc = s[j];
    if (sc === '*') continue; // only a '*' covers a '*'
    if (gc === '?' || gc === sc) stack.push([i + 1, j + 1]);
  }
  return false;
}

/**
 * A pattern token: a literal character, `?` (one character), `*` (any run), or for ARN
 * templates a variable's first character (`one`) and the rest of it (`run`), both excluding
 * the characters in `excl` (the delimiter that follows the variable).
 */
export type Token =
  | { t: 'lit'; c: string }
  | { t: 'any1' }
  | { t: 'star' }
  | { t: 'one'; excl: string }
  | { t: 'run'; excl: string };

const STAR: Token = { t: 'star' };
const ANY1: Token = { t: 'any1' };

/** True when the two tokens can produce the same character. */
function compatible(x: Token, y: Token): boolean {
  if (x.t === 'lit' && y.t === 'lit') return x.c === y.c;
  if (x.t === 'lit') return !('excl' in y) || !y.excl.includes(x.c);
  if (y.t === 'lit') return !('excl' in x) || !x.excl.includes(y.c);
  return true;
}

const repeats = (x: Token): boolean => x.t === 'star' || x.t === 'run';

/** True when some string matches both token lists. */
export function intersects(a: readonly Token[], b: readonly Token[]): boolean {
  const seen = new Set<number>();
  const width = b.length + 1;
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [i, j] = top;
    const id = i * width + j;
    if (seen.has(id)) continue;
    seen.add(id);
    if (i === a.length && j === b.length) return true;
    const x = a[i];
    const y = b[j];
    if (x && repeats(x)) stack.push([i + 1, j]);
    if (y && repeats(y)) stack.push([i, j + 1]);
    if (!x || !y || !compatible(x, y)) continue;
    const ni = repeats(x) ? i : i + 1;
    const nj = repeats(y) ? j : j + 1;
    if (ni !== i || nj !== j) stack.push([ni, nj]);
  }
  return false;
}

/** Tokens of a policy value; `${...}` policy variables count as `*`. */
export function policyTokens(text: string, variables: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (variables && c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        out.push(STAR);
        i = close;
        continue;
      }
    }
    out.push(c === '*' ? STAR : c === '?' ? ANY1 : { t: 'lit', c });
  }
  return out;
}

/**
 * Tokens of a catalog ARN template: each `${Name}` matches one or more characters other than
 * the delimiter that follows it. `noSlash` names variables that never contain a `/` (strict).
 */
export function templateTokens(template: string, noSlash?: (name: string) => boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < template.length; i++) {
    const c = template[i] ?? '';
    if (c === '$' && template[i + 1] === '{') {
      const close = template.indexOf('}', i + 2);
      if (close > 0) {
        const name = template.slice(i + 2, close);
        let excl = template[close + 1] ?? '';
        if (noSlash?.(name) && !excl.includes('/')) excl += '/';
        out.push({ t: 'one', excl }, { t: 'run', excl });
        i = close;
        continue;
      }
    }
    out.push({ t: 'lit', c });
  }
  return out;
}

/** Splits an ARN (pattern or template) into its six fields, keeping `${...}` whole. */
export function arnFields(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        current += text.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (c === ':' && out.length < 5) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

const fieldCache = new Map<string, Token[][]>();

/**
 * True when some ARN matches both a policy ARN pattern and a catalog template. Fields are
 * compared one by one, as AWS does: a wildcard never spans the colon between two fields
 * (except a trailing `*` in a shortened pattern such as `arn:aws:sqs:*`).
 */
export function arnIntersects(
  pattern: string,
  template: string,
  noSlash?: (name: string) => boolean,
): boolean {
  const key = `${noSlash ? 's' : 'l'}${template}`;
  let t = fieldCache.get(key);
  if (!t) {
    const fields = arnFields(template);
    t = fields.map((f) => templateTokens(f, noSlash));
    // The last variable of the resource field may hold colons (a qualifier, a path...).
    fieldCache.set(key, t);
  }
  const p = arnFields(pattern);
  for (let i = 0; i < p.length; i++) {
    const pf = p[i] ?? '';
    const last = i === p.length - 1 && p.length < 6;
    const tf = last
      ? t.slice(i).flatMap((x, k) => (k === 0 ? x : [{ t: 'lit', c: ':' } as Token, ...x]))
      : t[i];
    if (!tf || !intersects(policyTokens(pf, true), tf)) return false;
  }
  return true;
}
