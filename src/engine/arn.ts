/** ARN parsing: `arn:partition:service:region:account-id:resource`. */

/** The six colon-separated parts of an ARN (the resource part may itself hold colons). */
export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits an ARN into its six segments, or returns null when it is not `arn:` plus 5 colons. */
export function splitArn(text: string): string[] | null {
  if (!text.startsWith('arn:')) return null;
  const out: string[] = [];
  let from = 0;
  for (let n = 0; n < 5; n++) {
    const at = text.indexOf(':', from);
    if (at < 0) return null;
    out.push(text.slice(from, at));
    from = at + 1;
  }
  out.push(text.slice(from));
  return out;
}

/** Parses an ARN, or returns null when it has fewer than six segments. */
export function parseArn(text: string): ArnParts | null {
  const parts = splitArn(text);
  if (!parts) return null;
  const [, partition = '', service = '', region = '', account = '', resource = ''] = parts;
  return { partition, service, region, account, resource };
}

/** True for a 12-digit AWS account id. */
export function isAccountId(text: string): boolean {
  return /^\d{12}$/.test(text);
}

/**
 * Splits a policy ARN pattern at its colons, keeping `${...}` policy variables (which contain
 * colons themselves) whole when `variables` is on.
 */
function patternSegments(
  text: string,
  variables: boolean,
): { segments: string[]; variableAt: number } {
  const segments: string[] = [];
  let current = '';
  let variableAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (variables && ch === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        const inner = text.slice(i + 2, close);
        if (inner !== '*' && inner !== '?' && inner !== '$' && variableAt < 0)
          variableAt = segments.length;
        current += text.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (ch === ':') {
      segments.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  segments.push(current);
  return { segments, variableAt };
}

/**
 * Why a resource ARN written in a policy is malformed, or null when it is well formed. A
 * pattern may stop early when its last segment ends in `*` (`arn:aws:sqs:*`). Wildcards cannot
 * stand for the service, and policy variables may only appear after the fifth colon.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
export function resourceArnProblem(text: string, variables: boolean): string | null {
  if (text === '*') return null;
  const { segments, variableAt } = patternSegments(text, variables);
  if (segments[0] !== 'arn' || segments.length < 4) {
    return `'${text}' is not "*" or an ARN of the form arn:partition:service:region:account-id:resource`;
  }
  if (segments[1] === '') return `'${text}' has an empty partition segment`;
  const service = segments[2] ?? '';
  if (service === '') return `'${text}' has an empty service segment`;
  if (service.includes('*') || service.includes('?')) {
    return `'${text}': a wildcard cannot stand for the service segment (${service}); name the service`;
  }
  if (variableAt >= 0 && variableAt < 5) {
    return `'${text}': a policy variable can only be used in the resource part of an ARN, after the fifth colon`;
  }
  return null;
}
