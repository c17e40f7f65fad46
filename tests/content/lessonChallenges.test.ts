// Lessons link to the playground challenges that practise them (front matter `challenges:`),
// and challenges link back. The lesson front matter is the only source of those links.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadContent } from '../../src/content/loadContent';
import { challengesForLesson, lessonsForChallenge } from '../../src/content/related';
import { challengeSchema } from '../../src/content/schema';

const content = loadContent('content');
const { lessons, challenges } = content;
const metas = lessons.map((l) => l.meta);
const challengeIds = new Set(challenges.map((c) => c.id));

/** Challenges that no lesson lists on purpose, with the reason (none at the moment). */
const challengesWithoutLesson: Record<string, string> = {};
/** Lessons with no fitting challenge, with the reason (none at the moment). */
const lessonsWithoutChallenge: Record<string, string> = {};

describe('lesson → challenge links', () => {
  it('name only challenges that exist, each once', () => {
    expect(content.problems.filter((p) => p.startsWith('lessons/'))).toEqual([]);
    for (const l of metas) {
      const listed = l.challenges ?? [];
      for (const id of listed) expect(challengeIds.has(id), `${l.id}: ${id}`).toBe(true);
      expect(new Set(listed).size, l.id).toBe(listed.length);
    }
  });

  it('give every lesson at least one challenge, unless it is a listed exception', () => {
    const without = metas.filter((l) => !l.challenges?.length).map((l) => l.id);
    expect(without.sort()).toEqual(Object.keys(lessonsWithoutChallenge).sort());
  });

  it('reach every challenge from at least one lesson, unless it is a listed exception', () => {
    const unlinked = challenges
      .filter((c) => !metas.some((l) => l.challenges?.includes(c.id)))
      .map((c) => c.id);
    expect(unlinked.sort()).toEqual(Object.keys(challengesWithoutLesson).sort());
  });

  it('the loader reports a lesson that names a missing or repeated challenge', () => {
    const root = mkdtempSync(join(tmpdir(), 'lp-content-'));
    try {
      cpSync('content', root, { recursive: true });
      const file = join(root, 'lessons', lessons[0]!.file);
      const source = readFileSync(file, 'utf8').replace(
        /\nchallenges:\n/,
        '\nchallenges:\n  - no-such-challenge\n  - lock-member-root\n',
      );
      writeFileSync(file, source);
      const { problems } = loadContent(root);
      expect(problems).toContainEqual(expect.stringMatching(/challenge 'no-such-challenge' does not exist/));
      expect(problems).toContainEqual(expect.stringMatching(/a challenge is listed twice/));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('challenge → lesson links', () => {
  it('are derived from lesson front matter, in course order', () => {
    for (const c of challenges) {
      const expected = metas
        .filter((l) => l.challenges?.includes(c.id))
        .sort((a, b) => a.order - b.order)
        .map((l) => l.id);
      expect(c.lessons, c.id).toEqual(expected);
      expect(lessonsForChallenge(c.id, metas).map((l) => l.id)).toEqual(expected);
    }
    const roles = metas.find((l) => l.id === 'roles');
    if (!roles) throw new Error('no roles lesson');
    expect(challengesForLesson(roles, challenges).map((c) => c.id)).toEqual(roles.challenges);
  });

  it('cannot be written in a challenge file as a second source', () => {
    const file = readFileSync('content/challenges/01-first-steps.yaml', 'utf8');
    const raw = (parseYaml(file) as { challenges: Record<string, unknown>[] }).challenges[0];
    expect(challengeSchema.safeParse(raw).success).toBe(true);
    expect(challengeSchema.safeParse({ ...raw, lessons: ['roles'] }).success).toBe(false);
  });

  it('show each challenge with a one-line goal', () => {
    for (const c of challenges) expect(c.goal, c.id).toMatch(/^[^\n]{10,100}$/);
  });
});
