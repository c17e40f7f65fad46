// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingProgressBar } from '../../../src/features/lessons/ReadingProgressBar';

const recordReading = vi.fn();
vi.mock('../../../src/db/lazyData', () => ({
  writeAsActiveProfile: (write: (d: unknown, profileId: string) => unknown) =>
    Promise.resolve(write({ recordReading, db: 'the-db' }, 'p1')),
}));

afterEach(() => {
  cleanup();
  recordReading.mockReset();
});

let lessonRenders = 0;
/** Where the article is on screen: the test scrolls by changing it. */
const rect = { top: 0, height: 1600 };
/** A stand-in lesson: an article at `rect`, and the bar. */
function Lesson() {
  lessonRenders++;
  const ref = useRef<HTMLElement>(null);
  return (
    <>
      <ReadingProgressBar articleRef={ref} lessonId="roles" ready />
      <article
        ref={(el) => {
          ref.current = el;
          if (el) el.getBoundingClientRect = () => ({ ...rect }) as DOMRect;
        }}
      />
    </>
  );
}
const scrollTo = (top: number) => {
  rect.top = top;
  act(() => {
    window.dispatchEvent(new Event('scroll'));
  });
};

const bar = () => screen.getByRole('progressbar', { name: 'Reading progress' });

describe('the reading progress bar', () => {
  it('shows how much of the article has scrolled into view, and follows scrolling', async () => {
    window.innerHeight = 800;
    Object.assign(rect, { top: 0, height: 1600 });
    render(<Lesson />);
    await vi.waitFor(() => expect(bar().getAttribute('value')).toBe('0.5'));
    scrollTo(-400);
    await vi.waitFor(() => expect(bar().getAttribute('value')).toBe('0.75'));
  });

  it('re-renders the bar alone when the learner scrolls, never the lesson', async () => {
    window.innerHeight = 800;
    Object.assign(rect, { top: 0, height: 3200 });
    render(<Lesson />);
    await vi.waitFor(() => expect(bar().getAttribute('value')).toBe('0.25'));
    const before = lessonRenders;
    scrollTo(-800);
    await vi.waitFor(() => expect(bar().getAttribute('value')).toBe('0.5'));
    expect(lessonRenders).toBe(before);
  });

  it('saves the furthest point read when the lesson closes', async () => {
    window.innerHeight = 800;
    Object.assign(rect, { top: 0, height: 1000 });
    const view = render(<Lesson />);
    await vi.waitFor(() => expect(bar().getAttribute('value')).toBe('0.8'));
    view.unmount();
    await vi.waitFor(() => expect(recordReading).toHaveBeenCalled());
    const [profileId, lessonId, fraction, seconds, db] = recordReading.mock.calls[0] as unknown[];
    expect({ profileId, lessonId, fraction, db }).toEqual({
      profileId: 'p1',
      lessonId: 'roles',
      fraction: 0.8,
      db: 'the-db',
    });
    expect(seconds).toBeGreaterThanOrEqual(0);
  });
});
