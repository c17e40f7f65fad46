/** What the sandbox forms share: the sandbox, how to change it, and what is selected. */
import type { PolicyKind } from '../../../engine/index';
import type { PolicyLocation } from '../../../lib/sandbox/locations';
import type { OpResult } from '../../../lib/sandbox/ops';
import type { Organization, Role, User } from '../../../lib/sandbox/schema';

export type Selection =
  | { kind: 'org' }
  | { kind: 'orgPolicy'; id: string }
  | { kind: 'account'; account: string }
  | { kind: 'user' | 'group' | 'role' | 'policy' | 'resource'; account: string; name: string }
  | { kind: 'identityCenter' };

export interface EditContext {
  org: Organization;
  /** Changes a copy of the sandbox (the draft) and saves it. */
  update: (change: (draft: Organization) => void) => void;
  /** Applies a checked change; returns AWS's error when it was refused. */
  apply: (result: OpResult) => string | null;
  select: (s: Selection) => void;
  /** Statements that mattered in the last answer, by policy location key. */
  mattered: Map<string, string[]>;
}

/** A change to one IAM user or role, by name. */
export type IdentityChange =
  | { type: 'user'; name: string; change: (user: User) => void }
  | { type: 'role'; name: string; change: (role: Role) => void };

/**
 * Changes one IAM user or role of an account in the draft (see EditContext.update); nothing
 * happens if it no longer exists (another tab may have deleted it).
 */
export function editIdentity(ctx: EditContext, account: string, identity: IdentityChange): void {
  ctx.update((draft) => {
    const a = draft.accounts.find((x) => x.id === account);
    if (identity.type === 'user') {
      const user = a?.users.find((x) => x.name === identity.name);
      if (user) identity.change(user);
    } else {
      const role = a?.roles.find((x) => x.name === identity.name);
      if (role) identity.change(role);
    }
  });
}

/** A stable key for a policy location (the version does not matter). */
export function locationKey(loc: PolicyLocation): string {
  switch (loc.kind) {
    case 'managed':
      return `managed:${loc.account}:${loc.policy}`;
    case 'awsManaged':
      return `aws:${loc.arn}`;
    case 'inline':
      return `inline:${loc.account}:${loc.ownerType}:${loc.owner}:${loc.policy}`;
    case 'trust':
      return `trust:${loc.account}:${loc.role}`;
    case 'resource':
      return `resource:${loc.account}:${loc.resource}`;
    case 'org':
      return `org:${loc.id}`;
    case 'permissionSet':
      return `ps:${loc.name}`;
    case 'session':
      return 'session';
  }
}

/** Where in the forms a policy location is edited. */
export function selectionFor(loc: PolicyLocation): Selection | null {
  switch (loc.kind) {
    case 'managed':
      return { kind: 'policy', account: loc.account, name: loc.policy };
    case 'inline':
      return { kind: loc.ownerType, account: loc.account, name: loc.owner };
    case 'trust':
      return { kind: 'role', account: loc.account, name: loc.role };
    case 'resource':
      return { kind: 'resource', account: loc.account, name: loc.resource };
    case 'org':
      return { kind: 'orgPolicy', id: loc.id };
    case 'permissionSet':
      return { kind: 'identityCenter' };
    default:
      return null;
  }
}

export const blankPolicy = (kind: PolicyKind): string =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        kind === 'trust'
          ? {
              Effect: 'Allow',
              Principal: { Service: 'lambda.amazonaws.com' },
              Action: 'sts:AssumeRole',
            }
          : kind === 'resource' || kind === 'rcp'
            ? {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: '*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }
            : { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
      ],
    },
    null,
    2,
  );
