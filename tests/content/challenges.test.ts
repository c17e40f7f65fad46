// Playground challenges: every file validates, each model solution passes its own checker,
// and the starting state does not (so there is something to do).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index';
import { loadContent } from '../../src/content/loadContent';
import { challengeSchema } from '../../src/content/schema';
import {
  checkChallenge,
  solutionSubmission,
  startingSubmission,
} from '../../src/lib/sandbox/challenge';
import type { SimulateFn } from '../../src/lib/sandbox/evaluate';
import { nodeCatalog } from '../../src/catalog/nodeCatalog';

const content = loadContent('content');
const { challenges } = content;
const run: SimulateFn = (s, explain) => simulate(s, { explain });
const lessonIds = new Set(content.lessons.map((l) => l.meta.id));
const catalog = nodeCatalog();

describe('challenge files', () => {
  it('validate, with every lesson link resolving', () => {
    expect(content.problems.filter((p) => p.startsWith('challenges/'))).toEqual([]);
    for (const c of challenges) for (const l of c.lessons) expect(lessonIds.has(l), `${c.id}: ${l}`).toBe(true);
  });

  it('there are at least 25, from first steps to hard, with hidden cases', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(25);
    for (const level of ['first-steps', 'easy', 'medium', 'hard'])
      expect(challenges.filter((c) => c.level === level).length, level).toBeGreaterThanOrEqual(3);
    expect(challenges.filter((c) => c.cases.some((k) => k.hidden)).length).toBeGreaterThanOrEqual(20);
    expect(challenges.some((c) => c.editable.options)).toBe(true);
  });

  it('"no lint errors" catches an action that does not exist', async () => {
    const c = challenges.find((x) => x.id === 'first-allow');
    if (!c) throw new Error('first-allow is missing');
    const typo = JSON.parse(c.solution) as { Statement: { Action: string }[] };
    typo.Statement[0]!.Action = 's3:GetObjects';
    const result = await checkChallenge(c, { kind: 'document', text: JSON.stringify(typo) }, run, { catalog });
    expect(result.requirements.find((r) => r.id === 'noLintErrors')?.passed).toBe(false);
  });

  it('the schema rejects a challenge whose solution is not one of its options', () => {
    const c = challenges.find((x) => x.editable.options);
    expect(challengeSchema.safeParse({ ...c, solution: 'zz' }).success).toBe(false);
    expect(challengeSchema.safeParse({ ...challenges[0], cases: [] }).success).toBe(false);
  });
});

describe.each(challenges.map((c) => [c.id, c] as const))('challenge %s', (_id, c) => {
  it('its model solution passes every case and requirement', async () => {
    const result = await checkChallenge(c, solutionSubmission(c), run, { catalog });
    const failing = [
      ...result.requirements.filter((r) => !r.passed).map((r) => r.message),
      ...result.cases.filter((r) => !r.passed).map((r) => `${r.case.name}: got ${r.verdict}, want ${r.case.expect}`),
    ];
    expect(failing).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('its starting state does not pass', async () => {
    const result = await checkChallenge(c, startingSubmission(c), run, { catalog });
    expect(result.passed).toBe(false);
  });
});
