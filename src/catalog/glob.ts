/**
 * Wildcard matching for catalog lookups (`s3:Get*`, `*Object?`). Linear-time greedy matching
 * with one backtrack point: no regular expression is ever built from policy text.
 */

/** True when `text` matches `pattern` (`*` any run, `?` one character); case-insensitive. */
export function globMatch(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    const c = p[pi];
    if (c === '?' || (c !== undefined && c !== '*' && c === t[ti])) {
      pi++;
      ti++;
    } else if (c === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/** True when the pattern contains `*` or `?`. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** Edit distance (Levenshtein with transpositions), capped: returns cap + 1 when larger. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

/**
 * The closest names to `wanted` (case-insensitive), best first: exact case-insensitive match,
 * then small edit distances, then names that start with it.
 */
export function closest(wanted: string, names: readonly string[], limit = 3): string[] {
  const w = wanted.toLowerCase();
  const cap = Math.max(2, Math.floor(w.length / 4));
  const scored: [number, string][] = [];
  for (const name of names) {
    const n = name.toLowerCase();
    if (n === w) return [name];
    const d = editDistance(w, n, cap);
    if (d <= cap) scored.push([d, name]);
    else if (w.length >= 4 && n.startsWith(w)) scored.push([cap + 0.5, name]);
  }
  scored.sort((x, y) => x[0] - y[0] || x[1].length - y[1].length || (x[1] < y[1] ? -1 : 1));
  return scored.slice(0, limit).map((s) => s[1]);
}
