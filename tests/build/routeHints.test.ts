import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  hintFiles,
  hintScript,
  type ChunkInfo,
  type RouteHints,
} from '../../scripts/routeHintsPlugin';

const root = '/app';
const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  css: string[] = [],
  isEntry = false,
): ChunkInfo => ({ fileName, facadeModuleId, imports, css, isEntry });

const chunks: ChunkInfo[] = [
  chunk('assets/index.js', '/app/src/main.tsx', ['assets/runtime.js'], ['assets/index.css'], true),
  chunk('assets/runtime.js', null),
  chunk('assets/LessonsPage.js', '/app/src/LessonsPage.tsx', ['assets/index.js']),
  chunk('assets/LessonReader.js', '/app/src/LessonReader.tsx', [
    'assets/index.js',
    'assets/shared.js',
  ]),
  chunk('assets/shared.js', null, ['assets/runtime.js'], ['assets/shared.css']),
  chunk('assets/QuizPage.js', '/app/src/QuizPage.tsx', ['assets/index.js'], ['assets/quiz.css']),
  chunk('assets/a.js', '\0virtual:lesson/a'),
  chunk('assets/b.js', '\0virtual:lesson/b'),
];

const hints: RouteHints = {
  lessons: ['src/LessonsPage.tsx'],
  'lessons/*': ['src/LessonReader.tsx', '\0virtual:lesson/*'],
  quiz: ['src/QuizPage.tsx'],
};

describe('route hint files', () => {
  const files = hintFiles(hints, chunks, root);

  it('lists each route chunk, the chunks it imports and their stylesheets, not what the entry loads', () => {
    expect(files.lessons).toEqual(['assets/LessonsPage.js']);
    expect(files.quiz).toEqual(['assets/QuizPage.js', 'assets/quiz.css']);
  });

  it('expands a * key over every chunk its * module has; its other modules are listed once', () => {
    expect(Object.keys(files).sort()).toEqual([
      'lessons',
      'lessons/*',
      'lessons/a',
      'lessons/b',
      'quiz',
    ]);
    expect(files['lessons/a']).toEqual(['assets/a.js']);
    expect(files['lessons/b']).toEqual(['assets/b.js']);
    // the reader's own import comes with it, not one round trip after it
    expect(files['lessons/*']).toEqual([
      'assets/LessonReader.js',
      'assets/shared.js',
      'assets/shared.css',
    ]);
  });

  it('finds a module that shares a chunk with others (e.g. the lesson list, in a shared chunk)', () => {
    const withShared = [
      ...chunks,
      { ...chunk('assets/meta.js', null), moduleIds: ['/app/src/a.ts', '\0virtual:meta'] },
    ];
    const found = hintFiles(
      { lessons: ['src/LessonsPage.tsx', '\0virtual:meta'] },
      withShared,
      root,
    );
    expect(found.lessons).toEqual(['assets/LessonsPage.js', 'assets/meta.js']);
  });

  it('fails the build when a module has no chunk (a renamed page)', () => {
    expect(() => hintFiles({ gone: ['src/Gone.tsx'] }, chunks, root)).toThrow(/no chunk for/);
    expect(() => hintFiles({ 'x/*': ['\0virtual:none/*'] }, chunks, root)).toThrow(/no chunk for/);
  });
});

describe('the inline hint script', () => {
  const script = hintScript(hintFiles(hints, chunks, root), '/iam/');
  // The script runs against a stand-in document: what it adds to <head> is the whole effect.
  const run = (hash: string) => {
    const added: Record<string, string>[] = [];
    const document = {
      createElement: (tag: string) => ({ tag }),
      head: { appendChild: (el: Record<string, string>) => added.push(el) },
    };
    new Function('document', 'location', script)(document, { hash });
    return added.map((el) =>
      el.tag === 'script'
        ? `script ${el.type} ${el.src} crossorigin=${JSON.stringify(el.crossOrigin)}`
        : `${el.tag} ${el.rel} ${el.as} ${el.href}`,
    );
  };

  it("starts loading a deep link's modules and stylesheets under the base path", () => {
    expect(run('#/lessons/a?s=intro')).toEqual([
      'script module /iam/assets/LessonsPage.js crossorigin=""',
      'script module /iam/assets/a.js crossorigin=""',
      'script module /iam/assets/LessonReader.js crossorigin=""',
      'script module /iam/assets/shared.js crossorigin=""',
      'link preload style /iam/assets/shared.css',
    ]);
    expect(run('#/quiz')).toEqual([
      'script module /iam/assets/QuizPage.js crossorigin=""',
      'link preload style /iam/assets/quiz.css',
    ]);
  });

  it('adds nothing for the home page or an unknown or crafted hash', () => {
    expect(run('')).toEqual([]);
    expect(run('#/nowhere/x')).toEqual([]);
    expect(run('#/constructor')).toEqual([]);
    expect(run('#/toString/valueOf')).toEqual([]);
    // any second segment gets the reader's code, but no text of its own
    const lessonsOnly = [
      'script module /iam/assets/LessonsPage.js crossorigin=""',
      'script module /iam/assets/LessonReader.js crossorigin=""',
      'script module /iam/assets/shared.js crossorigin=""',
      'link preload style /iam/assets/shared.css',
    ];
    expect(run('#/lessons/__proto__')).toEqual(lessonsOnly);
    expect(run('#/lessons/constructor')).toEqual(lessonsOnly);
    expect(run('#/lessons/"><img src=x>')).toEqual(lessonsOnly);
  });

  it("is allowed by its Content-Security-Policy hash (the sha256 of the script's text)", () => {
    const digest = createHash('sha256').update(script).digest('base64');
    expect(cspHash(script)).toBe(`'sha256-${digest}'`);
  });
});
