import { z } from '../zod';

/**
 * The workshop pack and the student result: plain JSON, validated with these schemas wherever
 * it comes from (a link, a file, a QR code). Nothing in them is ever executed or rendered as
 * HTML: packs name lessons, questions and challenges by id, and the app shows its own content.
 */

export const PACK_KIND = 'least-privilege/workshop-pack';
export const RESULT_KIND = 'least-privilege/workshop-result';

/** Size limits. Untrusted input past them is refused before it is parsed. */
export const limits = {
  /** a pack link (the whole URL) that still fits in a QR code at medium error correction */
  qrLinkChars: 2300,
  /** the longest pack link the builder hands out; longer packs go out as a file */
  linkChars: 8000,
  /** the compressed data of a pack or result in a URL fragment */
  fragmentDataChars: 12000,
  /** a pack or result as JSON text, after decompression */
  jsonBytes: 200_000,
  /** a pack file or result file on disk */
  fileBytes: 300_000,
  /** result files imported at once */
  filesAtOnce: 500,
  lessons: 40,
  questions: 150,
  challenges: 40,
  answers: 200,
} as const;

const contentId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');
const token = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, - and _');
const epochMs = z.number().int().min(0).max(8.64e15);
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((l) => new Set(l).size === l.length, 'lists an id twice');

/** How the instructor chose the questions (shown to students and on the handout). */
const sourceSchema = z.strictObject({
  mode: z.enum(['hand', 'filter', 'set', 'generated']),
  label: z.string().max(200),
});

export const packSchema = z
  .strictObject({
    kind: z.literal(PACK_KIND),
    version: z.literal(1),
    id: token,
    title: z.string().trim().min(1).max(120),
    createdAt: epochMs,
    lessons: uniqueList(contentId, limits.lessons),
    /** question ids: the bank's, or generated policy questions (`gen-<kind>-<seed>`), which
     * every copy of the app rebuilds from the id */
    questions: uniqueList(contentId, limits.questions),
    challenges: uniqueList(contentId, limits.challenges),
    /** minutes for the questions, or null for no limit */
    timeLimitMinutes: z.number().int().min(1).max(600).nullable(),
    /** 'each': answer and explanation after each question; 'end': only after handing in */
    reveal: z.enum(['each', 'end']),
    /** seeds the option order, so the handout, the projector and every student see the same */
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    source: sourceSchema,
    /** checksum prefix of the questions' content in the instructor's copy of the app */
    contentDigest: z.string().regex(/^[0-9a-f]{16}$/),
  })
  .refine(
    (p) => p.lessons.length + p.questions.length + p.challenges.length > 0,
    'a pack holds at least one lesson, question or challenge',
  );
export type Pack = z.infer<typeof packSchema>;

const optionId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** What a student answered: option ids (single, multiple, ordering) or prompt → option. */
const responseSchema = z.union([
  z.array(optionId).max(12),
  z
    .record(optionId, optionId)
    .refine((r) => Object.keys(r).length <= 12, 'too many pairs')
    .refine((r) => Object.keys(r).every((k) => !forbiddenKeys.has(k)), 'reserved key'),
]);

export const resultSchema = z.strictObject({
  kind: z.literal(RESULT_KIND),
  version: z.literal(1),
  packId: token,
  packTitle: z.string().max(120),
  /** checksum of the pack the student worked on (see checksumOf) */
  packChecksum: z.string().regex(/^[0-9a-f]{64}$/),
  contentDigest: z.string().regex(/^[0-9a-f]{16}$/),
  /** unique per attempt: the same file imported twice has the same attemptId */
  attemptId: token,
  student: z.string().trim().min(1).max(60),
  startedAt: epochMs,
  submittedAt: epochMs,
  elapsedMs: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600 * 1000),
  timedOut: z.boolean(),
  answers: z
    .array(
      z.strictObject({
        questionId: contentId,
        response: responseSchema.nullable(),
        msTaken: z
          .number()
          .int()
          .min(0)
          .max(7 * 24 * 3600 * 1000),
      }),
    )
    .max(limits.answers)
    .refine(
      (a) => new Set(a.map((x) => x.questionId)).size === a.length,
      'answers a question twice',
    ),
});
export type WorkshopResult = z.infer<typeof resultSchema>;
export type ResultAnswer = WorkshopResult['answers'][number];

/** A short, readable summary of the first few schema problems. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
