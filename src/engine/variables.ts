/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team, 'default'}`, and the escapes
 * `${*}`, `${?}`, `${$}`. They are substituted in Resource/NotResource and in string and ARN
 * condition values, only under Version 2012-10-17; otherwise the text is literal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import type { GlobPart } from './wildcard';

/** A piece of a policy value: literal text, a wildcard, or a variable to substitute. */
export type TemplatePart =
  { literal: string } | '*' | '?' | { variable: string; name: string; fallback?: string };

/** A policy value split into parts. */
export interface Template {
  text: string;
  parts: TemplatePart[];
  hasVariables: boolean;
}

/** The request context: values by lower-cased key. */
export type ContextMap = Map<string, string[]>;

const VARIABLE = /^\s*([^,}\s][^,}]*?)\s*(?:,\s*'([^']*)'\s*)?$/;

/**
 * Splits a policy value into parts. `wildcards` says whether `*` and `?` in the text are
 * wildcards (Resource, StringLike, ArnLike) or plain characters (StringEquals).
 */
export function parseTemplate(text: string, variables: boolean, wildcards: boolean): Template {
  const parts: TemplatePart[] = [];
  let literal = '';
  let hasVariables = false;
  const flush = (): void => {
    if (literal) parts.push({ literal });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (variables && ch === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        const inner = text.slice(i + 2, close);
        if (inner === '*' || inner === '?' || inner === '$') {
          literal += inner;
          i = close + 1;
          continue;
        }
        const m = VARIABLE.exec(inner);
        if (m && m[1]) {
          flush();
          const part: TemplatePart = { variable: m[1].toLowerCase(), name: m[1] };
          if (m[2] !== undefined) part.fallback = m[2];
          parts.push(part);
          hasVariables = true;
          i = close + 1;
          continue;
        }
      }
    }
    if (wildcards && (ch === '*' || ch === '?')) {
      flush();
      parts.push(ch);
    } else {
      literal += ch;
    }
    i++;
  }
  flush();
  return { text, parts, hasVariables };
}

/** The single value of a context key usable as a variable, or undefined (absent or multivalued). */
export function variableValue(context: ContextMap, key: string): string | undefined {
  const values = context.get(key);
  if (!values || values.length !== 1) return undefined;
  return values[0];
}

/** Substitutes variables; null when a variable has no value and no default. */
export function resolveParts(template: Template, context: ContextMap): GlobPart[] | null {
  const out: GlobPart[] = [];
  for (const part of template.parts) {
    if (typeof part === 'string' || 'literal' in part) {
      out.push(part);
      continue;
    }
    const value = variableValue(context, part.variable) ?? part.fallback;
    if (value === undefined) return null;
    if (value) out.push({ literal: value });
  }
  return out;
}

/** Substitutes variables into plain text (wildcards kept as written); null when one is missing. */
export function resolveText(template: Template, context: ContextMap): string | null {
  if (!template.hasVariables) return template.text;
  let out = '';
  for (const part of template.parts) {
    if (typeof part === 'string') out += part;
    else if ('literal' in part) out += part.literal;
    else {
      const value = variableValue(context, part.variable) ?? part.fallback;
      if (value === undefined) return null;
      out += value;
    }
  }
  return out;
}

/** A key for memoising per-request compilations: the variable values joined. */
export function variableKey(template: Template, context: ContextMap): string | null {
  let key = '';
  for (const part of template.parts) {
    if (typeof part === 'string' || 'literal' in part) continue;
    const value = variableValue(context, part.variable) ?? part.fallback;
    if (value === undefined) return null;
    key += value + '\u0000';
  }
  return key;
}
