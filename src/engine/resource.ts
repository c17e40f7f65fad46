/**
 * Resource matching. `*` alone matches everything. An ARN pattern is compared segment by
 * segment (partition, service, region, account, resource); `*` and `?` work inside each
 * segment, and in the resource segment `*` also spans `/` and `:`. A pattern with fewer than six
 * segments whose last segment ends in `*` (`arn:aws:sqs:*`) lets that `*` run across the
 * remaining colons, as AWS documents; otherwise it matches nothing. Matching is case-sensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
import { splitArn } from './arn';
import type { ContextMap, Template } from './variables';
import { parseTemplate, resolveParts, variableKey } from './variables';
import type { GlobMatcher, GlobPart } from './wildcard';
import { compileGlobParts, globParts } from './wildcard';

/** Tests a request resource (and its ARN segments, when it is an ARN). */
type ResourceTest = (resource: string, arn: string[] | null) => boolean;

/** A compiled Resource/NotResource entry. */
export interface CompiledResource {
  text: string;
  /** Whether the entry matches; an entry whose policy variable has no value matches nothing. */
  test(resource: string, arn: string[] | null, context: ContextMap): boolean;
}

const MEMO_LIMIT = 256;

/** Compiles one Resource/NotResource value; `variables` per the policy's Version. */
export function compileResource(text: string, variables: boolean): CompiledResource {
  if (text === '*') return { text, test: () => true };
  const template = parseTemplate(text, variables, true);
  if (!template.hasVariables) {
    const fixed = compileParts(template.parts as GlobPart[]);
    return { text, test: (resource, arn) => fixed(resource, arn) };
  }
  return { text, test: variableTest(template) };
}

function variableTest(template: Template): CompiledResource['test'] {
  const memo = new Map<string, ResourceTest>();
  return (resource, arn, context) => {
    const key = variableKey(template, context);
    if (key === null) return false;
    let test = memo.get(key);
    if (!test) {
      const parts = resolveParts(template, context);
      if (!parts) return false;
      test = compileParts(parts);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, test);
    }
    return test(resource, arn);
  };
}

function compileParts(parts: readonly GlobPart[]): ResourceTest {
  const segments = splitAtColons(parts);
  if (!segments) {
    const whole = compileGlobParts(parts);
    return (resource) => whole(resource);
  }
  const matchers: GlobMatcher[] = segments.map((seg) => compileGlobParts(seg));
  const n = segments.length;
  if (n < 6) {
    const lastParts = segments[n - 1] ?? [];
    if (lastParts[lastParts.length - 1] !== '*') return () => false;
    return (_resource, arn) => {
      if (!arn) return false;
      for (let i = 0; i < n - 1; i++) if (!(matchers[i] as GlobMatcher)(arn[i] ?? '')) return false;
      return (matchers[n - 1] as GlobMatcher)(arn.slice(n - 1).join(':'));
    };
  }
  const head = literalHead(segments);
  if (head !== null) {
    // The first five segments are literal: compare them as one prefix, then glob the rest.
    const last = matchers[5] as GlobMatcher;
    return (resource) => resource.startsWith(head) && last(resource, head.length);
  }
  const prefix = literalPrefix(parts);
  return (resource, arn) => {
    if (!arn || !resource.startsWith(prefix)) return false;
    for (let i = 0; i < 6; i++) if (!(matchers[i] as GlobMatcher)(arn[i] ?? '')) return false;
    return true;
  };
}

/** `arn:...:account:` when the first five segments hold no wildcard, else null. */
function literalHead(segments: GlobPart[][]): string | null {
  let head = '';
  for (let i = 0; i < 5; i++) {
    for (const part of segments[i] ?? []) {
      if (typeof part === 'string') return null;
      head += part.literal;
    }
    head += ':';
  }
  return head;
}

/** The literal text before the first wildcard (a quick way to reject most resources). */
function literalPrefix(parts: readonly GlobPart[]): string {
  const first = parts[0];
  return first !== undefined && typeof first !== 'string' ? first.literal : '';
}

/** Splits glob parts into (up to six) ARN segments at the first five literal colons. */
function splitAtColons(parts: readonly GlobPart[]): GlobPart[][] | null {
  const first = parts[0];
  if (!first || typeof first === 'string' || !first.literal.startsWith('arn:')) return null;
  const segments: GlobPart[][] = [[]];
  for (const part of parts) {
    const current = (): GlobPart[] => segments[segments.length - 1] as GlobPart[];
    if (typeof part === 'string' || segments.length === 6) {
      current().push(part);
      continue;
    }
    let rest = part.literal;
    while (segments.length < 6) {
      const at = rest.indexOf(':');
      if (at < 0) break;
      if (at > 0) current().push({ literal: rest.slice(0, at) });
      segments.push([]);
      rest = rest.slice(at + 1);
    }
    if (rest) current().push({ literal: rest });
  }
  return segments;
}

/** Matches a resource pattern against a resource (no policy variables); case-sensitive. */
export function matchesResource(pattern: string, resource: string): boolean {
  if (pattern === '*') return true;
  return compileParts(globParts(pattern))(resource, splitArn(resource));
}
