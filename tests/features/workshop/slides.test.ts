import { describe, expect, it } from 'vitest';
import { buildSlides, lessonSlides } from '../../../src/features/workshop/present/slides';
import type { LessonBody } from '../../../src/content/lessonBlocks';
import type { LessonMeta } from '../../../src/content/schema';
import { questions } from './fixtures';

const meta = { id: 'roles', title: 'IAM roles', order: 4, minutes: 15 } as LessonMeta;
const body: LessonBody = {
  id: 'roles',
  toc: [],
  blocks: [
    {
      kind: 'html',
      html: '<p>Intro.</p>\n<h2 id="a">Trust &amp; permissions</h2>\n<p>A.</p>\n<h3 id="a1">Sub</h3><p>A1.</p><h2 id="b">Sessions</h2><p>B.</p>',
    },
    { kind: 'diagram', name: 'd', caption: 'A diagram', svg: '<svg></svg>' },
    { kind: 'tryit', index: 1, scenario: { name: 'x' }, policies: [] },
    { kind: 'html', html: '<p>More B.</p><h2 id="s">Summary</h2>' },
    { kind: 'keyfacts', html: '<ul><li>fact</li></ul>' },
  ],
};

describe('presenter slides', () => {
  it('cuts a lesson into one slide per h2 section, keeping h3s, diagrams and try-its with their section', () => {
    const slides = lessonSlides(meta, body);
    expect(slides.map((s) => (s.kind === 'lesson' ? s.heading : s.kind))).toEqual([
      'IAM roles',
      'Trust & permissions',
      'Sessions',
      'Summary',
      'Key facts',
    ]);
    const sessions = slides[2];
    expect(sessions?.kind === 'lesson' && sessions.blocks.map((b) => b.kind)).toEqual([
      'html',
      'diagram',
      'tryit',
      'html',
    ]);
    const trust = slides[1];
    expect(
      trust?.kind === 'lesson' && trust.blocks[0]?.kind === 'html' && trust.blocks[0].html,
    ).toContain('<h3');
    expect(slides.every((s) => s.kind === 'lesson' && s.parts === 5)).toBe(true);
  });

  it('builds the deck: title, lessons, one slide per question, challenges, hand-in', () => {
    const slides = buildSlides({
      lessons: [{ meta, body }],
      questions,
      challenges: [
        { id: 'c-1', title: 'A challenge', level: 'easy', order: 1, lessons: ['roles'] },
      ],
    });
    expect(slides.map((s) => s.kind)).toEqual([
      'title',
      ...Array(5).fill('lesson'),
      ...Array(questions.length).fill('question'),
      'challenges',
      'end',
    ]);
    expect(buildSlides({ lessons: [], questions: [], challenges: [] }).map((s) => s.kind)).toEqual([
      'title',
      'end',
    ]);
  });
});
