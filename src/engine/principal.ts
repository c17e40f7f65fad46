/**
 * Who is asking: the request principal, classified, and how a Principal element matches it.
 * A Principal naming a role matches that role's sessions; naming the session ARN matches that
 * session; an account id or `arn:aws:iam::ACCOUNT:root` stands for the whole account, whose
 * identity policies must then grant.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import { isAccountId, parseArn } from './arn';
import type { PrincipalBlock } from './types';

/** The kinds of request principal. */
export type PrincipalKind =
  'user' | 'role' | 'assumedRole' | 'federatedUser' | 'root' | 'service' | 'anonymous' | 'other';

/** A classified request principal. */
export interface RequestPrincipal {
  raw: string;
  kind: PrincipalKind;
  account: string | undefined;
  partition: string;
  /** The principal's own ARN (the root ARN for an account id). */
  arn: string | undefined;
  /** For a role session: the role's ARN (from sessionIssuer when given). */
  roleArn: string | undefined;
  roleName: string | undefined;
  /** The role or user behind a session, when given. */
  issuerArn: string | undefined;
  /** User name, or session / federated-user name. */
  name: string | undefined;
  /** Service-linked roles (path /aws-service-role/) are exempt from SCPs and RCPs. */
  serviceLinked: boolean;
  /** Context keys AWS derives from this principal (lower-cased key, value). */
  derived: [string, string][];
}

/**
 * Builds a principal with every field present, so all principals share one object shape
 * (objects built by spreading are much slower to read in V8).
 */
function principal(
  raw: string,
  kind: PrincipalKind,
  f: Partial<Omit<RequestPrincipal, 'raw' | 'kind' | 'derived'>> = {},
): RequestPrincipal {
  const p: RequestPrincipal = {
    raw,
    kind,
    account: f.account,
    partition: f.partition ?? 'aws',
    arn: f.arn,
    roleArn: f.roleArn,
    roleName: f.roleName,
    issuerArn: f.issuerArn,
    name: f.name,
    serviceLinked: f.serviceLinked ?? false,
    derived: [],
  };
  p.derived = derivedContext(p);
  return p;
}

/** How a Principal element matched: best match first. */
export type PrincipalMatch = 'exact' | 'wildcard' | 'role' | 'issuer' | 'account' | 'none';

const SERVICE =
  /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com|amazon\.com|amazonaws\.com\.cn|amazonaws\.eu)$/i;

const parsed = new Map<string, RequestPrincipal | { error: string }>();

/** Classifies the request principal (memoised); returns an error when it has no known form. */
export function requestPrincipal(
  raw: string,
  sessionIssuer?: string,
): RequestPrincipal | { error: string } {
  const key = sessionIssuer === undefined ? raw : `${raw}\n${sessionIssuer}`;
  let hit = parsed.get(key);
  if (!hit) {
    hit = parseRequestPrincipal(raw, sessionIssuer);
    if (parsed.size >= 1024) parsed.clear();
    parsed.set(key, hit);
  }
  return hit;
}

