import type { PolicyKind } from '../../../../src/engine/index';

/** One check's test: a policy that triggers it, and a near miss that does not. */
export interface LintCase {
  code: string;
  kind?: PolicyKind;
  /** Policy object (written as indented JSON) or raw text. */
  trigger: unknown;
  miss: unknown;
  /** The near miss's policy type, when the difference is the type. */
  missKind?: PolicyKind;
  /** The trigger's finding carries a quick fix that makes it go away. */
  fixes?: boolean;
}

/** A policy document with Version 2012-10-17. */
export const doc = (...Statement: unknown[]): unknown => ({ Version: '2012-10-17', Statement });

/** An Allow statement. */
export const allow = (Action: unknown, Resource: unknown = '*', extra: object = {}): object => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...extra,
});

/** A Deny statement. */
export const deny = (Action: unknown, Resource: unknown = '*', extra: object = {}): object => ({
  Effect: 'Deny',
  Action,
  Resource,
  ...extra,
});

/** A condition block. */
export const cond = (Condition: object): { Condition: object } => ({ Condition });

export const ACCOUNT = '111122223333';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/app-role`;

/** `n` distinct S3 object ARNs, to build policies over a size quota. */
export const manyArns = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `arn:aws:s3:::example-bucket-${i}/*`);

/** `n` distinct role ARNs. */
export const manyRoles = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `arn:aws:iam::${ACCOUNT}:role/role-${i}`);
