import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightJson } from '../../src/content/highlight';

const root = resolve(import.meta.dirname, '../..');

/** Ways to turn a string into markup or code in the browser. */
const sinks = [
  /dangerouslySetInnerHTML/g,
  /\.(?:inner|outer)HTML\b/g,
  /\binsertAdjacentHTML\b/g,
  /\b(?:set|parse)HTMLUnsafe\b/g,
  /\bcreateContextualFragment\b/g,
  /\bsrcdoc\b/gi,
  /\bdocument\.write(?:ln)?\s*\(/g,
  /\bnew\s+Function\s*\(/g,
  /(?<![\w$])eval\s*\(/g,
  /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g,
];

/**
 * Every file of src/ allowed a sink, how many, and why it is safe. Anything else fails: review
 * the new use (is the text trusted, build-time content, or escaped?) before adding it here.
 */
const reviewed: Record<string, { sinks: number; why: string }> = {
  'src/components/question/PolicyDocument.tsx': {
    sinks: 1,
    why: 'highlightJson(JSON.stringify(document)) escapes every character; its only markup is <span class="tok-…"> (tested below)',
  },
  'src/features/lessons/LessonBlocks.tsx': {
    sinks: 3,
    why: "lesson HTML and diagram SVG rendered at build time from the app's own content/ (markdown-it with html: false, diagrams checked by sanitizeDiagram), never from a learner, link or file",
  },
  'src/features/workshop/present/LessonSlide.tsx': {
    sinks: 3,
    why: 'the same build-time lesson blocks; a workshop pack names lessons by id only',
  },
};

/** Sink uses in source text, ignoring comment lines (a comment may name a sink to warn of it). */
function countSinks(source: string): number {
  const code = source
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join('\n');
  return sinks.reduce((n, sink) => n + (code.match(sink)?.length ?? 0), 0);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|mjs)$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

describe('unsafe HTML and code sinks in src/', () => {
  it('are found by the scan (so the check below can fail)', () => {
    expect(countSinks('el.innerHTML = text;\n// el.innerHTML in a comment')).toBe(1);
    expect(countSinks('<div dangerouslySetInnerHTML={{ __html: x }} />')).toBe(1);
    expect(countSinks('new Function("a", b); eval(c); setTimeout("d()", 1)')).toBe(3);
    expect(countSinks('page.evaluate(x); node.textContent = y;')).toBe(0);
  });

  it('appear only in reviewed files, as often as reviewed', () => {
    const found = Object.fromEntries(
      sourceFiles(join(root, 'src'))
        .map((file) => [
          file.split('\\').join('/'),
          countSinks(readFileSync(join(root, file), 'utf8')),
        ])
        .filter(([, n]) => n !== 0),
    );
    const expected = Object.fromEntries(Object.entries(reviewed).map(([f, r]) => [f, r.sinks]));
    expect(found).toEqual(expected);
  });
});

describe('highlightJson, the one sink fed with learner text', () => {
  const tag = /<[^>]*>/g;
  const decode = (html: string) =>
    html
      .replace(tag, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');

  it.each([
    [
      'a policy with payloads',
      JSON.stringify(
        {
          Sid: '<img src=x onerror="alert(1)">',
          '"><script>alert(1)</script>': ['</span><b>', "'&amp;", 'javascript:alert(1)'],
          Number: -1.5e3,
          Flag: true,
        },
        null,
        2,
      ),
    ],
    ['text that is not JSON', '<script>alert(1)</script> {"a": "<b>"} 12 <img src=x> "unclosed'],
  ])('only adds its own spans to %s, and shows the text unchanged', (_what, source) => {
    const html = highlightJson(source);
    for (const t of html.match(tag) ?? [])
      expect(t).toMatch(/^(?:<span class="tok-(?:key|string|number|literal|punct)">|<\/span>)$/);
    expect(decode(html)).toBe(source);
  });
});
