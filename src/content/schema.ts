import { z } from '../lib/zod.ts';
import { examDomainPattern, isAwsDocUrl, topics } from './vocabulary.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and -');
const awsUrl = z.string().refine(isAwsDocUrl, 'must be an https URL on an AWS documentation host');
const topicList = z.array(z.enum(topics)).min(1);
const examList = z.array(z.string().regex(examDomainPattern, 'use exam:domain, e.g. saa-c03:1'));
const isoDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) ctx.addIssue({ code: 'custom', message: 'use YYYY-MM-DD' });
  return text;
});

/** Lesson front matter (content/lessons/*.md). */
export const lessonMetaSchema = z.strictObject({
  id,
  title: z.string().min(3),
  summary: z.string().min(10),
  order: z.number().int().positive(),
  minutes: z.number().int().min(10).max(20),
  objectives: z.array(z.string().min(5)).min(2),
  topics: topicList,
  exams: examList.min(1),
  references: z.array(awsUrl).min(1),
  lastReviewed: isoDate,
  challenges: z.array(id).optional(),
});
export type LessonMeta = z.infer<typeof lessonMetaSchema>;

const option = z.strictObject({ id: z.string().min(1), text: z.string().min(1), why: z.string().min(5) });
const item = z.strictObject({ id: z.string().min(1), text: z.string().min(1) });
const policyShown = z.strictObject({ label: z.string().min(1), document: z.record(z.string(), z.unknown()) });

const questionBase = {
  id,
  caseStudy: id.optional(),
  stem: z.string().min(10),
  policies: z.array(policyShown).optional(),
  explanation: z.string().min(10),
  topics: topicList,
  exams: examList.min(1),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  references: z.array(awsUrl).min(1, 'every question cites at least one AWS doc URL'),
  scenario: z.record(z.string(), z.unknown()).optional(),
};

export const questionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...questionBase,
      type: z.literal('single'),
      options: z.array(option).length(4, 'single-answer questions have exactly 4 options'),
      answer: z.array(z.string()).length(1, 'single-answer questions have exactly one answer'),
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal('multiple'),
      options: z.array(option).min(5, 'multiple-response questions have 5 or more options'),
      answer: z.array(z.string()).min(2).max(3),
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal('ordering'),
      items: z.array(item).min(3).max(6),
      answer: z.array(z.string()).min(3),
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal('matching'),
      prompts: z.array(item).min(3).max(7),
      options: z.array(option).min(3),
      answer: z.record(z.string(), z.string()),
    }),
  ])
  .superRefine((q, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['answer'] });
    if (q.type === 'single' || q.type === 'multiple') {
      const ids = new Set(q.options.map((o) => o.id));
      if (ids.size !== q.options.length) fail('option ids must be unique');
      for (const a of q.answer) if (!ids.has(a)) fail(`answer '${a}' is not among the options`);
      if (new Set(q.answer).size !== q.answer.length) fail('answer lists an option twice');
    } else if (q.type === 'ordering') {
      const ids = q.items.map((i) => i.id).sort();
      if (JSON.stringify([...q.answer].sort()) !== JSON.stringify(ids))
        fail('ordering answer must list every item exactly once');
    } else {
      const prompts = new Set(q.prompts.map((p) => p.id));
      const options = new Set(q.options.map((o) => o.id));
      for (const p of prompts) if (!(p in q.answer)) fail(`matching prompt '${p}' has no answer`);
      for (const [p, o] of Object.entries(q.answer)) {
        if (!prompts.has(p)) fail(`answer names unknown prompt '${p}'`);
        if (!options.has(o)) fail(`answer for '${p}' is not among the options`);
      }
    }
  });
export type Question = z.infer<typeof questionSchema>;

export const caseStudySchema = z.strictObject({
  id,
  title: z.string().min(3),
  scenario: z.string().min(20),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;

export const questionFileSchema = z.strictObject({
  caseStudies: z.array(caseStudySchema).optional(),
  questions: z.array(z.unknown()).min(1),
});

export const examProfileSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  questions: z.number().int().positive(),
  scored: z.number().int().positive(),
  minutes: z.number().int().positive(),
  passingScore: z.number().int().min(100).max(1000),
  scale: z.tuple([z.number(), z.number()]),
  types: z.array(z.enum(['single', 'multiple', 'ordering', 'matching'])).min(1),
  domains: z
    .array(z.strictObject({ id: z.string(), name: z.string(), weight: z.number().nullable().optional() }))
    .min(1),
  verified: z.boolean(),
  checkedOn: isoDate,
  source: z.string().url(),
  notes: z.string().optional(),
});
export type ExamProfile = z.infer<typeof examProfileSchema>;

/** Playground challenges (content/challenges/*.yaml): the schema lives with the sandbox model. */
export { challengeFileSchema, challengeSchema } from '../lib/sandbox/challengeSchema.ts';
export type { Challenge } from '../lib/sandbox/challengeSchema.ts';
