import { describe, expect, it } from 'vitest';
import {
  dayMs,
  estimate,
  evidenceByQuestion,
  masteryByGroup,
  masteryOf,
  type AnswerFact,
} from '../../../src/features/progress/mastery';

const now = new Date(2026, 4, 20, 12).getTime();
const answer = (questionId: string, correct: boolean, daysAgo = 0): AnswerFact => ({
  questionId,
  attemptId: 'a1',
  correct,
  msTaken: 30_000,
  answeredAt: now - daysAgo * dayMs,
});

describe('mastery', () => {
  it('is unknown (not started) with no answers, not a confident 50%', () => {
    const m = masteryByGroup(new Map(), () => [], ['roles']).get('roles');
    expect(m).toMatchObject({ score: null, level: 'not-started', answers: 0 });
  });

  it('a fresh answer weighs 1 and one half-life old weighs 1/2', () => {
    const e = evidenceByQuestion([answer('q1', true), answer('q2', true, 21)], { now });
    expect(e.get('q1')?.weight).toBeCloseTo(1);
    expect(e.get('q2')?.weight).toBeCloseTo(0.5);
  });

  it('recent answers count more than old ones', () => {
    const improving = [
      ...Array.from({ length: 6 }, (_, i) => answer(`old${i}`, false, 60)),
      ...Array.from({ length: 6 }, (_, i) => answer(`new${i}`, true, 1)),
    ];
    const slipping = improving.map((a) => ({ ...a, correct: !a.correct }));
    const score = (answers: AnswerFact[]) =>
      masteryByGroup(evidenceByQuestion(answers, { now }), () => ['t']).get('t')?.score ?? 0;
    expect(score(improving)).toBeGreaterThan(0.7);
    expect(score(slipping)).toBeLessThan(0.3);
  });

  it('answering one question many times does not make a topic strong', () => {
    const drilled = Array.from({ length: 30 }, () => answer('q1', true));
    const e = evidenceByQuestion(drilled, { now });
    expect(e.get('q1')?.weight).toBe(2);
    const m = masteryByGroup(e, () => ['t']).get('t');
    expect(m?.answers).toBe(30);
    expect(m?.level).toBe('getting-there');
    const broad = Array.from({ length: 10 }, (_, i) => answer(`q${i}`, true));
    expect(masteryByGroup(evidenceByQuestion(broad, { now }), () => ['t']).get('t')?.level).toBe(
      'strong',
    );
  });

  it('the interval narrows with more evidence and always contains the score', () => {
    const few = estimate(2, 1);
    const many = estimate(200, 100);
    expect(few.high - few.low).toBeGreaterThan(many.high - many.low);
    for (const e of [few, many, estimate(0, 0), estimate(50, 50)]) {
      expect(e.low).toBeLessThanOrEqual(e.score);
      expect(e.high).toBeGreaterThanOrEqual(e.score);
      expect(e.low).toBeGreaterThanOrEqual(0);
      expect(e.high).toBeLessThanOrEqual(1);
    }
  });

  it('levels follow the score', () => {
    const level = (weight: number, right: number) =>
      masteryOf('t', {
        weight,
        correctWeight: right,
        answers: weight,
        correct: right,
        lastAnsweredAt: now,
      }).level;
    expect(level(10, 3)).toBe('needs-work');
    expect(level(10, 7)).toBe('getting-there');
    expect(level(10, 10)).toBe('strong');
  });

  it('a question counts towards each of its topics', () => {
    const e = evidenceByQuestion([answer('q1', true), answer('q2', false)], { now });
    const groups = masteryByGroup(e, (id) => (id === 'q1' ? ['roles', 'sts'] : ['roles']));
    expect(groups.get('roles')?.answers).toBe(2);
    expect(groups.get('sts')?.answers).toBe(1);
  });
});
