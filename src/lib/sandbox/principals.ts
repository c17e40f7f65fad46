/** Who makes a request in the sandbox: users, role sessions, Identity Center users, and others. */
import { z } from '../zod.ts';
import { rootArn, roleArn, sessionArn, userArn } from './arns.ts';
import { assignedPermissionSets, ssoRoleName, ssoRolePath } from './identityCenter.ts';
import { findAccount, findRole } from './locations.ts';
import { documentSchema, tagSchema, type Organization, type Tag } from './schema.ts';

/** A role session: who assumed the role, and how. */
export interface SessionSpec {
  type: 'session';
  account: string;
  role: string;
  sessionName: string;
  /** The caller of sts:AssumeRole; undefined = not checked (the session already exists). */
  caller?: PrincipalSpec;
  sessionPolicy?: string;
  sessionTags: Tag[];
  externalId?: string;
  mfa: boolean;
  durationSeconds?: number;
}

/** A principal of a sandbox request. */
export type PrincipalSpec =
  | { type: 'user'; account: string; name: string }
  | SessionSpec
  | { type: 'sso'; user: string; permissionSet: string; account: string }
  | { type: 'root'; account: string }
  | { type: 'service'; service: string }
  | { type: 'anonymous' }
  | { type: 'external'; arn: string };

const short = z.string().max(300);

/** Parses the short form used in challenge files and menus: `user:111122223333:alice`, … */
export function parsePrincipal(text: string): PrincipalSpec | null {
  const parts = text.split(':');
  const [kind, a = '', b = '', c = ''] = parts;
  if (text === 'anonymous' || text === '*') return { type: 'anonymous' };
  if (text.startsWith('arn:')) return { type: 'external', arn: text };
  if (kind === 'user' && parts.length === 3) return { type: 'user', account: a, name: b };
  if (kind === 'role' && (parts.length === 3 || parts.length === 4))
    return {
      type: 'session',
      account: a,
      role: b,
      sessionName: c || 'session',
      sessionTags: [],
      mfa: false,
    };
  if (kind === 'sso' && parts.length === 4)
    return { type: 'sso', user: a, permissionSet: b, account: c };
  if (kind === 'root' && parts.length === 2) return { type: 'root', account: a };
  if (kind === 'service' && parts.length === 2 && /^[a-z0-9.-]+\.amazonaws\.com$/.test(a))
    return { type: 'service', service: a };
  return null;
}

/** The short form of a principal (sessions lose their options). */
export function formatPrincipal(p: PrincipalSpec): string {
  switch (p.type) {
    case 'user':
      return `user:${p.account}:${p.name}`;
    case 'session':
      return `role:${p.account}:${p.role}:${p.sessionName}`;
    case 'sso':
      return `sso:${p.user}:${p.permissionSet}:${p.account}`;
    case 'root':
      return `root:${p.account}`;
    case 'service':
      return `service:${p.service}`;
    case 'anonymous':
      return 'anonymous';
    case 'external':
      return p.arn;
  }
}

const shortPrincipal = short.transform((v, ctx) => {
  const p = parsePrincipal(v);
  if (!p)
    ctx.addIssue({
      code: 'custom',
      message: `'${v}' is not a principal (user:ACCOUNT:NAME, role:ACCOUNT:ROLE, sso:USER:SET:ACCOUNT, root:ACCOUNT, service:NAME.amazonaws.com, anonymous or an ARN)`,
    });
  return p as PrincipalSpec;
});

const sessionObject = z.strictObject({
  role: short,
  sessionName: z
    .string()
    .regex(/^[\w+=,.@-]{2,64}$/)
    .optional(),
  caller: shortPrincipal.optional(),
  sessionPolicy: documentSchema.optional(),
  sessionTags: z.array(tagSchema).max(50).optional(),
  externalId: z.string().max(1224).optional(),
  mfa: z.boolean().optional(),
  durationSeconds: z.number().int().min(900).max(43_200).optional(),
});

