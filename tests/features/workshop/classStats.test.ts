import { describe, expect, it } from 'vitest';
import { classSummary, type ResultEntry } from '../../../src/features/workshop/classStats';
import {
  describeResponse,
  displayOrder,
  letter,
} from '../../../src/features/workshop/questionText';
import type { WorkshopResult } from '../../../src/lib/pack/schema';
import { sampleResult } from '../../lib/pack/fixtures';
import { multiple, questions, single } from './fixtures';

const checksum = 'a'.repeat(64);
const digest = '0123456789abcdef';

function entry(
  student: string,
  answers: WorkshopResult['answers'],
  extra: Partial<WorkshopResult> = {},
): ResultEntry {
  return {
    recordId: `r-${student}-${extra.attemptId ?? ''}`,
    result: sampleResult({
      student,
      attemptId: `attempt_${student.padEnd(8, 'x')}`,
      answers,
      ...extra,
    }),
  };
}

const all = (single: string[], multi: string[], order: string[], match: Record<string, string>) => [
  { questionId: 'roles-001', response: single, msTaken: 1 },
  { questionId: 'roles-002', response: multi, msTaken: 1 },
  { questionId: 'sts-001', response: order, msTaken: 1 },
  { questionId: 'policy-types-001', response: match, msTaken: 1 },
];

const summarize = (entries: ResultEntry[]) =>
  classSummary({ questions, packChecksum: checksum, contentDigest: digest, seed: 7, entries });

describe('classSummary', () => {
  it('scores every student again against the answer key', () => {
    const s = summarize([
      entry('Ada', all(['b'], ['c', 'a'], ['z', 'x', 'y'], { p1: 'a', p2: 'b', p3: 'c' })),
      entry('Bob', all(['a'], ['a'], ['x', 'y', 'z'], { p1: 'a', p2: 'c', p3: 'b' })),
      entry('Cy', [{ questionId: 'roles-001', response: ['b'], msTaken: 1 }]),
    ]);
    expect(s.students.map((x) => [x.student, x.right, x.answered, x.percent])).toEqual([
      ['Ada', 4, 4, 100],
      ['Bob', 0, 4, 0],
      ['Cy', 1, 1, 25],
    ]);
    expect(s.students[2]?.marks).toEqual(['right', 'blank', 'blank', 'blank']);
    expect(s.meanPercent).toBe(42);
    expect(s.medianPercent).toBe(25);
  });

  it('gives per question the share right (blanks count as wrong) and the most common wrong answer', () => {
    const s = summarize([
      entry('Ada', [{ questionId: 'roles-001', response: ['a'], msTaken: 1 }]),
      entry('Bob', [{ questionId: 'roles-001', response: ['a'], msTaken: 1 }]),
      entry('Cy', [{ questionId: 'roles-001', response: ['c'], msTaken: 1 }]),
      entry('Di', [{ questionId: 'roles-001', response: ['b'], msTaken: 1 }]),
      entry('Ed', []),
    ]);
    const q1 = s.questions[0]!;
    expect([q1.answered, q1.right, q1.shareRight]).toEqual([4, 1, 0.2]);
    const shownA = letter(displayOrder(single, 7).indexOf('a'));
    expect(q1.mostCommonWrong).toEqual({ text: shownA, count: 2 });
    expect(s.questions[1]?.mostCommonWrong).toBeNull();
  });

  it('treats the same option set in another order as the same wrong answer', () => {
    const s = summarize([
      entry('Ada', [{ questionId: 'roles-002', response: ['a', 'b'], msTaken: 1 }]),
      entry('Bob', [{ questionId: 'roles-002', response: ['b', 'a'], msTaken: 1 }]),
      entry('Cy', [{ questionId: 'roles-002', response: ['d', 'e'], msTaken: 1 }]),
    ]);
    expect(s.questions[1]?.mostCommonWrong).toEqual({
      text: describeResponse(multiple, ['a', 'b'], 7),
      count: 2,
    });
  });

  it('summarises per topic, weakest first', () => {
    const s = summarize([entry('Ada', all(['b'], ['a'], ['z', 'x', 'y'], {}))]);
    expect(s.topics.map((t) => [t.topic, t.answers, t.right])).toEqual([
      ['policy-types', 1, 0],
      ['roles', 2, 1],
      ['temporary-credentials', 2, 1],
    ]);
  });

  it('flags another pack checksum, other question versions and the same name twice', () => {
    const s = summarize([
      entry('Ada', []),
      entry(' ada ', [], { attemptId: 'attempt_second1' }),
      entry('Bob', [], { packChecksum: 'b'.repeat(64) }),
      entry('Cy', [], { contentDigest: 'fedcba9876543210' }),
    ]);
    expect(s.students.map((x) => [x.sameName, x.packMatches, x.contentMatches])).toEqual([
      [true, true, true],
      [true, true, true],
      [false, false, true],
      [false, true, false],
    ]);
    expect(s.mismatched).toBe(2);
    expect(s.sameNameGroups).toEqual([['Ada', ' ada ']]);
  });

  it('ignores answers to questions outside the pack and answers of the wrong shape', () => {
    const s = summarize([
      entry('Ada', [
        { questionId: 'not-in-pack', response: ['a'], msTaken: 1 },
        { questionId: 'roles-001', response: { p1: 'b' }, msTaken: 1 },
      ]),
    ]);
    expect(s.students[0]?.right).toBe(0);
    expect(s.questions[0]?.mostCommonWrong?.text).toBe('(not an answer to this question)');
  });

  it('has no averages for an empty class', () => {
    const s = summarize([]);
    expect([s.meanPercent, s.medianPercent, s.students.length]).toEqual([null, null, 0]);
    expect(s.questions.every((q) => q.shareRight === 0)).toBe(true);
  });
});
