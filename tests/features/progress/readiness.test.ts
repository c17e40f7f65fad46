import { describe, expect, it } from 'vitest';
import {
  computeDashboard,
  lessonForTopic,
  type DashboardInput,
} from '../../../src/features/progress/dashboard';
import { dayMs, type AnswerFact } from '../../../src/features/progress/mastery';
import {
  normalCdf,
  readinessFor,
  simulationsFrom,
  toScaled,
  type AttemptFact,
  type ExamFact,
} from '../../../src/features/progress/readiness';

const now = new Date(2026, 4, 20, 12).getTime();
const saa: ExamFact = {
  id: 'saa-c03',
  name: 'Solutions Architect – Associate',
  code: 'SAA-C03',
  passingScore: 720,
  scale: [100, 1000],
  domains: [
    { id: '1', name: 'Design Secure Architectures', weight: 30 },
    { id: '2', name: 'Design Resilient Architectures', weight: 26 },
  ],
};
const questions = Array.from({ length: 40 }, (_, i) => ({
  id: `q${i}`,
  topics: i < 30 ? ['roles'] : ['quotas'],
  exams: i < 35 ? ['saa-c03:1'] : ['scs-c03:4'],
}));
const lessons = [
  { id: 'choosing', title: 'Choosing an identity', order: 16, topics: ['best-practices', 'roles'] },
  { id: 'roles', title: 'Roles', order: 4, topics: ['roles', 'federation'] },
  { id: 'quotas', title: 'Quotas', order: 15, topics: ['quotas'] },
];

function answers(n: number, rate: number, daysAgo = 1, attemptId = 'p1'): AnswerFact[] {
  return Array.from({ length: n }, (_, i) => ({
    questionId: `q${i % 35}`,
    attemptId,
    correct: i % 10 < rate * 10,
    msTaken: 20_000,
    answeredAt: now - daysAgo * dayMs - i * 1000,
  }));
}

function simulation(id: string, correct: number, scored: number, daysAgo: number): AttemptFact {
  const percent = (correct / scored) * 100;
  return {
    id,
    mode: 'exam',
    status: 'submitted',
    examId: 'saa-c03',
    submittedAt: now - daysAgo * dayMs,
    result: {
      scored,
      correct,
      percent,
      scaledScore: toScaled(correct / scored, saa),
      passed: false,
      byDomain: {},
      byTopic: {},
    },
  };
}

const input = (over: Partial<DashboardInput>): DashboardInput => ({
  now,
  answers: [],
  lessonProgress: [],
  attempts: [],
  cardDue: [],
  challenges: [],
  questions,
  lessons,
  exams: [saa],
  topics: ['roles', 'quotas', 'abac'],
  ...over,
});

describe('scaled score mapping', () => {
  it('puts the passing proportion exactly on the passing score and stays on the scale', () => {
    expect(toScaled(0, saa)).toBe(100);
    expect(toScaled(0.72, saa)).toBe(720);
    expect(toScaled(1, saa)).toBe(1000);
    expect(toScaled(1.3, saa)).toBe(1000);
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
  });
});

