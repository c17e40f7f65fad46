/** String operators (StringEquals, ...IgnoreCase, StringLike) and Bool, with policy variables. */
import type { Comparison } from './operators';
import type { CompiledValues, ValueTester } from './valueTester';
import type { ContextMap, Template } from '../variables';
import { parseTemplate, resolveParts, resolveText, variableKey } from '../variables';
import type { GlobMatcher } from '../wildcard';
import { compileGlobParts } from '../wildcard';

/** Compiles string-family policy values. */
export function compileStringValues(
  comparison: Comparison,
  values: readonly string[],
  variables: boolean,
): CompiledValues {
  const like = comparison === 'like';
  const templates = values.map((v) => parseTemplate(v, variables, like));
  if (like) return { tester: likeTester(templates) };
  const fold = comparison === 'equalsIgnoreCase';
  if (templates.every((t) => !t.hasVariables)) {
    const set = new Set(values.map((v) => (fold ? v.toLowerCase() : v)));
    return { tester: fold ? (value) => set.has(value.toLowerCase()) : (value) => set.has(value) };
  }
  return {
    tester: (value, context) => {
      const probe = fold ? value.toLowerCase() : value;
      for (const t of templates) {
        const resolved = resolveText(t, context);
        if (resolved === null) continue; // a variable without a value matches nothing
        if ((fold ? resolved.toLowerCase() : resolved) === probe) return true;
      }
      return false;
    },
  };
}

function likeTester(templates: Template[]): ValueTester {
  const fixed: GlobMatcher[] = [];
  const dynamic: { template: Template; memo: Map<string, GlobMatcher> }[] = [];
  for (const t of templates) {
    if (t.hasVariables) dynamic.push({ template: t, memo: new Map() });
    else fixed.push(compileGlobParts(resolveParts(t, new Map()) ?? []));
  }
  return (value: string, context: ContextMap) => {
    for (const m of fixed) if (m(value)) return true;
    for (const d of dynamic) {
      const key = variableKey(d.template, context);
      if (key === null) continue;
      let m = d.memo.get(key);
      if (!m) {
        m = compileGlobParts(resolveParts(d.template, context) ?? []);
        if (d.memo.size > 256) d.memo.clear();
        d.memo.set(key, m);
      }
      if (m(value)) return true;
    }
    return false;
  };
}

/** Compiles Bool values: `true`/`false`, compared without regard to case. */
export function compileBoolValues(values: readonly string[], variables: boolean): CompiledValues {
  for (const [index, v] of values.entries()) {
    const literal = !variables || !v.includes('${');
    if (literal && v.toLowerCase() !== 'true' && v.toLowerCase() !== 'false') {
      return { error: `Bool takes "true" or "false", not '${v}'`, index };
    }
  }
  return compileStringValues('equalsIgnoreCase', values, variables);
}
