import { describe, expect, it } from 'vitest';
import {
  makePack,
  matchingQuestions,
  pickByFilter,
} from '../../../src/features/workshop/builder/buildPack';
import { resolvePack, scoringShape } from '../../../src/features/workshop/packContent';
import { contentDigest } from '../../../src/lib/pack/packUtils';
import { questions } from './fixtures';

describe('choosing questions by topic and difficulty', () => {
  it('filters by any of the topics and the difficulties', () => {
    const filter = { topics: ['temporary-credentials'], difficulties: [], count: 10, seed: 1 };
    expect(matchingQuestions(questions, filter).map((q) => q.id)).toEqual(['roles-002', 'sts-001']);
    expect(matchingQuestions(questions, { ...filter, topics: [], difficulties: ['hard'] })).toEqual(
      [],
    );
  });

  it('draws the same questions for the same seed and caps at the count', () => {
    const filter = { topics: [], difficulties: [], count: 2, seed: 42 };
    const a = pickByFilter(questions, filter).map((q) => q.id);
    expect(a).toHaveLength(2);
    expect(pickByFilter(questions, filter).map((q) => q.id)).toEqual(a);
    const seeds = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        pickByFilter(questions, { ...filter, seed })
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });
});

describe('makePack', () => {
  const input = {
    title: '  Roles  ',
    lessons: ['roles'],
    questions,
    challenges: [],
    timeLimitMinutes: 15,
    reveal: 'end' as const,
    source: { mode: 'hand' as const, label: 'Hand-picked' },
  };

  it('makes a valid pack that resolves back to the same questions', () => {
    const pack = makePack(input, 1000);
    expect(pack.title).toBe('Roles');
    expect(pack.questions).toEqual(questions.map((q) => q.id));
    expect(pack.contentDigest).toBe(contentDigest(scoringShape(questions)));
    const resolved = resolvePack(pack, { lessons: [], questions, caseStudies: [], challenges: [] });
    expect(resolved.questions).toEqual(questions);
    expect(resolved.missing).toEqual(['roles']);
    expect(makePack(input, 1000).id).not.toBe(pack.id);
  });

  it('refuses an empty pack or one without a title', () => {
    expect(() => makePack({ ...input, questions: [], lessons: [] }, 1)).toThrow();
    expect(() => makePack({ ...input, title: ' ' }, 1)).toThrow();
  });

  it('changes the content digest when an answer changes but not when wording does', () => {
    const reworded = questions.map((q) => ({ ...q, stem: `${q.stem} (reworded)` }));
    expect(contentDigest(scoringShape(reworded))).toBe(contentDigest(scoringShape(questions)));
    const rekeyed = questions.map((q) => (q.type === 'single' ? { ...q, answer: ['a'] } : q));
    expect(contentDigest(scoringShape(rekeyed))).not.toBe(contentDigest(scoringShape(questions)));
  });
});
