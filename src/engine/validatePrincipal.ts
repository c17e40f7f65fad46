/**
 * Validation of Principal / NotPrincipal: `"*"` or a map of AWS, Service, Federated and
 * CanonicalUser to one or more identifiers. Wildcards cannot stand for part of a principal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { isAccountId, parseArn } from './arn';
import { joinPath } from './path';
import type { EngineError, PrincipalBlock } from './types';
import { stringList } from './validateValues';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

/** Why an AWS principal identifier is invalid, or null. */
export function awsPrincipalProblem(id: string): string | null {
  if (id === '*' || isAccountId(id)) return null;
  if (/^A[A-Z0-9]{15,127}$/.test(id)) return null; // unique id (AIDA..., AROA...), as IAM stores them
  if (id.includes('*') || id.includes('?')) {
    return `'${id}': wildcards cannot match part of a principal; use "*" for everyone, or a condition on aws:PrincipalArn`;
  }
  const arn = parseArn(id);
  if (!arn) return `'${id}' is not an account id, "*" or a principal ARN`;
  const r = arn.resource;
  if (arn.service === 'iam' && arn.region === '' && isAccountId(arn.account)) {
    if (r === 'root' || /^user\/.+/.test(r) || /^role\/.+/.test(r)) return null;
    if (r.startsWith('group/')) return `'${id}': a group cannot be a principal`;
  }
  if (arn.service === 'sts' && arn.region === '' && isAccountId(arn.account)) {
    if (/^assumed-role\/[^/]+\/.+$/.test(r) || /^federated-user\/.+$/.test(r)) return null;
  }
  return `'${id}' is not a principal ARN (account root, user, role, assumed-role session or federated user)`;
}

/** Validates a Principal or NotPrincipal value; pushes errors and returns the block if usable. */
export function validatePrincipalBlock(
  value: unknown,
  path: string,
  errors: EngineError[],
): PrincipalBlock | undefined {
  if (value === '*') return { wildcard: true };
  if (typeof value === 'string') {
    errors.push({
      code: 'invalid-principal',
      message: `Principal must be "*" or an object such as {"AWS": "${value}"}, not a bare string`,
      path,
    });
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({
      code: 'invalid-principal',
      message:
        'Principal must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}',
      path,
    });
    return undefined;
  }
  const block = {
    wildcard: false as const,
    aws: [],
    service: [],
    federated: [],
    canonicalUser: [],
  };
  const entries = Object.entries(value);
  if (entries.length === 0) {
    errors.push({
      code: 'invalid-principal',
      message: 'Principal must name at least one principal',
      path,
    });
    return undefined;
  }
  const before = errors.length;
  for (const [type, raw] of entries) {
    const p = joinPath(path, type);
    if (!(PRINCIPAL_TYPES as readonly string[]).includes(type)) {
      errors.push({
        code: 'invalid-principal-type',
        message: `Unknown principal type '${type}': use AWS, Service, Federated or CanonicalUser`,
        path: p,
      });
      continue;
    }
    const ids = stringList(raw, p, errors, `Principal ${type}`);
    if (!ids) continue;
    ids.forEach((id, i) => {
      const problem = principalProblem(type, id);
      if (problem) {
        errors.push({
          code: 'invalid-principal',
          message: problem,
          path: Array.isArray(raw) ? `${p}[${i}]` : p,
        });
      }
    });
    const key =
      type === 'AWS' ? 'aws' : type === 'CanonicalUser' ? 'canonicalUser' : type.toLowerCase();
    (block[key as 'aws'] as string[]).push(...ids);
  }
  return errors.length === before ? block : undefined;
}

function principalProblem(type: string, id: string): string | null {
  if (type === 'AWS') return awsPrincipalProblem(id);
  if (id.trim() === '') return `Principal ${type} values cannot be empty`;
  if (type === 'Service' && !/^[A-Za-z0-9.-]+$/.test(id)) {
    return `'${id}' is not a service principal such as ec2.amazonaws.com`;
  }
  if (type !== 'CanonicalUser' && /[*?]/.test(id)) {
    return `'${id}': wildcards cannot match part of a principal`;
  }
  return null;
}
