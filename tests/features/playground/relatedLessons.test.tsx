// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/loadContent';
import { lessonsForChallenge } from '../../../src/content/related';
import { RelatedLessons } from '../../../src/features/playground/challenges/RelatedLessons';

const metas = loadContent('content').lessons.map((l) => l.meta);

afterEach(cleanup);

describe("a challenge's related lessons", () => {
  it('link back to every lesson whose front matter lists the challenge, in course order', () => {
    render(<RelatedLessons lessons={lessonsForChallenge('external-id', metas)} />);
    const section = screen.getByRole('region', { name: 'Related lessons' });
    const links = within(section).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Lesson 4: IAM roles and temporary credentials',
      'Lesson 8: Conditions - operators, missing keys and multivalued keys',
      'Lesson 11: Cross-account access and its evaluation',
      'Lesson 16: Choosing an identity, best practices and exam traps',
    ]);
    expect(links[0]?.getAttribute('href')).toBe('#/lessons/roles');
    expect(
      within(section)
        .getByRole('link', { name: /Cross-account access/ })
        .getAttribute('href'),
    ).toBe('#/lessons/cross-account');
  });

  it('are left out for a challenge no lesson lists', () => {
    render(<RelatedLessons lessons={lessonsForChallenge('no-such-challenge', metas)} />);
    expect(screen.queryByRole('heading', { name: 'Related lessons' })).toBeNull();
  });
});