describe('readiness', () => {
  const run = (over: Partial<DashboardInput>) => computeDashboard(input(over)).readiness[0]!;

  it('gives no estimate without evidence, and says so', () => {
    expect(run({})).toMatchObject({ verdict: 'no-evidence', estimate: null });
  });

  it('gives no verdict on a handful of answers, with a wide interval', () => {
    const r = run({ answers: answers(6, 1) });
    expect(r.verdict).toBe('too-little');
    expect(r.estimate).not.toBeNull();
    expect((r.high ?? 0) - (r.low ?? 0)).toBeGreaterThan(150);
  });

  it('a strong, broad practice record plus good simulations is likely to pass', () => {
    const r = run({
      answers: answers(300, 0.95),
      attempts: [simulation('s1', 46, 50, 2), simulation('s2', 47, 50, 5)],
    });
    expect(r.verdict).toBe('likely-pass');
    expect(r.simulations.map((s) => s.attemptId)).toEqual(['s1', 's2']);
    expect(r.low).toBeGreaterThanOrEqual(720);
    expect(r.passProbability).toBeGreaterThan(0.9);
  });

  it('weak simulations say not yet, and the interval holds the estimate', () => {
    const r = run({ attempts: [simulation('s1', 20, 50, 1), simulation('s2', 22, 50, 3)] });
    expect(r.verdict).toBe('not-yet');
    expect(r.low!).toBeLessThanOrEqual(r.estimate!);
    expect(r.high!).toBeGreaterThanOrEqual(r.estimate!);
    expect(r.high!).toBeLessThan(720);
    expect(r.passProbability).toBeLessThan(0.1);
  });

  it('recent simulations outweigh old ones', () => {
    const improving = run({
      attempts: [simulation('old', 15, 50, 90), simulation('new', 45, 50, 1)],
    });
    const slipping = run({
      attempts: [simulation('old', 45, 50, 90), simulation('new', 15, 50, 1)],
    });
    expect(improving.estimate!).toBeGreaterThan(slipping.estimate! + 200);
  });

  it('simulation answers are not counted twice as practice', () => {
    const simAnswers = answers(50, 0.4, 1, 's1');
    const withSim = run({ answers: simAnswers, attempts: [simulation('s1', 20, 50, 1)] });
    expect(withSim.practiceAnswers).toBe(0);
    expect(withSim.evidence).toBeCloseTo(50 * Math.exp((-Math.LN2 / 21) * 1), 3);
  });

  it('ignores other exams, unsubmitted attempts and unreadable results', () => {
    const r = readinessFor({
      exam: saa,
      practice: new Map(),
      examQuestions: new Map(),
      simulations: simulationsFrom([
        { ...simulation('a', 40, 50, 1), status: 'in-progress' },
        { ...simulation('b', 40, 50, 1), mode: 'practice' },
        { ...simulation('c', 40, 50, 1), examId: 'scs-c03' },
        { ...simulation('d', 40, 50, 1), result: { broken: true } },
      ]),
      topicMastery: new Map(),
      now,
    });
    expect(r.simulations).toEqual([]);
    expect(r.verdict).toBe('no-evidence');
  });

  it('suggests the topics with most to gain for the exam first', () => {
    // roles answered well, quotas never: the unstarted topic comes first
    const r = run({ answers: answers(60, 1).map((a, i) => ({ ...a, questionId: `q${i % 30}` })) });
    expect(r.studyNext.map((s) => s.topic)).toEqual(['quotas', 'roles']);
    const weakRoles = run({ answers: answers(60, 0.2) });
    expect(weakRoles.studyNext[0]?.topic).toBe('roles');
    expect(weakRoles.studyNext[0]?.share).toBeCloseTo(30 / 35);
  });
});

describe('dashboard', () => {
  it('counts lessons, challenges, reviews due today and weakest topics with their lesson', () => {
    const endOfToday = new Date(2026, 4, 21).getTime();
    const d = computeDashboard(
      input({
        answers: [...answers(20, 0.3), ...answers(3, 1).map((a) => ({ ...a, questionId: 'q36' }))],
        lessonProgress: [
          {
            lessonId: 'roles',
            secondsSpent: 600,
            completedAt: now - dayMs,
            lastOpenedAt: now - dayMs,
          },
          { lessonId: 'quotas', secondsSpent: 60, completedAt: null, lastOpenedAt: now },
          { lessonId: 'retired-lesson', secondsSpent: 60, completedAt: now, lastOpenedAt: now },
        ],
        cardDue: [now - dayMs, endOfToday - 1, endOfToday, endOfToday + dayMs],
        challenges: [
          { challengeId: 'a', solvedAt: now },
          { challengeId: 'b', solvedAt: null },
        ],
      }),
    );
    expect(d.lessonsCompleted).toBe(1);
    expect(d.lessonsTotal).toBe(3);
    expect(d.challengesSolved).toBe(1);
    expect(d.reviewsDueToday).toBe(2);
    expect(d.totalAnswers).toBe(23);
    expect(d.topics.map((t) => t.key)).toEqual(['roles', 'quotas', 'abac']);
    expect(d.weakest.map((w) => [w.mastery.key, w.lesson?.id])).toEqual([
      ['roles', 'roles'],
      ['quotas', 'quotas'],
    ]);
    expect(d.domains[0]?.domains.map((x) => [x.id, x.mastery.answers])).toEqual([['1', 20]]);
    expect(d.streak.activeToday).toBe(true);
    expect(d.studyTime.lessonSeconds).toBe(720);
  });

  it('links a topic to the lesson that lists it first', () => {
    expect(lessonForTopic('roles', lessons)?.id).toBe('roles');
    expect(lessonForTopic('best-practices', lessons)?.id).toBe('choosing');
    expect(lessonForTopic('abac', lessons)).toBeNull();
  });
});
