// Question selection: filters, exam draws weighted by domain with unscored items, drills.
import { describe, expect, it } from 'vitest';
import type { ExamProfile, Question } from '../../../src/content/schema';
import { loadContent } from '../../../src/content/loadContent';
import { domainFor } from '../../../src/lib/examScore';
import {
  apportion,
  drawExam,
  examLength,
  pickDrill,
  pickPractice,
} from '../../../src/features/quiz/selectQuestions';

const content = loadContent('content');
const bank: Question[] = content.questions.map((q) => q.question);
const profile = (id: string) => content.exams.find((e) => e.id === id) as ExamProfile;

describe('exam draws', () => {
  it('splits by weight, capped by what each bucket holds', () => {
    expect(
      apportion(10, [
        { weight: 30, capacity: 99 },
        { weight: 70, capacity: 99 },
      ]),
    ).toEqual([3, 7]);
    expect(
      apportion(10, [
        { weight: 50, capacity: 2 },
        { weight: 50, capacity: 99 },
      ]),
    ).toEqual([2, 8]);
    expect(
      apportion(5, [
        { weight: 1, capacity: 1 },
        { weight: 1, capacity: 1 },
      ]),
    ).toEqual([1, 1]);
  });

  it.each(['saa-c03', 'scs-c03', 'dva-c02', 'soa-c03'])(
    'draws a full %s exam from the bank',
    (id) => {
      const exam = profile(id);
      const draw = drawExam(bank, exam, examLength(exam, false), 1234);
      expect(draw.questionIds).toHaveLength(exam.questions);
      expect(new Set(draw.questionIds).size).toBe(exam.questions);
      expect(draw.unscoredIds).toHaveLength(exam.questions - exam.scored);
      expect(draw.unscoredIds.every((u) => draw.questionIds.includes(u))).toBe(true);
      const byId = new Map(bank.map((q) => [q.id, q]));
      for (const qid of draw.questionIds) {
        const q = byId.get(qid) as Question;
        expect(exam.types).toContain(q.type);
        expect(q.exams.some((e) => e.startsWith(`${id}:`))).toBe(true);
      }
      console.log(id, draw.perDomain);
      expect(drawExam(bank, exam, examLength(exam, false), 1234)).toEqual(draw);
      expect(drawExam(bank, exam, examLength(exam, false), 999).questionIds).not.toEqual(
        draw.questionIds,
      );
    },
  );

  it('weights domains: SCS-C03 draws several domains in proportion where the bank allows', () => {
    const exam = profile('scs-c03');
    const draw = drawExam(bank, exam, examLength(exam, false), 7);
    // every domain gets at least its weighted share, or all the bank has for it
    const available = (d: string) =>
      bank.filter((q) => domainFor(q, 'scs-c03') === `scs-c03:${d}` && exam.types.includes(q.type))
        .length;
    for (const d of exam.domains) {
      const share = Math.floor((exam.questions * (d.weight ?? 0)) / 100);
      expect(draw.perDomain[`scs-c03:${d.id}`] ?? 0, `domain ${d.id}`).toBeGreaterThanOrEqual(
        Math.min(available(d.id), share),
      );
    }
    expect(draw.perDomain['scs-c03:6']).toBeGreaterThan(5);
    expect(draw.perDomain['scs-c03:4']).toBeGreaterThan(draw.perDomain['scs-c03:6'] as number);
  });

  it('a short exam keeps the pace and the unscored share', () => {
    const exam = profile('saa-c03');
    expect(examLength(exam, true)).toEqual({ count: 13, scored: 10, minutes: 26 });
    const draw = drawExam(bank, exam, examLength(exam, true), 5);
    expect(draw.questionIds).toHaveLength(13);
    expect(draw.unscoredIds).toHaveLength(3);
  });

  it('keeps the questions of a case study together', () => {
    const exam = profile('scs-c03');
    for (let seed = 0; seed < 20; seed += 1) {
      const ids = drawExam(bank, exam, examLength(exam, false), seed).questionIds;
      const cases = ids.map((id) => bank.find((q) => q.id === id)?.caseStudy ?? null);
      const seen = new Set<string>();
      cases.forEach((c, i) => {
        if (c === null || cases[i - 1] === c) return;
        expect(seen.has(c), `case study ${c} split (seed ${seed})`).toBe(false);
        seen.add(c);
      });
    }
  });
});

describe('practice and drills', () => {
  it('filters by topic, exam, difficulty and type', () => {
    const picked = pickPractice(
      bank,
      {
        topics: ['permissions-boundaries'],
        examId: 'scs-c03',
        difficulties: ['medium', 'hard'],
        types: ['single'],
      },
      8,
      3,
    );
    expect(picked.length).toBeGreaterThan(0);
    for (const q of picked) {
      expect(q.topics).toContain('permissions-boundaries');
      expect(q.difficulty).not.toBe('easy');
      expect(q.type).toBe('single');
    }
  });

  it('drills the weakest questions of a topic first', () => {
    const topicQs = bank.filter((q) => q.topics.includes('groups') && !q.caseStudy);
    const [a, b, c] = topicQs.map((q) => q.id);
    const stats = new Map([
      [a as string, { answers: 3, correct: 3, lastCorrect: true }],
      [b as string, { answers: 2, correct: 1, lastCorrect: false }],
    ]);
    const drill = pickDrill(bank, 'groups', stats, topicQs.length, 1).map((q) => q.id);
    expect(drill.indexOf(c as string)).toBeLessThan(drill.indexOf(b as string));
    expect(drill.indexOf(b as string)).toBeLessThan(drill.indexOf(a as string));
    expect(drill[drill.length - 1]).toBe(a);
  });
});
