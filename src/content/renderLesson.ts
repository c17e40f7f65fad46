import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { escapeHtml, highlightJson } from './highlight.ts';
import { tryItPolicies } from './tryItPolicies.ts';
import type { LessonBlock, LessonBody, LessonSection, TocEntry } from './lessonBlocks';

export interface RenderContext {
  lessonId: string;
  /** lesson file name (e.g. 03-groups.md) → lesson id, for links between lessons */
  lessonIdsByFile: ReadonlyMap<string, string>;
  /** diagram name (file name without .svg) → sanitised SVG markup */
  diagrams: ReadonlyMap<string, string>;
}

export interface RenderedLesson {
  body: LessonBody;
  sections: LessonSection[];
  /** every problem found: broken links, unknown diagrams, invalid try-it JSON */
  problems: string[];
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function createMarkdown(ctx: RenderContext, problems: string[]) {
  // html: false — raw HTML in lessons is shown as text, never rendered.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx] as Token;
    const lang = token.info.trim().split(/\s+/)[0] ?? '';
    const code = lang === 'json' ? highlightJson(token.content) : escapeHtml(token.content);
    const label = lang ? ` data-lang="${escapeHtml(lang)}"` : '';
    return `<pre class="code"${label} tabindex="0"><code>${code}</code></pre>\n`;
  };
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx] as Token;
    problems.push(`image '${String(token.attrGet('src'))}' must stand alone in its own paragraph`);
    return escapeHtml(token.content);
  };
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    const href = String(token.attrGet('href') ?? '');
    if (/^https?:\/\//.test(href)) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    } else {
      token.attrSet('href', internalHref(href, ctx, problems));
    }
    return defaultLinkOpen
      ? defaultLinkOpen(tokens, idx, options, env, self)
      : self.renderToken(tokens, idx, options);
  };
  return md;
}

/** Rewrites `03-groups.md#quotas` to the app route `#/lessons/groups?s=quotas`. */
function internalHref(href: string, ctx: RenderContext, problems: string[]): string {
  const [file = '', anchor] = href.split('#', 2);
  if (file === '' && anchor) return `#/lessons/${ctx.lessonId}?s=${anchor}`;
  const id = ctx.lessonIdsByFile.get(file.replace(/^\.\//, ''));
  if (!id) {
    problems.push(`link to '${href}' does not resolve to a lesson`);
    return '#/lessons';
  }
  return `#/lessons/${id}${anchor ? `?s=${anchor}` : ''}`;
}

/** The diagram image alone in a paragraph: `![caption](../diagrams/name.svg)`. */
function diagramIn(tokens: Token[], i: number): { name: string; caption: string } | null {
  const open = tokens[i];
  const inline = tokens[i + 1];
  if (open?.type !== 'paragraph_open' || inline?.type !== 'inline') return null;
  const children = (inline.children ?? []).filter((c) => !(c.type === 'text' && !c.content.trim()));
  const image = children[0];
  if (children.length !== 1 || image?.type !== 'image') return null;
  const match = /(?:^|\/)diagrams\/([a-z0-9-]+)\.svg$/.exec(String(image.attrGet('src') ?? ''));
  if (!match?.[1]) return null;
  return { name: match[1], caption: image.content };
}

/** Renders a lesson's Markdown body into blocks, a table of contents and search sections. */
export function renderLesson(markdown: string, ctx: RenderContext): RenderedLesson {
  const problems: string[] = [];
  const md = createMarkdown(ctx, problems);
  const tokens = md.parse(markdown, {});
  const blocks: LessonBlock[] = [];
  const toc: TocEntry[] = [];
  const sections: LessonSection[] = [];
  const usedIds = new Set<string>();
  let pending: Token[] = [];
  let tryIndex = 0;
  let section: LessonSection = { lessonId: ctx.lessonId, anchor: '', heading: '', text: '' };

  const flush = () => {
    if (pending.length) blocks.push({ kind: 'html', html: md.renderer.render(pending, md.options, {}) });
    pending = [];
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3')) {
      const text = tokens[i + 1]?.content ?? '';
      let id = slugify(text) || 'section';
      while (usedIds.has(id)) id = `${id}-x`;
      usedIds.add(id);
      token.attrSet('id', id);
      toc.push({ id, text, level: token.tag === 'h2' ? 2 : 3 });
      if (section.text.trim() || section.heading) sections.push(section);
      section = { lessonId: ctx.lessonId, anchor: id, heading: text, text: '' };
    }
    if (token.type === 'inline' || token.type === 'fence') section.text += `${token.content}\n`;
    if (token.type === 'fence' && (token.info.trim() === 'tryit' || token.info.trim() === 'keyfacts')) {
      flush();
      if (token.info.trim() === 'keyfacts') {
        blocks.push({ kind: 'keyfacts', html: md.render(token.content) });
      } else {
        tryIndex += 1;
        try {
          const scenario = JSON.parse(token.content) as Record<string, unknown>;
          if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario))
            throw new Error('a try-it block holds one scenario object');
          blocks.push({ kind: 'tryit', index: tryIndex, scenario, policies: tryItPolicies(scenario) });
        } catch (error) {
          problems.push(`try-it block ${tryIndex} is not valid JSON: ${(error as Error).message}`);
        }
      }
      continue;
    }
    const diagram = diagramIn(tokens, i);
    if (diagram) {
      flush();
      const svg = ctx.diagrams.get(diagram.name);
      if (!svg) problems.push(`diagram '${diagram.name}.svg' not found in content/diagrams`);
      if (!diagram.caption.trim()) problems.push(`diagram '${diagram.name}' has no caption`);
      blocks.push({ kind: 'diagram', name: diagram.name, caption: diagram.caption, svg: svg ?? '' });
      i += 2; // paragraph_open, inline, paragraph_close
      continue;
    }
    pending.push(token);
  }
  flush();
  sections.push(section);
  return { body: { id: ctx.lessonId, blocks, toc }, sections, problems };
}

