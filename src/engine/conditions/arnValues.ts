/**
 * ArnEquals / ArnLike (and their Not forms): the six colon-separated segments are compared one
 * by one, each may use `*` and `?`; case-sensitive. Policy variables are allowed.
 */
import type { CompiledValues, ValueTester } from './valueTester';
import { splitArn } from '../arn';
import type { ContextMap } from '../variables';
import { parseTemplate, resolveText } from '../variables';
import { compileGlob } from '../wildcard';

type ArnTest = (arn: string[]) => boolean;

function compileArnPattern(pattern: string): ArnTest | null {
  if (pattern === '*') return () => true;
  const parts = splitArn(pattern);
  if (!parts) return null;
  const matchers = parts.map((p) => compileGlob(p));
  return (arn) => matchers.every((m, i) => m(arn[i] ?? ''));
}

/** Compiles ARN policy values. */
export function compileArnValues(values: readonly string[], variables: boolean): CompiledValues {
  const templates = values.map((v) => parseTemplate(v, variables, false));
  const fixed: ArnTest[] = [];
  for (const [index, t] of templates.entries()) {
    if (t.hasVariables) continue;
    const test = compileArnPattern(t.text);
    if (!test) {
      return {
        error: `'${t.text}' is not an ARN (arn:partition:service:region:account-id:resource) or "*"`,
        index,
      };
    }
    fixed.push(test);
  }
  const dynamic = templates.filter((t) => t.hasVariables);
  const tester: ValueTester = (value: string, context: ContextMap) => {
    const arn = splitArn(value);
    if (!arn) return false;
    for (const test of fixed) if (test(arn)) return true;
    for (const t of dynamic) {
      const resolved = resolveText(t, context);
      if (resolved === null) continue;
      const test = compileArnPattern(resolved);
      if (test && test(arn)) return true;
    }
    return false;
  };
  return { tester };
}