/** Classifies the request principal; returns an error message when it has no known form. */
export function parseRequestPrincipal(
  raw: string,
  sessionIssuer?: string,
): RequestPrincipal | { error: string } {
  if (raw === '*') return principal(raw, 'anonymous');
  if (isAccountId(raw)) {
    return principal(raw, 'root', { account: raw, arn: `arn:aws:iam::${raw}:root` });
  }
  if (SERVICE.test(raw)) return principal(raw, 'service');
  const arn = parseArn(raw);
  if (!arn || !isAccountId(arn.account)) {
    return {
      error:
        `Request principal '${raw}' is not an IAM user/role ARN, session ARN, federated-user ARN, ` +
        'account root ARN, 12-digit account id, service principal or "*"',
    };
  }
  const base = { arn: raw, account: arn.account, partition: arn.partition };
  const r = arn.resource;
  if (arn.service === 'iam') {
    if (r === 'root') return principal(raw, 'root', base);
    if (r.startsWith('user/')) return principal(raw, 'user', { ...base, name: lastSegment(r) });
    if (r.startsWith('role/')) {
      return principal(raw, 'role', {
        ...base,
        roleArn: raw,
        roleName: lastSegment(r),
        serviceLinked: r.startsWith('role/aws-service-role/'),
      });
    }
    if (/^(saml-provider|oidc-provider)\//.test(r)) return principal(raw, 'other', base);
  }
  if (arn.service === 'sts') {
    const assumed = /^assumed-role\/([^/]+)\/(.+)$/.exec(r);
    if (assumed) {
      const roleName = assumed[1] ?? '';
      const roleArn = sessionIssuer ?? `arn:${arn.partition}:iam::${arn.account}:role/${roleName}`;
      return principal(raw, 'assumedRole', {
        ...base,
        issuerArn: sessionIssuer,
        roleArn,
        roleName,
        name: assumed[2] ?? '',
        serviceLinked:
          roleArn.includes(':role/aws-service-role/') || roleName.startsWith('AWSServiceRoleFor'),
      });
    }
    const fed = /^federated-user\/(.+)$/.exec(r);
    if (fed) {
      return principal(raw, 'federatedUser', {
        ...base,
        issuerArn: sessionIssuer,
        name: fed[1] ?? '',
      });
    }
  }
  return {
    error: `Request principal '${raw}' is an ARN but not a user, role, session or root ARN`,
  };
}

function lastSegment(resource: string): string {
  return resource.slice(resource.lastIndexOf('/') + 1);
}

// "*" ranks above an exact name: for a role (not a session) only "*" grants without the
// boundary and session policy, so the better match must not depend on statement order.
const RANK: Record<PrincipalMatch, number> = {
  wildcard: 6,
  exact: 5,
  role: 3,
  issuer: 3,
  account: 1,
  none: 0,
};

/** The better of two matches. */
export function betterMatch(a: PrincipalMatch, b: PrincipalMatch): PrincipalMatch {
  return RANK[b] > RANK[a] ? b : a;
}

/** How a Principal element matches the request principal. */
export function matchPrincipalBlock(block: PrincipalBlock, p: RequestPrincipal): PrincipalMatch {
  if (block.wildcard) return 'wildcard';
  let best: PrincipalMatch = 'none';
  for (const id of block.aws) {
    best = betterMatch(best, matchAwsEntry(id, p));
    if (best === 'wildcard') return best;
  }
  if (p.kind === 'service') {
    const lower = p.raw.toLowerCase();
    if (block.service.some((s) => s.toLowerCase() === lower)) return betterMatch(best, 'exact');
  }
  if (block.federated.includes(p.raw) || block.canonicalUser.includes(p.raw)) {
    return betterMatch(best, 'exact');
  }
  return best;
}

/**
 * How a NotPrincipal element matches. AWS checks the caller at each level of its identity, the
 * account first, then the role, then the session, so a NotPrincipal only leaves a caller out
 * when it lists every level: listing a session but not its account still matches the account.
 * The result is the most specific level that is not listed ('none' when all are listed).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
export function matchNotPrincipalBlock(block: PrincipalBlock, p: RequestPrincipal): PrincipalMatch {
  if (block.wildcard || block.aws.includes('*')) return 'none';
  if (p.kind === 'service') {
    const lower = p.raw.toLowerCase();
    return block.service.some((s) => s.toLowerCase() === lower) ? 'none' : 'wildcard';
  }
  if (block.federated.includes(p.raw) || block.canonicalUser.includes(p.raw)) return 'none';
  if (p.account === undefined || p.arn === undefined) return 'wildcard';
  const listed = (m: PrincipalMatch): boolean => block.aws.some((id) => matchAwsEntry(id, p) === m);
  if (p.kind !== 'root' && !listed('exact')) return 'wildcard';
  if (p.kind === 'assumedRole' && !listed('role')) return 'role';
  if (!listed('account')) return 'account';
  return 'none';
}

function matchAwsEntry(id: string, p: RequestPrincipal): PrincipalMatch {
  if (id === '*') return 'wildcard';
  if (p.arn === undefined || p.account === undefined) return 'none';
  if (id === p.arn) return p.kind === 'root' ? 'account' : 'exact';
  const account = isAccountId(id) ? id : /^arn:[^:]+:iam::(\d{12}):root$/.exec(id)?.[1];
  if (account !== undefined) return account === p.account ? 'account' : 'none';
  if (p.kind === 'assumedRole' && id.includes(':role/')) {
    if (p.issuerArn !== undefined) return id === p.issuerArn ? 'role' : 'none';
    const arn = parseArn(id);
    if (arn && arn.account === p.account && lastSegment(arn.resource) === p.roleName) return 'role';
  }
  if (p.kind === 'federatedUser' && p.issuerArn !== undefined && id === p.issuerArn)
    return 'issuer';
  return 'none';
}

/** Context keys AWS derives from the principal (used only where the request does not give them). */
export function derivedContext(p: RequestPrincipal): [string, string][] {
  const out: Record<string, string> = {};
  if (p.account !== undefined) out['aws:PrincipalAccount'] = p.account;
  if (p.kind === 'user' && p.name !== undefined) out['aws:username'] = p.name;
  const principalArn = p.kind === 'assumedRole' ? p.roleArn : p.arn;
  if (principalArn !== undefined && p.kind !== 'other') out['aws:PrincipalArn'] = principalArn;
  if (p.kind === 'root' && p.account !== undefined) out['aws:userid'] = p.account;
  if (p.kind === 'federatedUser' && p.account !== undefined)
    out['aws:userid'] = `${p.account}:${p.name ?? ''}`;
  if (p.kind === 'anonymous') out['aws:userid'] = 'anonymous';
  return Object.entries(out).map(([k, v]) => [k.toLowerCase(), v]);
}
