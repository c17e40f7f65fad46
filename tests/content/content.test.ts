// The course and the question bank are product: every file validates, every reference
// resolves, every policy example evaluates the way the text claims, key figures are right.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index';
import { loadContent } from '../../src/content/loadContent';
import { isAwsDocUrl, topics } from '../../src/content/vocabulary';
import { keyFigures } from './keyFigures';

const content = loadContent('content');
const { lessons, questions } = content;

describe('content files', () => {
  it('all validate against their schemas, with every link, diagram and reference resolving', () => {
    expect(content.problems).toEqual([]);
  });

  it('the course has at least 16 lessons in a sensible order', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(16);
    expect(lessons.map((l) => l.meta.order)).toEqual([...lessons.map((l) => l.meta.order)].sort((a, b) => a - b));
    expect(lessons[0]?.meta.id).toBe('root-user');
  });

  it('the bank has at least 300 questions of every exam type, on every topic', () => {
    const byType = count(questions.map((q) => q.question.type));
    const byTopic = count(questions.flatMap((q) => q.question.topics));
    console.log(`questions: ${questions.length}`, byType, `case studies: ${content.caseStudies.length}`);
    console.log('by topic', byTopic);
    expect(questions.length).toBeGreaterThanOrEqual(300);
    for (const type of ['single', 'multiple', 'ordering', 'matching']) expect(byType[type] ?? 0).toBeGreaterThan(0);
    expect(content.caseStudies.length).toBeGreaterThan(0);
    for (const topic of topics) expect(byTopic[topic] ?? 0, `questions on ${topic}`).toBeGreaterThanOrEqual(3);
  });

  it('exam profiles exist for the four exams the bank serves', () => {
    expect(content.exams.map((e) => e.id).sort()).toEqual(['dva-c02', 'saa-c03', 'scs-c03', 'soa-c03']);
    for (const exam of content.exams) {
      const weights = exam.domains.map((d) => d.weight).filter((w): w is number => typeof w === 'number');
      if (weights.length === exam.domains.length) expect(weights.reduce((a, b) => a + b, 0), exam.id).toBe(100);
    }
  });
});

describe.each(lessons.map((l) => [l.meta.id, l] as const))('lesson %s', (_id, lesson) => {
  const blocks = lesson.body.blocks;
  it('cites AWS documentation in its text and front matter', () => {
    const links = [...lesson.source.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1] as string);
    expect(links.filter(isAwsDocUrl).length).toBeGreaterThan(0);
    expect(lesson.meta.references.every(isAwsDocUrl)).toBe(true);
  });

  it('has a diagram, a key facts box and a summary', () => {
    expect(blocks.some((b) => b.kind === 'diagram')).toBe(true);
    expect(blocks.filter((b) => b.kind === 'keyfacts').length).toBe(1);
    expect(lesson.body.toc.some((t) => t.level === 2 && /^summary$/i.test(t.text))).toBe(true);
  });

  it('is 10–20 minutes of reading', () => {
    const words = lesson.source.replace(/```[\s\S]*?```/g, '').split(/\s+/).length;
    expect(words).toBeGreaterThan(1000);
    expect(words).toBeLessThan(5000);
  });

  const tryits = blocks.flatMap((b) => (b.kind === 'tryit' ? [b] : []));
  it.each(tryits.map((t) => [String(t.scenario.name), t] as const))('try it: %s', (_name, block) => {
    const result = simulate(block.scenario);
    expect(result, JSON.stringify(result)).toHaveProperty('decision');
    if (!('decision' in result)) return;
    expect(result.decision).toBe(block.scenario.expected);
    if (Array.isArray(block.scenario.expectedBlockedBy))
      expect([...result.blockedBy].sort()).toEqual([...(block.scenario.expectedBlockedBy as string[])].sort());
  });
});

describe('questions that show a request', () => {
  const withScenario = questions.filter((q) => q.question.scenario);
  it.each(withScenario.map((q) => [q.question.id, q] as const))('%s evaluates as its answer claims', (_id, q) => {
    const scenario = q.question.scenario as Record<string, unknown>;
    const result = simulate(scenario);
    expect(result, JSON.stringify(result)).toHaveProperty('decision');
    if ('decision' in result) expect(result.decision).toBe(scenario.expected);
  });
});

describe('key figures', () => {
  it.each(keyFigures.map((f) => [f.fact, f] as const))('%s', (_fact, figure) => {
    const lesson = lessons.find((l) => l.meta.id === figure.lesson);
    expect(lesson, `lesson ${figure.lesson}`).toBeDefined();
    expect(lesson?.source).toMatch(figure.must);
    if (figure.never) for (const l of lessons) expect(l.source, `${l.file}: ${figure.fact}`).not.toMatch(figure.never);
  });
});

function count(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
