// Build-time (Node) loader: reads content/, validates every file with the zod schemas and
// renders lessons. Used by the Vite content plugin and by the content tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LessonBody, LessonSection } from './lessonBlocks';
import { lessonsForChallenge } from './related.ts';
import { renderLesson, sanitizeDiagram } from './renderLesson.ts';
import {
  caseStudySchema,
  challengeFileSchema,
  challengeSchema,
  type Challenge,
  examProfileSchema,
  lessonMetaSchema,
  questionFileSchema,
  questionSchema,
  type CaseStudy,
  type ExamProfile,
  type LessonMeta,
  type Question,
} from './schema.ts';

export interface LoadedLesson {
  file: string;
  meta: LessonMeta;
  body: LessonBody;
  sections: LessonSection[];
  /** the Markdown source, for tests that check figures in the text */
  source: string;
}

export interface LoadedQuestion {
  file: string;
  question: Question;
}

export interface Content {
  lessons: LoadedLesson[];
  questions: LoadedQuestion[];
  caseStudies: CaseStudy[];
  exams: ExamProfile[];
  challenges: Challenge[];
  /** every problem found, each naming its file (and id where there is one) */
  problems: string[];
}

function listFiles(dir: string, suffix: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(suffix))
      .sort();
  } catch {
    return [];
  }
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

type ChallengeFile = Omit<Challenge, 'lessons'>;

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

export function loadContent(root = 'content'): Content {
  const problems: string[] = [];

  const diagrams = new Map<string, string>();
  for (const file of listFiles(join(root, 'diagrams'), '.svg')) {
    const name = file.replace(/\.svg$/, '');
    const result = sanitizeDiagram(name, readFileSync(join(root, 'diagrams', file), 'utf8'));
    problems.push(...result.problems.map((p) => `diagrams/${p}`));
    diagrams.set(name, result.svg);
  }

  const lessonFiles = listFiles(join(root, 'lessons'), '.md');
  const parsed: { file: string; meta: LessonMeta; markdown: string; source: string }[] = [];
  for (const file of lessonFiles) {
    const source = readFileSync(join(root, 'lessons', file), 'utf8');
    const match = frontMatter.exec(source);
    if (!match) {
      problems.push(`lessons/${file}: no YAML front matter between --- lines`);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(match[1] ?? '');
    } catch (error) {
      problems.push(`lessons/${file}: front matter is not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const meta = lessonMetaSchema.safeParse(data);
    if (!meta.success) {
      problems.push(`lessons/${file}: ${issues(meta.error)}`);
      continue;
    }
    parsed.push({ file, meta: meta.data, markdown: match[2] ?? '', source });
  }
  const lessonIdsByFile = new Map(parsed.map((l) => [l.file, l.meta.id]));
  const lessons: LoadedLesson[] = parsed
    .map(({ file, meta, markdown, source }) => {
      const rendered = renderLesson(markdown, { lessonId: meta.id, lessonIdsByFile, diagrams });
      problems.push(...rendered.problems.map((p) => `lessons/${file} (${meta.id}): ${p}`));
      return { file, meta, body: rendered.body, sections: rendered.sections, source };
    })
    .sort((a, b) => a.meta.order - b.meta.order);
  duplicates(lessons.map((l) => l.meta.id), 'lesson id', problems);
  duplicates(lessons.map((l) => String(l.meta.order)), 'lesson order', problems);

  const questions: LoadedQuestion[] = [];
  const caseStudies: CaseStudy[] = [];
  for (const file of listFiles(join(root, 'questions'), '.yaml')) {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(root, 'questions', file), 'utf8'));
    } catch (error) {
      problems.push(`questions/${file}: not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const shape = questionFileSchema.safeParse(data);
    if (!shape.success) {
      problems.push(`questions/${file}: ${issues(shape.error)}`);
      continue;
    }
    const localCases = new Set<string>();
    for (const raw of shape.data.caseStudies ?? []) {
      const cs = caseStudySchema.safeParse(raw);
      if (cs.success) {
        caseStudies.push(cs.data);
        localCases.add(cs.data.id);
      } else problems.push(`questions/${file}: case study: ${issues(cs.error)}`);
    }
    shape.data.questions.forEach((raw, index) => {
      const q = questionSchema.safeParse(raw);
      const label = (raw as { id?: unknown })?.id ?? `#${index}`;
      if (!q.success) problems.push(`questions/${file} (${String(label)}): ${issues(q.error)}`);
      else if (q.data.caseStudy && !localCases.has(q.data.caseStudy))
        problems.push(`questions/${file} (${q.data.id}): case study '${q.data.caseStudy}' is not in this file`);
      else questions.push({ file, question: q.data });
    });
  }
  duplicates(questions.map((q) => q.question.id), 'question id', problems);
  duplicates(caseStudies.map((c) => c.id), 'case study id', problems);

  const exams: ExamProfile[] = [];
  for (const file of listFiles(join(root, 'exams'), '.yaml')) {
    try {
      const exam = examProfileSchema.safeParse(parseYaml(readFileSync(join(root, 'exams', file), 'utf8')));
      if (exam.success) exams.push(exam.data);
      else problems.push(`exams/${file}: ${issues(exam.error)}`);
    } catch (error) {
      problems.push(`exams/${file}: not valid YAML: ${(error as Error).message}`);
    }
  }
  const metas = lessons.map((l) => l.meta);
  const challenges = loadChallenges(root, problems).map((c) => ({
    ...c,
    lessons: lessonsForChallenge(c.id, metas).map((l) => l.id),
  }));
  for (const l of lessons) {
    const listed = l.meta.challenges ?? [];
    for (const c of listed)
      if (!challenges.some((x) => x.id === c))
        problems.push(`lessons/${l.file} (${l.meta.id}): challenge '${c}' does not exist`);
    if (new Set(listed).size !== listed.length)
      problems.push(`lessons/${l.file} (${l.meta.id}): a challenge is listed twice`);
  }
  return { lessons, questions, caseStudies, exams, challenges, problems };
}

function duplicates(ids: string[], what: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`duplicate ${what} '${id}'`);
    seen.add(id);
  }
}

/** The challenge files, validated; their lessons come from lesson front matter (related.ts). */
function loadChallenges(root: string, problems: string[]): ChallengeFile[] {
  const challenges: ChallengeFile[] = [];
  for (const file of listFiles(join(root, 'challenges'), '.yaml')) {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(root, 'challenges', file), 'utf8'));
    } catch (error) {
      problems.push(`challenges/${file}: not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const shape = challengeFileSchema.safeParse(data);
    if (!shape.success) {
      problems.push(`challenges/${file}: ${issues(shape.error)}`);
      continue;
    }
    shape.data.challenges.forEach((raw, index) => {
      const c = challengeSchema.safeParse(raw);
      const label = (raw as { id?: unknown })?.id ?? `#${index}`;
      if (!c.success) problems.push(`challenges/${file} (${String(label)}): ${issues(c.error)}`);
      else challenges.push(c.data);
    });
  }
  duplicates(challenges.map((c) => c.id), 'challenge id', problems);
  return challenges.sort((a, b) => a.order - b.order);
}
