/**
 * Challenge files (content/challenges/*.yaml): a brief, a starting sandbox, the part the
 * learner edits (a policy document, or a choice among documents), a checker made of request
 * cases (some hidden until solved), hints and a model solution. The lessons a challenge
 * practises are not in its file: lessons list their challenges (see src/content/related.ts).
 * See content/FORMAT.md.
 */
import { z } from '../zod.ts';
import { principalSchema } from './principals.ts';
import { documentSchema, organizationSchema } from './schema.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and -');
const account = z.string().regex(/^\d{12}$/);

/** Where the learner's document goes (see PolicyLocation). */
export const locationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('managed'), account, policy: z.string().min(1) }),
  z.strictObject({
    kind: z.literal('inline'),
    account,
    ownerType: z.enum(['user', 'group', 'role']),
    owner: z.string().min(1),
    policy: z.string().min(1),
  }),
  z.strictObject({ kind: z.literal('trust'), account, role: z.string().min(1) }),
  z.strictObject({ kind: z.literal('resource'), account, resource: z.string().min(1) }),
  z.strictObject({ kind: z.literal('org'), id: z.string().min(1) }),
  z.strictObject({ kind: z.literal('permissionSet'), name: z.string().min(1) }),
]);

/** Checks on the submitted document beyond the request cases. */
export const requirementIds = [
  'noWildcardAction',
  'noWildcardResource',
  'noNotAction',
  'withinSizeQuota',
  'noLintErrors',
] as const;

export const challengeCaseSchema = z.strictObject({
  name: z.string().min(3),
  principal: principalSchema,
  action: z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9*?]+$/),
  resource: z.string().min(1),
  context: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  expect: z.enum(['allowed', 'denied', 'explicitDeny', 'implicitDeny']),
  hidden: z.boolean().default(false),
});

const option = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  document: documentSchema,
});

export const challengeSchema = z
  .strictObject({
    id,
    title: z.string().min(3),
    level: z.enum(['first-steps', 'easy', 'medium', 'hard']),
    order: z.number().int().positive(),
    /** what to achieve, in one line (shown where a lesson links to the challenge) */
    goal: z
      .string()
      .min(10)
      .max(100)
      .regex(/^[^\n]*$/, 'the goal is one line'),
    brief: z.string().min(20),
    sandbox: organizationSchema,
    /** what the learner edits */
    editable: z.strictObject({
      location: locationSchema,
      label: z.string().min(3),
      /** starting text; absent = what the sandbox holds there */
      start: documentSchema.optional(),
      /** a choice among documents that go into the location, instead of free editing */
      options: z.array(option).min(2).max(6).optional(),
    }),
    /** the model solution: a document, or the id of the right option */
    solution: z.union([z.string().regex(/^[a-z0-9-]{1,20}$/), documentSchema]),
    explanation: z.string().min(20),
    requirements: z.array(z.enum(requirementIds)).default([]),
    cases: z.array(challengeCaseSchema).min(2).max(40),
    hints: z.array(z.string().min(5)).min(1).max(6),
  })
  .superRefine((c, ctx) => {
    const fail = (message: string, path: PropertyKey[]) =>
      ctx.addIssue({ code: 'custom', message, path });
    if (c.editable.options) {
      const ids = c.editable.options.map((o) => o.id);
      if (!ids.includes(c.solution))
        fail(`solution must be one of the options: ${ids.join(', ')}`, ['solution']);
    }
    if (!c.cases.some((x) => !x.hidden)) fail('show at least one case', ['cases']);
    if (!c.cases.some((x) => x.expect === 'allowed'))
      fail('at least one case must expect allowed', ['cases']);
    if (!c.cases.some((x) => x.expect !== 'allowed'))
      fail('at least one case must expect a deny', ['cases']);
  });

/** A challenge as the app gets it: the file's fields and the lessons whose front matter lists it. */
export type Challenge = z.output<typeof challengeSchema> & { lessons: string[] };
export type ChallengeCase = z.output<typeof challengeCaseSchema>;
export type ChallengeLocation = z.output<typeof locationSchema>;
export type RequirementId = (typeof requirementIds)[number];

/** A file: its challenges, and optional `definitions` that YAML anchors (&name / *name) reuse. */
export const challengeFileSchema = z.strictObject({
  definitions: z.unknown().optional(),
  challenges: z.array(z.unknown()).min(1),
});
