import type { LessonBlock, LessonBody } from '../../../content/lessonBlocks';
import type { LessonMeta, Question } from '../../../content/schema';
import type { ChallengeInfo } from '../packContent';

export type Slide =
  | { kind: 'title' }
  | {
      kind: 'lesson';
      lesson: LessonMeta;
      /** the section heading, or the lesson title for its opening part */
      heading: string;
      part: number;
      parts: number;
      blocks: LessonBlock[];
    }
  | { kind: 'question'; question: Question; number: number; total: number }
  | { kind: 'challenges'; challenges: ChallengeInfo[] }
  | { kind: 'end' };

const headingText = (html: string) =>
  /^<h2[^>]*>([\s\S]*?)<\/h2>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .trim();

/**
 * One slide per lesson section: HTML blocks are cut before each h2 (the lesson HTML is built
 * from the app's own content at build time); diagrams and try-it examples stay with their
 * section, and the key facts get a slide of their own.
 */
export function lessonSlides(lesson: LessonMeta, body: LessonBody): Slide[] {
  const sections: { heading: string; blocks: LessonBlock[] }[] = [];
  let current: { heading: string; blocks: LessonBlock[] } = { heading: lesson.title, blocks: [] };
  const flush = () => {
    if (current.blocks.length) sections.push(current);
  };
  for (const block of body.blocks) {
    if (block.kind === 'keyfacts') {
      flush();
      sections.push({ heading: 'Key facts', blocks: [block] });
      current = { heading: lesson.title, blocks: [] };
      continue;
    }
    if (block.kind !== 'html') {
      current.blocks.push(block);
      continue;
    }
    for (const piece of block.html.split(/(?=<h2[\s>])/)) {
      if (!piece.trim()) continue;
      if (piece.startsWith('<h2')) {
        flush();
        current = { heading: headingText(piece) ?? lesson.title, blocks: [] };
        const rest = piece.replace(/^<h2[^>]*>[\s\S]*?<\/h2>\s*/, '');
        if (rest.trim()) current.blocks.push({ kind: 'html', html: rest });
        else current.blocks.push({ kind: 'html', html: '' });
      } else current.blocks.push({ kind: 'html', html: piece });
    }
  }
  flush();
  return sections.map((s, i) => ({
    kind: 'lesson',
    lesson,
    heading: s.heading,
    part: i + 1,
    parts: sections.length,
    blocks: s.blocks.filter((b) => b.kind !== 'html' || b.html.trim() !== ''),
  }));
}

/** The whole deck: title, lessons section by section, questions, challenges, hand-in. */
export function buildSlides(input: {
  lessons: { meta: LessonMeta; body: LessonBody }[];
  questions: readonly Question[];
  challenges: readonly ChallengeInfo[];
}): Slide[] {
  const slides: Slide[] = [{ kind: 'title' }];
  for (const { meta, body } of input.lessons) slides.push(...lessonSlides(meta, body));
  input.questions.forEach((question, i) =>
    slides.push({ kind: 'question', question, number: i + 1, total: input.questions.length }),
  );
  if (input.challenges.length)
    slides.push({ kind: 'challenges', challenges: [...input.challenges] });
  slides.push({ kind: 'end' });
  return slides;
}
