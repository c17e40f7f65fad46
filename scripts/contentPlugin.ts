// Vite plugin: validates content/ at build time (a bad file fails the build with its name and
// id) and serves it to the app as virtual modules:
//   virtual:lp-content/lessons       lesson list (metadata) + lazy loaders for each body
//   virtual:lp-content/lesson/<id>   one lesson body (blocks, table of contents)
//   virtual:lp-content/search        the prebuilt offline search index
//   virtual:lp-content/questions     the question bank and case studies
//   virtual:lp-content/question-count  how many questions the bank has (without the bank)
//   virtual:lp-content/exams         exam profiles
//   virtual:lp-content/challenges    playground challenges (validated, sorted by order)
//   virtual:lp-content/challenge-summaries  id, title, level and goal of each, for lesson links
import MiniSearch from 'minisearch';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent, type Content } from '../src/content/loadContent.ts';
import { pickCheckpointQuestions } from '../src/content/pickCheckpoints.ts';
import { summarizeChallenge } from '../src/content/related.ts';
import { searchOptions } from '../src/content/searchOptions.ts';

const prefix = 'virtual:lp-content/';
const resolved = '\0' + prefix;

export function contentPlugin(root = 'content'): Plugin {
  let content: Content | null = null;
  const get = (): Content => {
    content ??= loadContent(root);
    return content;
  };
  return {
    name: 'lp-content',
    resolveId(id) {
      return id.startsWith(prefix) ? resolved + id.slice(prefix.length) : null;
    },
    buildStart() {
      content = null;
      const { problems } = get();
      if (problems.length)
        this.error(`content/ has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(resolve(root))) {
        content = null;
        for (const mod of ctx.server.moduleGraph.idToModuleMap.values())
          if (mod.id?.startsWith(resolved)) ctx.server.moduleGraph.invalidateModule(mod);
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
    load(id) {
      if (!id.startsWith(resolved)) return null;
      const name = id.slice(resolved.length);
      const c = get();
      if (name === 'lessons') {
        const metas = c.lessons.map((l) => l.meta);
        const loaders = c.lessons
          .map(
            (l) =>
              `${JSON.stringify(l.meta.id)}: () => import(${JSON.stringify(prefix + 'lesson/' + l.meta.id)})`,
          )
          .join(',\n');
        return `export const lessons = ${JSON.stringify(metas)};\nexport const lessonLoaders = {\n${loaders}\n};`;
      }
      if (name.startsWith('lesson/')) {
        const lesson = c.lessons.find((l) => l.meta.id === name.slice('lesson/'.length));
        if (!lesson) this.error(`no lesson '${name}'`);
        // Checkpoints ride with the lesson body, so a lesson never loads the whole bank.
        const bank = c.questions.map((q) => q.question);
        const checkpoints = lesson
          ? pickCheckpointQuestions(bank, lesson.meta.id, lesson.meta.topics)
          : [];
        return `export default ${JSON.stringify({ ...lesson?.body, checkpoints })};`;
      }
      if (name === 'search') {
        const index = new MiniSearch(searchOptions);
        index.addAll(
          c.lessons.flatMap((l) =>
            l.sections.map((s, i) => ({ key: `${l.meta.id}#${i}`, title: l.meta.title, ...s })),
          ),
        );
        return `export default ${JSON.stringify(JSON.stringify(index))};`;
      }
      if (name === 'questions') {
        return `export const questions = ${JSON.stringify(c.questions.map((q) => q.question))};\nexport const caseStudies = ${JSON.stringify(c.caseStudies)};`;
      }
      if (name === 'question-count') return `export const questionCount = ${c.questions.length};`;
      if (name === 'exams') return `export const exams = ${JSON.stringify(c.exams)};`;
      if (name === 'challenges')
        return `export const challenges = ${JSON.stringify(c.challenges)};`;
      if (name === 'challenge-summaries')
        return `export const challengeSummaries = ${JSON.stringify(c.challenges.map(summarizeChallenge))};`;
      this.error(`unknown content module '${name}'`);
    },
  };
}
