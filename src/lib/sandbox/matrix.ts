/**
 * "What can this principal do?" and "who can do this?": the requests to evaluate, built from
 * the catalog's actions and the sandbox's resources and principals.
 */
import type { Catalog } from '../../catalog/catalog';
import type { ActionInfo } from '../../catalog/types';
import type { Scenario } from '../../engine/index';
import type { EngineQuery, QueryOutcome, SimulateJobsFn } from '../engineJobs.ts';
import { groupArn, policyArn, resourceArn, roleArn, userArn } from './arns.ts';
import { ssoRoles } from './identityCenter.ts';
import { listPrincipals, type PrincipalSpec } from './principals.ts';
import { buildScenario, readsTrustPolicy } from './resolve.ts';
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

/** The time the matrix evaluates at (the sandbox's fixed "now"). */
export const matrixTime = Date.UTC(2026, 0, 15, 10);

/** The request a cell stands for, as buildScenario takes it. */
export const cellRequest = (principal: PrincipalSpec, cell: MatrixCell) => ({
  principal,
  action: cell.action,
  resource: cell.column.arn,
});

/** A job of the matrix: one scenario, its queries, and the cells (by index) they answer. */
export interface MatrixJob {
  scenario: Scenario;
  queries: EngineQuery[];
  cells: number[];
}

/**
 * The matrix's cells as engine jobs: one scenario per resource (two for a role: one for the
 * actions its trust policy decides), asked about the action of each of its cells. A cell's own
 * scenario would differ from its job's only in request.action, so each query gets the answer
 * that scenario would.
 */
export function matrixJobs(
  org: Organization,
  principal: PrincipalSpec,
  cells: readonly MatrixCell[],
  now = matrixTime,
): MatrixJob[] {
  const jobs = new Map<string, MatrixJob>();
  cells.forEach((cell, i) => {
    const key = `${readsTrustPolicy(cell.action) ? 'trust' : 'other'} ${cell.column.arn}`;
    let job = jobs.get(key);
    if (!job) {
      const { scenario } = buildScenario(org, cellRequest(principal, cell), [], now);
      job = { scenario, queries: [], cells: [] };
      jobs.set(key, job);
    }
    job.queries.push({ action: cell.action, resource: job.scenario.request.resource });
    job.cells.push(i);
  });
  return [...jobs.values()];
}

/** Every cell's outcome, in the cells' order, from one batch of jobs (one worker message). */
export async function matrixOutcomes(
  org: Organization,
  principal: PrincipalSpec,
  cells: readonly MatrixCell[],
  simulateJobs: SimulateJobsFn,
  now = matrixTime,
): Promise<QueryOutcome[]> {
  const jobs = matrixJobs(org, principal, cells, now);
  const results = await simulateJobs(
    jobs.map(({ scenario, queries }) => ({ scenario, queries })),
    false,
  );
  const out = new Array<QueryOutcome>(cells.length);
  jobs.forEach((job, j) =>
    job.cells.forEach((cell, q) => {
      out[cell] = results[j]?.[q] ?? { failure: 'the engine gave no answer' };
    }),
  );
  return out;
}

/** The cells for some of the sandbox's services (every one, for "All services"). */
export async function serviceCells(
  org: Organization,
  catalog: Catalog,
  services: readonly string[],
): Promise<MatrixCell[]> {
  await catalog.load(services);
  const actions = services.flatMap((s) => catalog.service(s)?.actions ?? []);
  return matrixCells(actions, sandboxColumns(org));
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