/**
 * Checks a diagram is plain drawing: no scripts, event handlers, foreign content, external
 * references or hard-coded colours (it must follow the theme). Returns the cleaned markup.
 */
export function sanitizeDiagram(name: string, svg: string): { svg: string; problems: string[] } {
  const problems: string[] = [];
  const forbidden: [RegExp, string][] = [
    [/<script/i, 'a <script> element'],
    [/\son[a-z]+\s*=/i, 'an event handler attribute'],
    [/<foreignObject/i, 'a <foreignObject> element'],
    [/<style/i, 'a <style> element (use the diagram classes)'],
    [/(?:href|src)\s*=\s*["'](?!#)/i, 'an external reference'],
    [/url\(\s*['"]?(?!#)/i, 'an external url()'],
    [/\s(?:fill|stroke)\s*=\s*["'](?!none|currentColor|url\(#)[^"']+["']/i, 'a hard-coded colour'],
  ];
  for (const [pattern, what] of forbidden) if (pattern.test(svg)) problems.push(`${name}.svg contains ${what}`);
  if (!/<svg[^>]*\sviewBox=/i.test(svg)) problems.push(`${name}.svg has no viewBox`);
  if (!/<title[^>]*>[^<]+<\/title>/i.test(svg)) problems.push(`${name}.svg has no <title>`);
  const cleaned = svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  return { svg: prefixIds(name, cleaned), problems };
}

/** Prefixes every id (and reference to it) so several inlined diagrams never share an id. */
function prefixIds(name: string, svg: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  if (ids.length === 0) return svg;
  const known = new Set(ids);
  const rename = (id: string) => (known.has(id) ? `${name}-${id}` : id);
  return svg
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${rename(id)}"`)
    .replace(
      /(aria-labelledby|aria-describedby)="([^"]+)"/g,
      (_m, attr: string, list: string) => `${attr}="${list.split(/\s+/).map(rename).join(' ')}"`,
    );
}
