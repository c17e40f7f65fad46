/** The request builder's form state, and the sandbox request it stands for. */
import type { ContextValue } from '../../../engine/index';
import {
  formatPrincipal,
  listPrincipals,
  parsePrincipal,
  type PrincipalSpec,
} from '../../../lib/sandbox/principals';
import type { SandboxRequest } from '../../../lib/sandbox/resolve';
import type { Organization, Tag } from '../../../lib/sandbox/schema';

export interface ContextRow {
  key: string;
  value: string;
}

export interface RequestDraft {
  /** short form (user:…, role:…, sso:…, root:…), or 'service', 'anonymous', 'external' */
  principal: string;
  service: string;
  externalArn: string;
  sessionName: string;
  caller: string;
  externalId: string;
  mfa: boolean;
  sessionTags: string;
  sessionPolicy: string;
  useSessionPolicy: boolean;
  duration: string;
  action: string;
  resource: string;
  context: ContextRow[];
}

/** A first request: the sandbox's first user, reading the first resource. */
export function initialDraft(org: Organization): RequestDraft {
  const account = org.accounts.find((a) => a.resources.length > 0);
  const res = account?.resources[0];
  const principals = listPrincipals(org);
  const first =
    principals.find((p) => 'account' in p && p.account === account?.id && p.type === 'user') ??
    principals[0];
  return {
    principal: first ? formatPrincipal(first) : 'anonymous',
    service: 'lambda.amazonaws.com',
    externalArn: 'arn:aws:iam::999988887777:user/outsider',
    sessionName: 'session',
    caller: '',
    externalId: '',
    mfa: false,
    sessionTags: '',
    sessionPolicy: JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      null,
      2,
    ),
    useSessionPolicy: false,
    duration: '',
    action: res?.type === 's3' ? 's3:GetObject' : 's3:ListAllMyBuckets',
    resource: res?.type === 's3' ? `arn:aws:s3:::${res.name}/example.txt` : '*',
    context: [
      { key: 'aws:SourceIp', value: '203.0.113.10' },
      { key: 'aws:SecureTransport', value: 'true' },
    ],
  };
}

/** "team=orders, env=dev" → tags. */
export function parseTags(text: string): Tag[] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [key = '', ...rest] = p.split('=');
      return { key: key.trim(), value: rest.join('=').trim() };
    })
    .filter((t) => t.key);
}

/** A value typed in a context row: `[a, b]` or a JSON array is a list, anything else a string. */
export function contextValue(text: string): ContextValue {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const v: unknown = JSON.parse(t);
      if (Array.isArray(v)) return v.map(String);
    } catch {
      return t
        .slice(1, -1)
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    }
  }
  return t;
}

/** The principal the draft names (with its session options). */
export function draftPrincipal(d: RequestDraft): PrincipalSpec {
  if (d.principal === 'service')
    return { type: 'service', service: d.service.trim() || 'lambda.amazonaws.com' };
  if (d.principal === 'external') return { type: 'external', arn: d.externalArn.trim() };
  const p = parsePrincipal(d.principal) ?? { type: 'anonymous' };
  if (p.type !== 'session') return p;
  const caller = d.caller ? parsePrincipal(d.caller) : null;
  const duration = Number(d.duration);
  return {
    ...p,
    sessionName: /^[\w+=,.@-]{2,64}$/.test(d.sessionName) ? d.sessionName : 'session',
    sessionTags: parseTags(d.sessionTags),
    mfa: d.mfa,
    ...(caller ? { caller } : {}),
    ...(d.externalId ? { externalId: d.externalId } : {}),
    ...(d.useSessionPolicy ? { sessionPolicy: d.sessionPolicy } : {}),
    ...(d.duration && Number.isInteger(duration) ? { durationSeconds: duration } : {}),
  };
}

/** The sandbox request the draft stands for. */
export function draftRequest(d: RequestDraft): SandboxRequest {
  const context: Record<string, ContextValue> = {};
  for (const row of d.context)
    if (row.key.trim()) context[row.key.trim()] = contextValue(row.value);
  return {
    principal: draftPrincipal(d),
    action: d.action.trim(),
    resource: d.resource.trim() || '*',
    context,
  };
}
