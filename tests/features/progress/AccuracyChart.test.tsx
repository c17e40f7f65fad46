// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccuracyChart } from '../../../src/features/progress/AccuracyChart';
import { accuracyTimeline } from '../../../src/features/progress/timeline';

afterEach(cleanup);
const at = (d: number, h = 10) => new Date(2026, 4, d, h).getTime();
const answer = (t: number, correct: boolean) => ({
  questionId: 'q',
  attemptId: 'a',
  correct,
  msTaken: 1000,
  answeredAt: t,
});

describe('AccuracyChart', () => {
  it('describes the trend in words and gives every point in a table', () => {
    const timeline = accuracyTimeline(
      [answer(at(10), false), answer(at(10), true), answer(at(12), true), answer(at(12), true)],
      at(12, 20),
    );
    render(<AccuracyChart timeline={timeline} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-labelledby')).toBe('accuracy-summary');
    expect(
      screen.getByText(/Accuracy by day: 50% in the first day shown .* 100% in the latest/),
    ).toBeTruthy();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '2026-05-10' + '2150%',
      '2026-05-11' + '00—',
      '2026-05-12' + '22100%',
    ]);
    expect(chart.querySelectorAll('circle').length).toBe(2);
    expect(chart.querySelector('polyline')?.getAttribute('points')?.split(' ').length).toBe(2);
  });
});
