/**
 * The sandbox organization as data: one zod schema, used for imported sandboxes, share links,
 * saved records and the starting state of challenges. Policy documents are kept as JSON text
 * (the editor edits them as typed); an object given in their place is turned into text.
 * Every string, list and document has a size limit, so untrusted input stays small.
 */
import { z } from '../zod.ts';

/** A policy document's text may not exceed this (IAM's own limits are far lower). */
export const maxDocumentChars = 20_000;

const name = z.string().trim().min(1).max(128);
const text = (max: number) => z.string().max(max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).default([]);

/** A policy document: JSON text, or an object (turned into pretty-printed text). */
export const documentSchema = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .transform((v) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2)))
  .pipe(
    z.string().max(maxDocumentChars, `a policy document is at most ${maxDocumentChars} characters`),
  );

const accountId = z.string().regex(/^\d{12}$/, 'an account id is 12 digits');
const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a Region looks like eu-west-1');

export const tagSchema = z.strictObject({ key: text(128).min(1), value: text(256) });
export const inlinePolicySchema = z.strictObject({ name, document: documentSchema });
export const accessKeySchema = z.strictObject({
  id: z.string().regex(/^AKIA[A-Z0-9]{16}$/),
  status: z.enum(['Active', 'Inactive']).default('Active'),
});

export const userSchema = z.strictObject({
  name: z.string().regex(/^[\w+=,.@-]{1,64}$/, 'user names: 1–64 of letters, digits and +=,.@_-'),
  path: z
    .string()
    .regex(/^\/([\w+=,.@-]+\/)*$/)
    .max(512)
    .default('/'),
  groups: list(name, 50),
  managedPolicies: list(text(2048), 50),
  inlinePolicies: list(inlinePolicySchema, 20),
  boundary: text(2048).nullable().default(null),
  tags: list(tagSchema, 50),
  accessKeys: list(accessKeySchema, 5),
});

export const groupSchema = z.strictObject({
  name,
  managedPolicies: list(text(2048), 50),
  inlinePolicies: list(inlinePolicySchema, 20),
});

export const roleSchema = z.strictObject({
  name: z.string().regex(/^[\w+=,.@-]{1,64}$/, 'role names: 1–64 of letters, digits and +=,.@_-'),
  path: z
    .string()
    .regex(/^\/([\w+=,.@-]+\/)*$/)
    .max(512)
    .default('/'),
  description: text(1000).default(''),
  trustPolicy: documentSchema,
  managedPolicies: list(text(2048), 50),
  inlinePolicies: list(inlinePolicySchema, 20),
  boundary: text(2048).nullable().default(null),
  maxSessionDuration: z.number().int().min(3600).max(43_200).default(3600),
  tags: list(tagSchema, 50),
  serviceLinked: z.boolean().default(false),
});

export const policyVersionSchema = z.strictObject({
  id: z.string().regex(/^v\d+$/),
  document: documentSchema,
});

export const managedPolicySchema = z.strictObject({
  name,
  description: text(1000).default(''),
  versions: z.array(policyVersionSchema).min(1).max(5),
  defaultVersion: z.string().regex(/^v\d+$/),
});

export const resourceTypes = ['s3', 'kms', 'sqs', 'sns', 'secretsmanager', 'lambda'] as const;
export const resourceSchema = z.strictObject({
  type: z.enum(resourceTypes),
  name: z.string().regex(/^[\w.-]{1,128}$/, 'resource names: letters, digits, . _ -'),
  region: region.default('us-east-1'),
  policy: documentSchema.nullable().default(null),
  tags: list(tagSchema, 50),
});

export const accountSchema = z.strictObject({
  id: accountId,
  name,
  parentId: z.string().min(1).max(64),
  users: list(userSchema, 100),
  groups: list(groupSchema, 100),
  roles: list(roleSchema, 100),
  policies: list(managedPolicySchema, 100),
  resources: list(resourceSchema, 100),
});

export const ouSchema = z.strictObject({
  id: z.string().regex(/^ou-[a-z0-9-]{1,40}$/),
  name,
  parentId: z.string().min(1).max(64),
});

export const orgPolicySchema = z.strictObject({
  id: z.string().regex(/^p-[a-zA-Z0-9_-]{1,40}$/),
  kind: z.enum(['scp', 'rcp']),
  name,
  description: text(1000).default(''),
  /** AWS managed (FullAWSAccess): attachable, not editable */
  awsManaged: z.boolean().default(false),
  document: documentSchema,
  /** root, OU or account ids it is attached to */
  targets: list(z.string().min(1).max(64), 100),
});

export const permissionSetSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[\w+=,.@-]{1,32}$/, 'permission set names: 1–32 of letters, digits and +=,.@_-'),
  description: text(1000).default(''),
  managedPolicies: list(text(2048), 20),
  inlinePolicy: documentSchema.nullable().default(null),
  sessionDuration: z.number().int().min(3600).max(43_200).default(3600),
});

export const identityCenterSchema = z.strictObject({
  users: list(z.strictObject({ userName: name, groups: list(name, 50) }), 100),
  groups: list(z.strictObject({ name }), 100),
  permissionSets: list(permissionSetSchema, 50),
  assignments: list(
    z.strictObject({
      permissionSet: name,
      principalType: z.enum(['user', 'group']),
      principalName: name,
      accountId,
    }),
    500,
  ),
});

export const organizationSchema = z.strictObject({
  format: z.literal('least-privilege-sandbox').default('least-privilege-sandbox'),
  version: z.literal(1).default(1),
  name: text(200).min(1).default('My organization'),
  orgId: z
    .string()
    .regex(/^o-[a-z0-9]{10,32}$/)
    .default('o-a1b2c3d4e5'),
  rootId: z
    .string()
    .regex(/^r-[a-z0-9]{4,32}$/)
    .default('r-a1b2'),
  managementAccountId: accountId,
  ous: list(ouSchema, 50),
  accounts: z.array(accountSchema).min(1).max(20),
  orgPolicies: list(orgPolicySchema, 100),
  identityCenter: identityCenterSchema.default({
    users: [],
    groups: [],
    permissionSets: [],
    assignments: [],
  }),
});

export type Tag = z.output<typeof tagSchema>;
export type InlinePolicy = z.output<typeof inlinePolicySchema>;
export type AccessKey = z.output<typeof accessKeySchema>;
export type User = z.output<typeof userSchema>;
export type Group = z.output<typeof groupSchema>;
export type Role = z.output<typeof roleSchema>;
export type PolicyVersion = z.output<typeof policyVersionSchema>;
export type ManagedPolicy = z.output<typeof managedPolicySchema>;
export type ResourceType = (typeof resourceTypes)[number];
export type SandboxResource = z.output<typeof resourceSchema>;
export type Account = z.output<typeof accountSchema>;
export type OrganizationalUnit = z.output<typeof ouSchema>;
export type OrgPolicy = z.output<typeof orgPolicySchema>;
export type PermissionSet = z.output<typeof permissionSetSchema>;
export type IdentityCenter = z.output<typeof identityCenterSchema>;
export type Organization = z.output<typeof organizationSchema>;
/** What an author or an import may leave out (defaults fill it in). */
export type OrganizationInput = z.input<typeof organizationSchema>;