/** A principal in a file: the short form, or a role session with its options. */
export const principalSchema = z.union([
  shortPrincipal,
  sessionObject.transform((o, ctx): PrincipalSpec => {
    const base = parsePrincipal(o.role.startsWith('role:') ? o.role : `role:${o.role}`);
    if (base?.type !== 'session') {
      ctx.addIssue({ code: 'custom', message: `role '${o.role}' is not ACCOUNT:ROLE` });
      return { type: 'anonymous' };
    }
    const s: SessionSpec = { ...base, sessionTags: o.sessionTags ?? [], mfa: o.mfa ?? false };
    if (o.sessionName) s.sessionName = o.sessionName;
    if (o.caller) s.caller = o.caller;
    if (o.sessionPolicy !== undefined) s.sessionPolicy = o.sessionPolicy;
    if (o.externalId !== undefined) s.externalId = o.externalId;
    if (o.durationSeconds !== undefined) s.durationSeconds = o.durationSeconds;
    return s;
  }),
]);

/** The ARN the request carries for a principal. */
export function principalArn(org: Organization, p: PrincipalSpec): string {
  switch (p.type) {
    case 'user': {
      const u = findAccount(org, p.account)?.users.find((x) => x.name === p.name);
      return userArn(p.account, p.name, u?.path);
    }
    case 'session':
      return sessionArn(p.account, p.role, p.sessionName);
    case 'sso':
      return sessionArn(p.account, ssoRoleName(p.permissionSet, p.account), p.user);
    case 'root':
      return rootArn(p.account);
    case 'service':
      return p.service;
    case 'anonymous':
      return '*';
    case 'external':
      return p.arn;
  }
}

/** The role or user behind a session principal (the scenario's sessionIssuer). */
export function sessionIssuer(org: Organization, p: PrincipalSpec): string | undefined {
  if (p.type === 'session')
    return roleArn(p.account, p.role, findRole(org, p.account, p.role)?.path);
  if (p.type === 'sso')
    return roleArn(p.account, ssoRoleName(p.permissionSet, p.account), ssoRolePath);
  return undefined;
}

/** The account a principal belongs to ('' for service principals and anonymous callers). */
export function principalAccount(p: PrincipalSpec): string {
  if (p.type === 'service' || p.type === 'anonymous') return '';
  if (p.type === 'external') return p.arn.split(':')[4] ?? '';
  return p.account;
}

/** A principal in words. */
export function describePrincipal(org: Organization, p: PrincipalSpec): string {
  const acct = (id: string) => findAccount(org, id)?.name ?? id;
  switch (p.type) {
    case 'user':
      return `IAM user ${p.name} (${acct(p.account)})`;
    case 'session':
      return `a session of role ${p.role} (${acct(p.account)})`;
    case 'sso':
      return `Identity Center user ${p.user} with permission set ${p.permissionSet} (${acct(p.account)})`;
    case 'root':
      return `the root user of ${acct(p.account)}`;
    case 'service':
      return `the service ${p.service}`;
    case 'anonymous':
      return 'an anonymous caller';
    case 'external':
      return `${p.arn} (outside the sandbox)`;
  }
}

/** Every principal the sandbox holds: users, role sessions, Identity Center users per set and account, root users. */
export function listPrincipals(org: Organization): PrincipalSpec[] {
  const out: PrincipalSpec[] = [];
  for (const a of org.accounts) {
    for (const u of a.users) out.push({ type: 'user', account: a.id, name: u.name });
    for (const r of a.roles)
      if (!r.serviceLinked)
        out.push({
          type: 'session',
          account: a.id,
          role: r.name,
          sessionName: 'session',
          sessionTags: [],
          mfa: false,
        });
  }
  for (const a of org.accounts)
    for (const u of org.identityCenter.users)
      for (const set of assignedPermissionSets(org, a.id, u.userName))
        out.push({ type: 'sso', user: u.userName, permissionSet: set, account: a.id });
  for (const a of org.accounts) out.push({ type: 'root', account: a.id });
  return out;
}
