/**
 * Glob matching for policy patterns: `*` matches any run of characters (including none),
 * `?` matches exactly one. No regular expressions are built from policy text: a pattern is
 * split at its stars into segments, and the segments are found left to right, which is
 * never worse than O(text length x pattern length) and never backtracks exponentially.
 */

/** A part of a pattern whose wildcards are known: literal text, or a wildcard. */
export type GlobPart = { literal: string } | '*' | '?';

/** A compiled glob: tests a string (from position `from`, 0 by default, to its end). */
export type GlobMatcher = (text: string, from?: number) => boolean;

interface Segment {
  text: string;
  /** Positions holding `?` (1), or null when the segment has none. */
  any: Uint8Array | null;
}

const ANY_CHAR = '\u0000';

/** Splits a pattern written with `*` and `?` into glob parts. */
export function globParts(pattern: string): GlobPart[] {
  const parts: GlobPart[] = [];
  let literal = '';
  for (const ch of pattern) {
    if (ch === '*' || ch === '?') {
      if (literal) parts.push({ literal });
      literal = '';
      parts.push(ch);
    } else {
      literal += ch;
    }
  }
  if (literal) parts.push({ literal });
  return parts;
}

/** True when the pattern contains a `*` or `?`. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** Compiles a pattern written with `*` and `?`. */
export function compileGlob(pattern: string): GlobMatcher {
  if (pattern === '*') return () => true;
  if (!hasWildcard(pattern)) {
    return (text, from = 0) =>
      from === 0
        ? text === pattern
        : text.length - from === pattern.length && text.startsWith(pattern, from);
  }
  return compileGlobParts(globParts(pattern));
}

/** Compiles glob parts (literal text in them never acts as a wildcard). */
export function compileGlobParts(parts: readonly GlobPart[]): GlobMatcher {
  const segments: Segment[] = [];
  let text = '';
  let marks: number[] = [];
  let stars = 0;
  const close = (): void => {
    let any: Uint8Array | null = null;
    if (marks.length > 0) {
      any = new Uint8Array(text.length);
      for (const m of marks) any[m] = 1;
    }
    segments.push({ text, any });
    text = '';
    marks = [];
  };
  for (const part of parts) {
    if (part === '*') {
      close();
      stars++;
    } else if (part === '?') {
      marks.push(text.length);
      text += ANY_CHAR;
    } else {
      text += part.literal;
    }
  }
  close();

  if (stars === 0) {
    const only = segments[0] ?? { text: '', any: null };
    const len = only.text.length;
    if (!only.any) {
      return (s, from = 0) =>
        from === 0 ? s === only.text : s.length - from === len && s.startsWith(only.text, from);
    }
    return (s, from = 0) => s.length - from === len && matchAt(only, s, from);
  }
  const first = segments[0] ?? { text: '', any: null };
  const last = segments[segments.length - 1] ?? { text: '', any: null };
  const middle = segments.slice(1, -1).filter((seg) => seg.text.length > 0);
  const minLength = segments.reduce((n, seg) => n + seg.text.length, 0);
  if (middle.length === 0 && !first.any && !last.any) {
    // prefix*suffix, the common case: no scanning at all.
    return (s, from = 0) =>
      s.length - from >= minLength && s.startsWith(first.text, from) && s.endsWith(last.text);
  }
  return (s, from = 0) => {
    if (s.length - from < minLength) return false;
    if (!matchAt(first, s, from)) return false;
    const end = s.length - last.text.length;
    if (!matchAt(last, s, end)) return false;
    let pos = from + first.text.length;
    for (const seg of middle) {
      const at = find(seg, s, pos, end);
      if (at < 0) return false;
      pos = at + seg.text.length;
    }
    return true;
  };
}

function matchAt(seg: Segment, s: string, at: number): boolean {
  const { text, any } = seg;
  if (!any) return s.startsWith(text, at);
  for (let j = 0; j < text.length; j++) {
    if (any[j] === 1) continue;
    if (s.charCodeAt(at + j) !== text.charCodeAt(j)) return false;
  }
  return at + text.length <= s.length;
}

/** Leftmost position >= from where the segment fits entirely before `end`, or -1. */
function find(seg: Segment, s: string, from: number, end: number): number {
  const last = end - seg.text.length;
  if (!seg.any) {
    const at = s.indexOf(seg.text, from);
    return at >= 0 && at <= last ? at : -1;
  }
  for (let at = from; at <= last; at++) if (matchAt(seg, s, at)) return at;
  return -1;
}

/** Matches an action pattern (`s3:Get*`) against an action; case-insensitive. */
export function matchesAction(pattern: string, action: string): boolean {
  return compileGlob(pattern.toLowerCase())(action.toLowerCase());
}
