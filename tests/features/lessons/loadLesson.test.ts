// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { LessonBody } from '../../../src/content/lessonBlocks';

const body = (id: string): LessonBody => ({ id, blocks: [], toc: [] });
const loaders = vi.hoisted(() => ({
  a: vi.fn(),
  flaky: vi.fn(),
}));
vi.mock('virtual:lp-content/lessons', () => ({ lessons: [], lessonLoaders: loaders }));

const { loadLesson, loadedLesson } = await import('../../../src/features/lessons/loadLesson');
const { LessonBody: LessonBodyView } = await import('../../../src/features/lessons/LessonBody');

describe('loading a lesson', () => {
  it('loads the body with the component that shows it, once, and then has it at hand', async () => {
    loaders.a.mockResolvedValue({ default: body('a') });
    expect(loadedLesson('a')).toBeUndefined();
    const [first, second] = await Promise.all([loadLesson('a'), loadLesson('a')]);
    expect(first).toBe(second);
    expect(first.body.id).toBe('a');
    expect(first.View).toBe(LessonBodyView);
    expect(loadedLesson('a')).toBe(first);
    await loadLesson('a');
    expect(loaders.a).toHaveBeenCalledTimes(1);
  });

  it('tries a failed load again next time', async () => {
    loaders.flaky.mockRejectedValueOnce(new Error('offline'));
    loaders.flaky.mockResolvedValueOnce({ default: body('flaky') });
    await expect(loadLesson('flaky')).rejects.toThrow('offline');
    expect(loadedLesson('flaky')).toBeUndefined();
    expect((await loadLesson('flaky')).body.id).toBe('flaky');
    expect(loaders.flaky).toHaveBeenCalledTimes(2);
  });

  it('rejects a lesson that does not exist, by name', async () => {
    await expect(loadLesson('nope')).rejects.toThrow('There is no lesson called nope');
  });
});
