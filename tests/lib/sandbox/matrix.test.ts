// The access matrix and "who can do this?" in batches: one job per resource (one scenario,
// many actions), every principal's steps in one batch. The answers must be exactly those of
// the per-request path they replace: one scenario built and simulated for each cell.
import { describe, expect, it } from 'vitest';
import { nodeCatalog } from '../../../src/catalog/nodeCatalog';
import { loadContent } from '../../../src/content/loadContent';
import { createSimulator, type Simulator } from '../../../src/engine/index';
import { runJobs, type QueryOutcome } from '../../../src/lib/engineJobs';
import { evaluateResolution, evaluateResolutions } from '../../../src/lib/sandbox/evaluate';
import {
  cellRequest,
  matrixJobs,
  matrixOutcomes,
  matrixTime,
  sandboxColumns,
  sandboxServices,
  serviceCells,
  whoCanCandidates,
  type MatrixCell,
} from '../../../src/lib/sandbox/matrix';
import {
  formatPrincipal,
  listPrincipals,
  parsePrincipal,
  type PrincipalSpec,
} from '../../../src/lib/sandbox/principals';
import { buildScenario, resolveRequest } from '../../../src/lib/sandbox/resolve';
import type { Organization } from '../../../src/lib/sandbox/schema';
import { emptyOrganization, exampleOrganization } from '../../../src/lib/sandbox/starter';

const catalog = nodeCatalog();
const alice = parsePrincipal('user:222222222222:alice') as PrincipalSpec;
const { challenges } = loadContent('content');

/** Every cell of the matrix for every service of the sandbox ("All services"). */
const allCells = (org: Organization) => serviceCells(org, catalog, sandboxServices(org));

/** The principals of the matrix's menu, as the menu hands them over (short form). */
const menuPrincipals = (org: Organization): PrincipalSpec[] =>
  listPrincipals(org).map((p) => parsePrincipal(formatPrincipal(p)) as PrincipalSpec);

/** The path the batch replaces: each cell's own scenario, simulated on its own. */
function perRequest(
  simulator: Simulator,
  org: Organization,
  principal: PrincipalSpec,
  cells: readonly MatrixCell[],
): QueryOutcome[] {
  return cells.map((cell) => {
    const { scenario } = buildScenario(org, cellRequest(principal, cell), [], matrixTime);
    return simulator.simulate(scenario);
  });
}

const inProcess =
  (simulator: Simulator) => (jobs: Parameters<typeof runJobs>[1], explain: boolean) =>
    runJobs(simulator, jobs, explain);

async function expectSameMatrix(org: Organization, principals: readonly PrincipalSpec[]) {
  const cells = await allCells(org);
  const simulator = createSimulator();
  let compared = 0;
  for (const principal of principals) {
    const batched = await matrixOutcomes(org, principal, cells, inProcess(simulator));
    const single = perRequest(simulator, org, principal, cells);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as MatrixCell;
      expect(
        batched[i],
        `${formatPrincipal(principal)}: ${cell.action} on ${cell.column.arn}`,
      ).toEqual(single[i]);
    }
    compared += cells.length;
  }
  return compared;
}

