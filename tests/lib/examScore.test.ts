import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/schema';
import { assumedPassPercent, estimateScaledScore, scoreAttempt } from '../../src/lib/examScore';

const base = {
  stem: 'stem text here',
  explanation: 'explained here',
  difficulty: 'easy',
  references: ['https://docs.aws.amazon.com/x'],
} as const;
const opt = (id: string) => ({ id, text: id, why: 'because so' });
const single = (id: string, exams: string[], topics: string[]) =>
  ({
    ...base,
    id,
    type: 'single',
    options: ['a', 'b', 'c', 'd'].map(opt),
    answer: ['b'],
    exams,
    topics,
  }) as unknown as Question;
const multiple = {
  ...base,
  id: 'mr',
  type: 'multiple',
  options: ['a', 'b', 'c', 'd', 'e'].map(opt),
  answer: ['b', 'd'],
  exams: ['saa-c03:1'],
  topics: ['roles'],
} as unknown as Question;
const matching = {
  ...base,
  id: 'match',
  type: 'matching',
  prompts: [
    { id: 'p1', text: 'one' },
    { id: 'p2', text: 'two' },
    { id: 'p3', text: 'three' },
  ],
  options: ['x', 'y', 'z'].map(opt),
  answer: { p1: 'x', p2: 'y', p3: 'z' },
  exams: ['scs-c03:4'],
  topics: ['roles'],
} as unknown as Question;
const saa = { id: 'saa-c03', passingScore: 720, scale: [100, 1000] as [number, number] };
const scs = { id: 'scs-c03', passingScore: 750, scale: [100, 1000] as [number, number] };

describe('scaled-score estimate', () => {
  it('maps 0% to 100, the assumed pass percent to the passing score, and 100% to 1000', () => {
    expect(assumedPassPercent(saa)).toBe(72);
    expect(assumedPassPercent(scs)).toBe(75);
    expect(estimateScaledScore(0, saa)).toBe(100);
    expect(estimateScaledScore(72, saa)).toBe(720);
    expect(estimateScaledScore(100, saa)).toBe(1000);
    expect(estimateScaledScore(75, scs)).toBe(750);
    expect(estimateScaledScore(36, saa)).toBe(410); // halfway between 100 and 720
    expect(estimateScaledScore(86, saa)).toBe(860); // above the anchor: 10 points per percent
    expect(estimateScaledScore(70, saa)).toBe(703);
  });

  it('is monotonic and clamps out-of-range input', () => {
    let last = -1;
    for (let p = 0; p <= 100; p += 0.5) {
      const s = estimateScaledScore(p, scs);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    expect(estimateScaledScore(-5, saa)).toBe(100);
    expect(estimateScaledScore(140, saa)).toBe(1000);
  });
});

describe('scoreAttempt', () => {
  const bank = Array.from({ length: 10 }, (_, i) =>
    single(`q${i}`, ['saa-c03:1', 'scs-c03:4'], ['roles', 'groups']),
  );

  it('scores only scored items, unanswered as wrong, and passes at the anchor', () => {
    const responses: Record<string, unknown> = {};
    for (let i = 0; i < 8; i += 1) responses[`q${i}`] = ['b'];
    // q8 unanswered; q9 wrong; two of the right ones are unscored
    responses.q9 = ['a'];
    const r = scoreAttempt({ questions: bank, responses, unscoredIds: ['q0', 'q1'], exam: saa });
    expect(r).toMatchObject({ scored: 8, correct: 6, percent: 75, scaledScore: 750, passed: true });
    expect(r.byDomain).toEqual({ 'saa-c03:1': { correct: 6, total: 8 } });
    expect(r.byTopic).toEqual({
      roles: { correct: 6, total: 8 },
      groups: { correct: 6, total: 8 },
    });
    const atMark = scoreAttempt({
      questions: bank,
      responses,
      unscoredIds: ['q0', 'q1'],
      exam: scs,
    });
    expect(atMark.scaledScore).toBe(750);
    expect(atMark.passed).toBe(true);
    const fewer = scoreAttempt({
      questions: bank,
      responses: { ...responses, q7: null },
      unscoredIds: ['q0', 'q1'],
      exam: scs,
    });
    expect(fewer.percent).toBe(62.5);
    expect(fewer.passed).toBe(false);
  });

  it('counts every exam tag when there is no exam, and the default 720 scale', () => {
    const r = scoreAttempt({ questions: bank.slice(0, 2), responses: { q0: ['b'] } });
    expect(r.byDomain).toEqual({
      'saa-c03:1': { correct: 1, total: 2 },
      'scs-c03:4': { correct: 1, total: 2 },
    });
    expect(r.percent).toBe(50);
    expect(r.scaledScore).toBe(estimateScaledScore(50, saa));
  });

  it('gives multiple response and matching credit only when all of it is right', () => {
    const qs = [multiple, matching];
    const partial = scoreAttempt({
      questions: qs,
      responses: { mr: ['b'], match: { p1: 'x', p2: 'y', p3: 'x' } },
    });
    expect(partial.correct).toBe(0);
    const extra = scoreAttempt({
      questions: qs,
      responses: { mr: ['b', 'd', 'e'], match: { p1: 'x', p2: 'y' } },
    });
    expect(extra.correct).toBe(0);
    const full = scoreAttempt({
      questions: qs,
      responses: { mr: ['d', 'b'], match: { p3: 'z', p1: 'x', p2: 'y' } },
    });
    expect(full).toMatchObject({ correct: 2, percent: 100, scaledScore: 1000, passed: true });
  });

  it('an empty attempt neither divides by zero nor passes', () => {
    expect(scoreAttempt({ questions: [], responses: {} })).toMatchObject({
      scored: 0,
      percent: 0,
      passed: false,
      scaledScore: 100,
    });
  });
});
