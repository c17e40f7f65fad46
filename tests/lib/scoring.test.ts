import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/schema';
import { isCorrect } from '../../src/lib/scoring';
import { shuffled } from '../../src/lib/random';

const base = {
  stem: 'stem text here',
  explanation: 'explained here',
  topics: ['roles'],
  exams: ['saa-c03:1'],
  difficulty: 'easy',
  references: ['https://docs.aws.amazon.com/x'],
} as const;
const opt = (id: string) => ({ id, text: id, why: 'because so' });

const multiple = {
  ...base,
  id: 'm',
  type: 'multiple',
  options: ['a', 'b', 'c', 'd', 'e'].map(opt),
  answer: ['b', 'd'],
} as unknown as Question;
const ordering = {
  ...base,
  id: 'o',
  type: 'ordering',
  items: [
    { id: 'x', text: 'x' },
    { id: 'y', text: 'y' },
    { id: 'z', text: 'z' },
  ],
  answer: ['y', 'x', 'z'],
} as unknown as Question;
const matching = {
  ...base,
  id: 't',
  type: 'matching',
  prompts: [
    { id: 'p1', text: '1' },
    { id: 'p2', text: '2' },
    { id: 'p3', text: '3' },
  ],
  options: ['a', 'b', 'c'].map(opt),
  answer: { p1: 'c', p2: 'a', p3: 'b' },
} as unknown as Question;

describe('scoring is all-or-nothing', () => {
  it('multiple response needs exactly the right set, in any order', () => {
    expect(isCorrect(multiple, ['d', 'b'])).toBe(true);
    expect(isCorrect(multiple, ['b'])).toBe(false);
    expect(isCorrect(multiple, ['b', 'd', 'e'])).toBe(false);
    expect(isCorrect(multiple, ['b', 'b'])).toBe(false);
  });

  it('ordering needs the whole sequence', () => {
    expect(isCorrect(ordering, ['y', 'x', 'z'])).toBe(true);
    expect(isCorrect(ordering, ['x', 'y', 'z'])).toBe(false);
  });

  it('matching needs every pair', () => {
    expect(isCorrect(matching, { p1: 'c', p2: 'a', p3: 'b' })).toBe(true);
    expect(isCorrect(matching, { p1: 'c', p2: 'a', p3: 'a' })).toBe(false);
    expect(isCorrect(matching, { p1: 'c', p2: 'a' })).toBe(false);
  });

  it('an unanswered question is wrong', () => {
    expect(isCorrect(multiple, null)).toBe(false);
  });
});

describe('seeded shuffle', () => {
  it('is reproducible for a seed and keeps every item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 7)).toEqual(shuffled(items, 7));
    expect(shuffled(items, 7)).not.toEqual(items);
    expect([...shuffled(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });
});
