// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionCard } from '../../../src/components/question/QuestionCard';
import {
  answerWithText,
  describeResponse,
  displayOrder,
  responseKey,
} from '../../../src/features/workshop/questionText';
import { matching, multiple, ordering, questions, single } from './fixtures';

afterEach(cleanup);

describe('the order options are shown in', () => {
  it('is the order QuestionCard shows, so handout, projector and app agree', () => {
    for (const q of questions) {
      for (const seed of [1, 99, 123456]) {
        const { container, unmount } = render(
          <QuestionCard
            question={q}
            response={null}
            onChange={() => {}}
            seed={seed}
            locked={false}
            label="Q"
          />,
        );
        const texts =
          q.type === 'single' || q.type === 'multiple'
            ? [...container.querySelectorAll('.option-text')].map((e) => e.textContent)
            : q.type === 'ordering'
              ? [...container.querySelectorAll('.ordering-text')].map((e) => e.textContent)
              : [...(container.querySelector('select')?.querySelectorAll('option') ?? [])]
                  .slice(1)
                  .map((e) => e.textContent);
        const expected = displayOrder(q, seed).map((id) =>
          q.type === 'ordering'
            ? q.items.find((i) => i.id === id)?.text
            : q.options.find((o) => o.id === id)?.text,
        );
        expect(texts, `${q.id} seed ${seed}`).toEqual(expected);
        unmount();
      }
    }
  });
});

describe('responses in words', () => {
  it('uses the shown letters and ignores the order of chosen options', () => {
    const order = displayOrder(multiple, 5);
    const letterOf = (id: string) => String.fromCharCode(65 + order.indexOf(id));
    expect(describeResponse(multiple, ['c', 'a'], 5)).toBe(
      [letterOf('a'), letterOf('c')].sort().join(', '),
    );
    expect(responseKey(multiple, ['c', 'a'])).toBe(responseKey(multiple, ['a', 'c']));
    expect(responseKey(ordering, ['x', 'y', 'z'])).not.toBe(responseKey(ordering, ['y', 'x', 'z']));
    expect(describeResponse(single, null, 5)).toBe('(no answer)');
    expect(describeResponse(single, ['zz'], 5)).toBe('zz');
    expect(describeResponse(matching, { p1: 'a' }, 5)).toMatch(
      /^Prompt p1: [A-C]; Prompt p2: —; Prompt p3: —$/,
    );
  });

  it('spells out the answer key with letters and text', () => {
    expect(answerWithText(ordering, 1)).toEqual(['1. Step z', '2. Step x', '3. Step y']);
    expect(answerWithText(single, 1)[0]).toMatch(/^[A-D]\. Option b$/);
    expect(answerWithText(matching, 1)).toHaveLength(3);
  });
});
