/**
 * Condition operators as AWS documents them, for the lint and the editor (completion, hover):
 * family, what each compares, and how a name such as ForAnyValue:StringNotLikeIfExists breaks
 * down. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

/** Operator families; a condition key's type says which family fits it. */
export type OperatorFamily =
  'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IP' | 'ARN' | 'Null';

/** A documented base operator. */
export interface OperatorDoc {
  name: string;
  family: OperatorFamily;
  /** Matches wildcards (`*`, `?`) in the policy values. */
  like: boolean;
  negated: boolean;
  summary: string;
}

const op = (
  name: string,
  family: OperatorFamily,
  summary: string,
  flags: { like?: boolean; negated?: boolean } = {},
): OperatorDoc => ({
  name,
  family,
  like: flags.like ?? false,
  negated: flags.negated ?? false,
  summary,
});

/** Every base operator (without set prefix or IfExists). */
export const OPERATORS: readonly OperatorDoc[] = [
  op('StringEquals', 'String', 'Exact match, case-sensitive.'),
  op('StringNotEquals', 'String', 'Negated exact match, case-sensitive.', { negated: true }),
  op('StringEqualsIgnoreCase', 'String', 'Exact match, ignoring case.'),
  op('StringNotEqualsIgnoreCase', 'String', 'Negated exact match, ignoring case.', {
    negated: true,
  }),
  op('StringLike', 'String', 'Case-sensitive match with * and ? wildcards.', { like: true }),
  op('StringNotLike', 'String', 'Negated case-sensitive wildcard match.', {
    like: true,
    negated: true,
  }),
  op('NumericEquals', 'Numeric', 'Numbers are equal.'),
  op('NumericNotEquals', 'Numeric', 'Numbers differ.', { negated: true }),
  op('NumericLessThan', 'Numeric', 'The request value is less than the policy value.'),
  op('NumericLessThanEquals', 'Numeric', 'The request value is at most the policy value.'),
  op('NumericGreaterThan', 'Numeric', 'The request value is greater than the policy value.'),
  op('NumericGreaterThanEquals', 'Numeric', 'The request value is at least the policy value.'),
  op('DateEquals', 'Date', 'The dates are the same instant.'),
  op('DateNotEquals', 'Date', 'The dates differ.', { negated: true }),
  op('DateLessThan', 'Date', 'The request date is before the policy date.'),
  op('DateLessThanEquals', 'Date', 'The request date is at or before the policy date.'),
  op('DateGreaterThan', 'Date', 'The request date is after the policy date.'),
  op('DateGreaterThanEquals', 'Date', 'The request date is at or after the policy date.'),
  op('Bool', 'Bool', 'Compares true or false.'),
  op('BinaryEquals', 'Binary', 'Compares base64-encoded binary values byte for byte.'),
  op('IpAddress', 'IP', 'The request IP address is in one of the CIDR ranges.'),
  op('NotIpAddress', 'IP', 'The request IP address is in none of the CIDR ranges.', {
    negated: true,
  }),
  op('ArnEquals', 'ARN', 'ARN match, field by field; * and ? wildcards allowed.', { like: true }),
  op('ArnLike', 'ARN', 'ARN match, field by field; * and ? wildcards allowed.', { like: true }),
  op('ArnNotEquals', 'ARN', 'Negated ARN match.', { like: true, negated: true }),
  op('ArnNotLike', 'ARN', 'Negated ARN match.', { like: true, negated: true }),
  op('Null', 'Null', '"true": the key is absent from the request; "false": it is present.'),
];

const BY_NAME = new Map(OPERATORS.map((o) => [o.name, o]));
const BY_LOWER = new Map(OPERATORS.map((o) => [o.name.toLowerCase(), o]));

/** A parsed operator name. */
export interface ParsedOperator {
  doc: OperatorDoc;
  set: 'ForAllValues' | 'ForAnyValue' | null;
  ifExists: boolean;
}

/** The operator a name stands for, or the closest correctly spelled name when it is unknown. */
export function parseOperatorName(
  name: string,
): { ok: ParsedOperator } | { unknown: true; correction?: string } {
  let rest = name;
  let set: ParsedOperator['set'] = null;
  let setFix = '';
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    const fixed = ['ForAllValues', 'ForAnyValue'].find(
      (p) => p.toLowerCase() === prefix.toLowerCase(),
    );
    if (!fixed) return { unknown: true };
    if (fixed === prefix) set = fixed as ParsedOperator['set'];
    setFix = `${fixed}:`;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  const lower = rest.toLowerCase();
  if (lower.endsWith('ifexists') && lower !== 'ifexists') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const exact = BY_NAME.get(rest);
  const suffixOk = !ifExists || name.endsWith('IfExists');
  if (exact && suffixOk && (colon < 0 || set !== null))
    return { ok: { doc: exact, set, ifExists } };
  const near = BY_LOWER.get(rest.toLowerCase());
  return near
    ? { unknown: true, correction: `${setFix}${near.name}${ifExists ? 'IfExists' : ''}` }
    : { unknown: true };
}

/** The operator name for a base operator with a parsed operator's prefix and suffix. */
export function withBase(parsed: ParsedOperator, base: string): string {
  return `${parsed.set ? `${parsed.set}:` : ''}${base}${parsed.ifExists ? 'IfExists' : ''}`;
}

/** Which operator families fit a catalog key type (String, ArrayOfARN, Bool...). */
export function familiesFor(keyType: string): OperatorFamily[] {
  const base = keyType.replace(/^ArrayOf/, '');
  switch (base) {
    case 'String':
      return ['String'];
    case 'ARN':
      return ['ARN', 'String'];
    case 'Bool':
    case 'Boolean':
      return ['Bool'];
    case 'Numeric':
    case 'Long':
      return ['Numeric'];
    case 'Date':
      return ['Date'];
    case 'IPAddress':
      return ['IP'];
    case 'Binary':
      return ['Binary'];
    default:
      return [];
  }
}

/** True for multivalued keys (ArrayOf... types), which need ForAllValues or ForAnyValue. */
export const isMultiValued = (keyType: string): boolean => keyType.startsWith('ArrayOf');