describe('the access matrix in batches', () => {
  // The per-request path costs about a millisecond a cell, so the principals are a selection:
  // one of each kind in the example's menu (and bob, who has no group), and in each challenge
  // sandbox the principal of its first case.
  it('gives every cell the per-request answer on the example organization', async () => {
    const org = exampleOrganization();
    const menu = menuPrincipals(org);
    const principals = [
      ...new Map(menu.map((p) => [p.type, p])).values(),
      parsePrincipal('user:222222222222:bob') as PrincipalSpec,
    ];
    expect(principals.map((p) => p.type)).toEqual(['user', 'session', 'sso', 'root', 'user']);
    expect(await expectSameMatrix(org, principals)).toBeGreaterThan(4000);
  });

  it('gives every cell the per-request answer on the empty starter sandbox', async () => {
    const org = emptyOrganization();
    await expectSameMatrix(org, menuPrincipals(org));
  });

  it('gives every cell the per-request answer in every challenge sandbox', async () => {
    expect(challenges.length).toBeGreaterThanOrEqual(25);
    let compared = 0;
    for (const c of challenges) {
      const first = c.cases[0]?.principal;
      if (first) compared += await expectSameMatrix(c.sandbox, [first]);
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('allows and denies somewhere in the example matrix, so the comparison means something', async () => {
    const org = exampleOrganization();
    const cells = await allCells(org);
    const outcomes = await matrixOutcomes(org, alice, cells, inProcess(createSimulator()));
    const decisions = new Set(outcomes.map((o) => ('decision' in o ? o.decision : 'error')));
    expect([...decisions].sort()).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
  });

  it('builds one scenario per resource, each asked about the actions of its cells', async () => {
    const org = exampleOrganization();
    const cells = await allCells(org);
    const jobs = matrixJobs(org, alice, cells);
    expect(jobs).toHaveLength(new Set(cells.map((c) => c.column.arn)).size);
    // every cell is answered once, by a query on its job's resource
    expect(jobs.flatMap((j) => j.cells).sort((a, b) => a - b)).toEqual(cells.map((_, i) => i));
    for (const job of jobs)
      for (const q of job.queries) expect(q.resource).toBe(job.scenario.request.resource);
  });

  it('asks a role about sts:AssumeRole with its trust policy, in a job of its own', () => {
    const org = exampleOrganization();
    const role = sandboxColumns(org).find((c) => c.arn.endsWith(':role/AuditRole'));
    if (!role) throw new Error('the example has no AuditRole');
    const cells = ['iam:GetRole', 'sts:AssumeRole', 'iam:TagRole', 'sts:TagSession'].map(
      (action): MatrixCell => ({ action, column: role }),
    );
    const jobs = matrixJobs(org, alice, cells);
    expect(jobs.map((j) => j.cells)).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(jobs[0]?.scenario.resourcePolicy).toBeUndefined();
    expect(jobs[1]?.scenario.resourcePolicy).toBeDefined();
    const simulator = createSimulator();
    expect(runJobs(simulator, jobs, false).flat()).toEqual(
      perRequest(
        simulator,
        org,
        alice,
        [0, 2, 1, 3].map((i) => cells[i] as MatrixCell),
      ),
    );
  });

  it('marks the cells of a job that fails, and still answers the other jobs', async () => {
    const org = exampleOrganization();
    const cells = await allCells(org);
    const simulator = createSimulator();
    const broken: Simulator = {
      simulate: (s, o) => simulator.simulate(s, o),
      simulateActions: (s, queries, o) => {
        if (queries.some((q) => typeof q !== 'string' && q.resource?.includes('example-key')))
          throw new Error('out of memory');
        return simulator.simulateActions(s, queries, o);
      },
    };
    const outcomes = await matrixOutcomes(org, alice, cells, inProcess(broken));
    const failed = cells.filter((_, i) => 'failure' in (outcomes[i] as QueryOutcome));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((c) => c.column.arn.endsWith('/example-key'))).toBe(true);
    expect(outcomes.some((o) => 'decision' in o)).toBe(true);
  });
});

describe('"who can do this?" in one batch', () => {
  const requests: [Organization, string, string][] = [
    [exampleOrganization(), 's3:GetObject', 'arn:aws:s3:::dev-app-data/a.txt'],
    [exampleOrganization(), 'sts:AssumeRole', 'arn:aws:iam::222222222222:role/AuditRole'],
    [exampleOrganization(), 'iam:CreateUser', '*'],
    ...challenges.flatMap((c) =>
      c.cases.map((k): [Organization, string, string] => [c.sandbox, k.action, k.resource]),
    ),
  ];

  it('gives each principal the answer evaluateResolution gives, traces included', async () => {
    const simulator = createSimulator();
    let answers = 0;
    for (const [org, action, resource] of requests) {
      const resolutions = whoCanCandidates(org).map((principal) =>
        resolveRequest(org, { principal, action, resource }),
      );
      const batched = await evaluateResolutions(resolutions, inProcess(simulator), true);
      const single = await Promise.all(
        resolutions.map((r) =>
          evaluateResolution(r, (s, explain) => simulator.simulate(s, { explain })),
        ),
      );
      expect(batched).toEqual(single);
      answers += batched.length;
    }
    expect(answers).toBeGreaterThan(100);
  });

  it('sends every evaluated step of every principal in one batch, none of the blocked ones', async () => {
    const org = exampleOrganization();
    const resolutions = whoCanCandidates(org).map((principal) =>
      resolveRequest(org, { principal, action: 's3:GetObject', resource: '*' }),
    );
    const batches: number[] = [];
    await evaluateResolutions(
      resolutions,
      (jobs, explain) => {
        batches.push(jobs.length);
        return runJobs(createSimulator(), jobs, explain);
      },
      true,
    );
    const evaluated = resolutions.flatMap((r) => r.steps).filter((s) => s.scenario && !s.blocked);
    expect(batches).toEqual([evaluated.length]);
  });

  it('reads a job the engine could not run as an engine error of that step', async () => {
    const org = exampleOrganization();
    const res = resolveRequest(org, {
      principal: parsePrincipal('user:222222222222:alice') as PrincipalSpec,
      action: 's3:GetObject',
      resource: '*',
    });
    const [answer] = await evaluateResolutions([res], (jobs) =>
      jobs.map(() => [{ failure: 'out of memory' }]),
    );
    expect(answer?.verdict).toBe('error');
    expect(answer?.final).toMatchObject({
      error: { code: 'engine-failure', message: 'the engine failed: out of memory' },
    });
  });
});
