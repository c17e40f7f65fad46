/**
 * "What can this principal do?" and "who can do this?": the requests to evaluate, built from
 * the catalog's actions and the sandbox's resources and principals.
 */
import type { ActionInfo } from '../../catalog/types';
import { groupArn, policyArn, resourceArn, roleArn, userArn } from './arns.ts';
import { ssoRoles } from './identityCenter.ts';
import { listPrincipals, type PrincipalSpec } from './principals.ts';
import type { Organization } from './schema.ts';

/** A column of the matrix: one resource ARN of a catalog resource type. */
export interface MatrixColumn {
  arn: string;
  label: string;
  /** the catalog's resource type name (bucket, object, queue...), '*' for none */
  type: string;
}

/** The services a sandbox has resources for (plus IAM and STS). */
export function sandboxServices(org: Organization): string[] {
  const set = new Set(['iam', 'sts']);
  for (const a of org.accounts) for (const r of a.resources) set.add(r.type);
  return [...set].sort();
}

/** Every resource of the sandbox, by catalog resource type name (lower case). */
export function sandboxColumns(org: Organization): MatrixColumn[] {
  const cols: MatrixColumn[] = [];
  const typeName = {
    s3: 'bucket',
    kms: 'key',
    sqs: 'queue',
    sns: 'topic',
    secretsmanager: 'secret',
    lambda: 'function',
  } as const;
  for (const a of org.accounts) {
    for (const r of a.resources) {
      const arn = resourceArn(a.id, r);
      cols.push({ arn, label: `${r.name} (${a.name})`, type: typeName[r.type] });
      if (r.type === 's3')
        cols.push({ arn: `${arn}/example-key`, label: `objects in ${r.name}`, type: 'object' });
    }
    for (const u of a.users)
      cols.push({
        arn: userArn(a.id, u.name, u.path),
        label: `user ${u.name} (${a.name})`,
        type: 'user',
      });
    for (const g of a.groups)
      cols.push({
        arn: groupArn(a.id, g.name),
        label: `group ${g.name} (${a.name})`,
        type: 'group',
      });
    for (const r of [...a.roles, ...ssoRoles(org, a.id)])
      cols.push({
        arn: roleArn(a.id, r.name, r.path),
        label: `role ${r.name} (${a.name})`,
        type: 'role',
      });
    for (const p of a.policies)
      cols.push({
        arn: policyArn(a.id, p.name),
        label: `policy ${p.name} (${a.name})`,
        type: 'policy',
      });
  }
  return cols;
}

export interface MatrixCell {
  action: string;
  column: MatrixColumn;
}

/**
 * The cells to evaluate for a service's actions: each action against every sandbox resource
 * of a type it acts on, or against `*` when it acts on no resource type.
 */
export function matrixCells(actions: readonly ActionInfo[], columns: MatrixColumn[]): MatrixCell[] {
  const star: MatrixColumn = { arn: '*', label: '* (no resource type)', type: '*' };
  const cells: MatrixCell[] = [];
  for (const action of actions) {
    if (action.resourceTypes.length === 0) {
      cells.push({ action: action.fullName, column: star });
      continue;
    }
    const types = new Set(action.resourceTypes.map((t) => t.type.name.toLowerCase()));
    for (const column of columns)
      if (types.has(column.type) && column.arn.split(':')[2] === action.service)
        cells.push({ action: action.fullName, column });
  }
  return cells;
}

/** Service principals that the sandbox's resource and trust policies name. */
export function namedServices(org: Organization): string[] {
  const found = new Set<string>();
  const docs = org.accounts.flatMap((a) => [
    ...a.resources.map((r) => r.policy ?? ''),
    ...a.roles.map((r) => r.trustPolicy),
  ]);
  for (const text of docs)
    for (const m of text.matchAll(/"([a-z0-9.-]+\.amazonaws\.com)"/g)) if (m[1]) found.add(m[1]);
  return [...found].sort();
}

/**
 * Candidates for "who can do this?": every principal in the sandbox, the service principals
 * its policies name, and an anonymous caller.
 */
export function whoCanCandidates(org: Organization): PrincipalSpec[] {
  return [
    ...listPrincipals(org),
    ...namedServices(org).map((service): PrincipalSpec => ({ type: 'service', service })),
    { type: 'anonymous' },
  ];
}
