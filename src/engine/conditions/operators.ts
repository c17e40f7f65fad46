/**
 * The condition operators AWS documents, and how an operator name such as
 * `ForAnyValue:StringNotEqualsIfExists` breaks down.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

/** Operator families: each compares values its own way. */
export type OperatorFamily =
  'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/** How a base operator compares one request value with the policy values. */
export type Comparison =
  | 'equals'
  | 'equalsIgnoreCase'
  | 'like'
  | 'lessThan'
  | 'lessThanEquals'
  | 'greaterThan'
  | 'greaterThanEquals'
  | 'inRange';

interface BaseOperator {
  family: OperatorFamily;
  comparison: Comparison;
  /** Negated operators (StringNotEquals, NotIpAddress, ...) are true when nothing matches. */
  negated: boolean;
}

const BASE: Record<string, BaseOperator> = {};
const add = (
  name: string,
  family: OperatorFamily,
  comparison: Comparison,
  negated = false,
): void => {
  BASE[name] = { family, comparison, negated };
};
add('StringEquals', 'string', 'equals');
add('StringNotEquals', 'string', 'equals', true);
add('StringEqualsIgnoreCase', 'string', 'equalsIgnoreCase');
add('StringNotEqualsIgnoreCase', 'string', 'equalsIgnoreCase', true);
add('StringLike', 'string', 'like');
add('StringNotLike', 'string', 'like', true);
add('NumericEquals', 'numeric', 'equals');
add('NumericNotEquals', 'numeric', 'equals', true);
add('NumericLessThan', 'numeric', 'lessThan');
add('NumericLessThanEquals', 'numeric', 'lessThanEquals');
add('NumericGreaterThan', 'numeric', 'greaterThan');
add('NumericGreaterThanEquals', 'numeric', 'greaterThanEquals');
add('DateEquals', 'date', 'equals');
add('DateNotEquals', 'date', 'equals', true);
add('DateLessThan', 'date', 'lessThan');
add('DateLessThanEquals', 'date', 'lessThanEquals');
add('DateGreaterThan', 'date', 'greaterThan');
add('DateGreaterThanEquals', 'date', 'greaterThanEquals');
add('Bool', 'bool', 'equals');
add('BinaryEquals', 'binary', 'equals');
add('IpAddress', 'ip', 'inRange');
add('NotIpAddress', 'ip', 'inRange', true);
add('ArnEquals', 'arn', 'like');
add('ArnLike', 'arn', 'like');
add('ArnNotEquals', 'arn', 'like', true);
add('ArnNotLike', 'arn', 'like', true);
add('Null', 'null', 'equals');

/** The documented base operator names (without set prefix or IfExists). */
export const BASE_OPERATORS: readonly string[] = Object.keys(BASE);

/** A fully parsed operator name. */
export interface OperatorSpec extends BaseOperator {
  name: string;
  base: string;
  ifExists: boolean;
  set: 'ForAllValues' | 'ForAnyValue' | null;
}

/** Parses an operator name; returns an error message when it is not a documented operator. */
export function parseOperator(name: string): OperatorSpec | { error: string } {
  let rest = name;
  let set: OperatorSpec['set'] = null;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    if (prefix !== 'ForAllValues' && prefix !== 'ForAnyValue') {
      return {
        error: `Unknown condition operator '${name}': the only set prefixes are ForAllValues: and ForAnyValue:`,
      };
    }
    set = prefix;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest !== 'IfExists') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = BASE[rest];
  if (!base) {
    const hint = BASE_OPERATORS.find((b) => b.toLowerCase() === rest.toLowerCase());
    return {
      error:
        `Unknown condition operator '${name}'` +
        (hint ? ` (operator names are case-sensitive: did you mean '${hint}'?)` : ''),
    };
  }
  if (rest === 'Null' && (ifExists || set)) {
    return { error: `'${name}' is not allowed: Null cannot take IfExists or a set prefix` };
  }
  return {
    name,
    base: rest,
    family: base.family,
    comparison: base.comparison,
    negated: base.negated,
    ifExists,
    set,
  };
}
