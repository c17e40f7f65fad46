/**
 * Condition values: each must suit its operator (dates, numbers, booleans, CIDR ranges,
 * base64), wildcards need a Like operator, empty lists, private ranges in aws:SourceIp, and
 * numeric lists that reduce to one value.
 */
import type { ConditionView, LintContext } from './context';
import { keyOf, spanOf, valueOf } from './context';
import { awsCheck } from './meta';
import { withBase, type ParsedOperator } from './operators';
import { ipRange, isPrivateRange, normalizedCidr } from './ip';
import type { CheckMeta } from './types';

/** The condition value checks. */
export const VALUE_CHECKS: CheckMeta[] = [
  awsCheck(
    'TYPE_MISMATCH_DATE',
    'WARNING',
    'Type mismatch date',
    'Date operators compare dates: write them in ISO 8601, such as 2026-12-31 or 2026-12-31T23:59:59Z. Other text never matches.',
  ),
  awsCheck(
    'TYPE_MISMATCH_NUMBER',
    'WARNING',
    'Type mismatch number',
    'Numeric operators compare numbers; a value that is not a number never matches.',
  ),
  awsCheck(
    'TYPE_MISMATCH_BOOLEAN',
    'WARNING',
    'Type mismatch Boolean',
    'Bool compares "true" or "false"; any other value never matches.',
  ),
  awsCheck(
    'TYPE_MISMATCH_IP_RANGE',
    'WARNING',
    'Type mismatch IP range',
    'IP address operators take addresses or CIDR ranges such as 203.0.113.0/24; other text never matches.',
  ),
  awsCheck(
    'TYPE_MISMATCH_STRING',
    'WARNING',
    'Type mismatch string',
    'BinaryEquals takes base64-encoded values.',
  ),
  awsCheck(
    'INVALID_DATE_VALUE',
    'WARNING',
    'Invalid date value',
    'A bare number as a date is read as Unix epoch seconds, which is easy to get wrong; prefer an ISO 8601 date.',
  ),
  awsCheck(
    'INVALID_CONDITION_MULTIPLE_BOOLEAN',
    'ERROR',
    'Invalid condition multiple Boolean',
    'A Boolean key is either true or false; listing several values makes the condition meaningless.',
  ),
  awsCheck(
    'WILDCARD_WITHOUT_LIKE_OPERATOR',
    'WARNING',
    'Wildcard without like operator',
    'StringEquals compares text exactly, so "*" and "?" are plain characters there. To match a pattern, use StringLike.',
  ),
  awsCheck(
    'EMPTY_ARRAY_CONDITION',
    'SUGGESTION',
    'Empty array condition',
    'A condition key with an empty list of values does not work as a test; give it values or remove it.',
  ),
  awsCheck(
    'EMPTY_ARRAY_CONDITION_FORALLVALUES',
    'SUGGESTION',
    'Empty array condition ForAllValues',
    'ForAllValues with no values is true only when the key is missing; to test for a missing key, say so with Null: "true".',
  ),
  awsCheck(
    'EMPTY_ARRAY_CONDITION_FORANYVALUE',
    'SUGGESTION',
    'Empty array condition ForAnyValue',
    'ForAnyValue with no values never matches, so the statement never applies.',
  ),
  awsCheck(
    'EMPTY_ARRAY_CONDITION_IFEXISTS',
    'SUGGESTION',
    'Empty array condition IfExists',
    'IfExists with no values is true only when the key is missing; to test for a missing key, say so with Null: "true".',
  ),
  awsCheck(
    'IMPROVE_IP_RANGE',
    'SUGGESTION',
    'Improve IP range',
    'In a CIDR range the bits after the prefix length are ignored: 10.1.2.3/16 means 10.1.0.0/16. Write the network address so the policy says what it does.',
  ),
  awsCheck(
    'PRIVATE_IP_ADDRESS',
    'ERROR',
    'Private IP address',
    'aws:SourceIp holds the public address a request comes from; private ranges (10.x, 172.16-31.x, 192.168.x) never appear in it. For traffic through a VPC endpoint use aws:VpcSourceIp.',
  ),
  awsCheck(
    'PRIVATE_NOT_IP_ADDRESS',
    'ERROR',
    'Private NotIpAddress',
    'aws:SourceIp never holds a private address, so NotIpAddress with only private ranges is always true and restricts nothing.',
  ),
  awsCheck(
    'PRIVATE_IP_ADDRESS_SUBSET',
    'SUGGESTION',
    'Private IP address subset',
    'The private ranges in this list never match aws:SourceIp; only the public ones have an effect. For VPC traffic use aws:VpcSourceIp.',
  ),
  awsCheck(
    'PRIVATE_NOT_IP_ADDRESS_SUBSET',
    'SUGGESTION',
    'Private NotIpAddress subset',
    'The private ranges in this NotIpAddress list have no effect on aws:SourceIp.',
  ),
  awsCheck(
    'REDUNDANT_CONDITION_VALUE_NUM',
    'SUGGESTION',
    'Redundant condition value num',
    'For less-than or greater-than tests only the largest (or smallest) of several values matters; the others are redundant.',
  ),
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Checks every condition value against its operator (and aws:SourceIp against private ranges). */
export function checkConditionValues(
  ctx: LintContext,
  parsed: Map<ConditionView, ParsedOperator>,
): void {
  for (const st of ctx.policy?.statements ?? []) {
    for (const c of st.conditions) {
      const op = parsed.get(c);
      if (!op) continue;
      if (
        c.array &&
        c.values.length === 0 &&
        c.keyProp.value.type === 'array' &&
        c.keyProp.value.items.length === 0
      ) {
        emptyArray(ctx, c, op);
        continue;
      }
      checkValueTypes(ctx, c, op);
      checkLike(ctx, c, op, st.condition?.value);
      if (op.doc.family === 'IP' && c.key.toLowerCase() === 'aws:sourceip')
        checkPrivate(ctx, c, op);
      if (op.doc.family === 'Numeric' && c.values.length > 1) checkNumericList(ctx, c, op);
    }
  }
}

function emptyArray(ctx: LintContext, c: ConditionView, op: ParsedOperator): void {
  const code =
    op.set === 'ForAllValues'
      ? 'EMPTY_ARRAY_CONDITION_FORALLVALUES'
      : op.set === 'ForAnyValue'
        ? 'EMPTY_ARRAY_CONDITION_FORANYVALUE'
        : op.ifExists
          ? 'EMPTY_ARRAY_CONDITION_IFEXISTS'
          : 'EMPTY_ARRAY_CONDITION';
  ctx.report(code, keyOf(c.keyProp), `${c.operator} ${c.key} has an empty list of values`);
}

function checkValueTypes(ctx: LintContext, c: ConditionView, op: ParsedOperator): void {
  const family = op.doc.family;
  for (const v of c.values) {
    const value = v.value;
    if (value.includes('${') && family !== 'String' && family !== 'ARN') continue; // variables.ts
    const target = valueOf(v.node);
    if (family === 'Date') {
      if (NUMBER.test(value))
        ctx.report(
          'INVALID_DATE_VALUE',
          target,
          `"${value}" is read as epoch seconds; prefer a date such as 2026-12-31T00:00:00Z`,
        );
      else if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
        ctx.report('TYPE_MISMATCH_DATE', target, `"${value}" is not an ISO 8601 date`);
    } else if (family === 'Numeric' && !NUMBER.test(value)) {
      ctx.report('TYPE_MISMATCH_NUMBER', target, `"${value}" is not a number`);
    } else if (
      family === 'Bool' &&
      value.toLowerCase() !== 'true' &&
      value.toLowerCase() !== 'false'
    ) {
      ctx.report('TYPE_MISMATCH_BOOLEAN', target, `"${value}" is not true or false`);
    } else if (family === 'IP') {
      const range = ipRange(value);
      if (!range)
        ctx.report(
          'TYPE_MISMATCH_IP_RANGE',
          target,
          `"${value}" is not an IP address or CIDR range`,
        );
      else {
        const fixed = normalizedCidr(value);
        if (fixed && fixed !== value)
          ctx.report(
            'IMPROVE_IP_RANGE',
            target,
            `${value} means ${fixed}: the bits after /${value.split('/')[1] ?? ''} are ignored`,
            ctx.replace(target, JSON.stringify(fixed), `Write ${fixed}`),
          );
      }
    } else if (family === 'Binary' && (!BASE64.test(value) || value.length % 4 !== 0)) {
      ctx.report('TYPE_MISMATCH_STRING', target, `"${value}" is not base64`);
    }
  }
  if (family === 'Bool' && c.values.length > 1)
    ctx.report(
      'INVALID_CONDITION_MULTIPLE_BOOLEAN',
      keyOf(c.keyProp),
      `${c.key} has ${c.values.length} Boolean values; give exactly one`,
    );
}

/** A `*` or `?` that is not part of the `${*}` / `${?}` escapes. */
const hasBareWildcard = (v: string): boolean => /[*?]/.test(v.replace(/\$\{[*?$]\}/g, ''));

function checkLike(ctx: LintContext, c: ConditionView, op: ParsedOperator, block: unknown): void {
  if (op.doc.family !== 'String' || op.doc.like) return;
  const wild = c.values.find((v) => hasBareWildcard(v.value));
  if (!wild) return;
  const like = op.doc.negated ? 'StringNotLike' : 'StringLike';
  const name = withBase(op, like);
  const taken =
    typeof block === 'object' &&
    block !== null &&
    'properties' in block &&
    (block as { properties: { key: string }[] }).properties.some((p) => p.key === name);
  ctx.report(
    'WILDCARD_WITHOUT_LIKE_OPERATOR',
    valueOf(wild.node),
    `"${wild.value}" contains a wildcard, but ${c.operator} compares it literally; use ${name}`,
    taken ? undefined : ctx.replace(keyOf(c.opProp), JSON.stringify(name), `Use ${name}`),
  );
}

function checkPrivate(ctx: LintContext, c: ConditionView, op: ParsedOperator): void {
  const ranges = c.values.map((v) => ipRange(v.value)).filter((r) => r !== null);
  if (ranges.length === 0 || ranges.length !== c.values.length) return;
  const privateCount = ranges.filter(isPrivateRange).length;
  if (privateCount === 0) return;
  const all = privateCount === ranges.length;
  const negated = op.doc.negated;
  const code = all
    ? negated
      ? 'PRIVATE_NOT_IP_ADDRESS'
      : 'PRIVATE_IP_ADDRESS'
    : negated
      ? 'PRIVATE_NOT_IP_ADDRESS_SUBSET'
      : 'PRIVATE_IP_ADDRESS_SUBSET';
  ctx.report(
    code,
    keyOf(c.keyProp),
    all
      ? `aws:SourceIp never holds the private ranges listed here`
      : `Some of the ranges listed for aws:SourceIp are private and never match`,
  );
}

function checkNumericList(ctx: LintContext, c: ConditionView, op: ParsedOperator): void {
  const name = op.doc.name;
  const less = name.startsWith('NumericLessThan');
  const greater = name.startsWith('NumericGreaterThan');
  if ((!less && !greater) || op.set) return;
  const numbers = c.values.map((v) => Number(v.value));
  if (numbers.some((n) => Number.isNaN(n))) return;
  const keep = less ? Math.max(...numbers) : Math.min(...numbers);
  const kept = c.values[numbers.indexOf(keep)];
  const fix = kept
    ? ctx.replace(
        spanOf(c.keyProp.value),
        JSON.stringify(kept.node.type === 'number' ? keep : kept.value),
        `Keep only ${kept.value}`,
      )
    : undefined;
  ctx.report(
    'REDUNDANT_CONDITION_VALUE_NUM',
    keyOf(c.keyProp),
    `Only ${kept?.value ?? keep} matters for ${name}; the other values are redundant`,
    fix,
  );
}
