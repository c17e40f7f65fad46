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
 * Why a resource ARN written in a policy is malformed, or null when it is well formed. A
 * pattern may stop early when its last segment ends in `*` (`arn:aws:sqs:*`).
 */
export function resourceArnProblem(text: string): string | null {
  if (text === '*') return null;
  const parts = text.split(':');
  if (parts[0] !== 'arn' || parts.length < 4) {
    return `'${text}' is not "*" or an ARN of the form arn:partition:service:region:account-id:resource`;
  }
  if (parts[1] === '') return `'${text}' has an empty partition segment`;
  if (parts[2] === '') return `'${text}' has an empty service segment`;
  return null;
}
