// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LessonReader } from '../../../src/features/lessons/LessonReader';
import { preloadView } from '../../../src/features/lessons/LessonsPage';

afterEach(cleanup);

const contents = () => screen.queryByRole('navigation', { name: 'On this page' });

describe('the lesson reader', () => {
  it("shows a lesson preloaded for the page's first render at once: no loading notice", async () => {
    await preloadView(['lessons', 'roles']);
    render(<LessonReader lessonId="roles" section={null} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(contents()).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/role/i);
  });

  it('shows its title and a loading notice until the body arrives, then the body', async () => {
    render(<LessonReader lessonId="groups" section={null} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/group/i);
    // the loading notice (its text appears only if loading takes a moment)
    expect(screen.getByRole('status')).toBeTruthy();
    expect(contents()).toBeNull();
    await screen.findByRole('navigation', { name: 'On this page' });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so for a lesson that does not exist, whose preload is refused', async () => {
    await expect(preloadView(['lessons', 'nope'])).rejects.toThrow(/no lesson/);
    render(<LessonReader lessonId="nope" section={null} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lesson not found');
  });
});
