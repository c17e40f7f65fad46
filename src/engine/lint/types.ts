/** Public types of the policy lint: findings, their locations, quick fixes and check metadata. */
import type { PolicyKind } from '../types';

/** The four finding types of AWS's policy validation (IAM Access Analyzer). */
export type Severity = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

/** The severities, most serious first. */
export const SEVERITIES: readonly Severity[] = [
  'ERROR',
  'SECURITY_WARNING',
  'WARNING',
  'SUGGESTION',
];

/** A place in the policy text: 1-based line and column, and the 0-based character offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** A span of the policy text (end is exclusive). */
export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** Replace the text in `range` with `text`. */
export interface TextEdit {
  range: TextRange;
  text: string;
}

/** An edit that resolves a finding, e.g. "Replace with s3:GetObject". */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

/** What a check reports about, independent of any one finding. */
export interface CheckMeta {
  /** Stable code, named after AWS's own issue code where one exists. */
  code: string;
  severity: Severity;
  /** Short heading, e.g. "Invalid action". */
  title: string;
  /** Why this matters, in words a learner understands. */
  why: string;
  /** AWS documentation that explains it. */
  docUrl: string;
}

/** One finding about a policy. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  /** JSON path in the policy, e.g. `Statement[0].Action[1]` (empty for the whole document). */
  path: string;
  range: TextRange;
  title: string;
  why: string;
  docUrl: string;
  fix?: QuickFix;
}

/** Options for linting one policy. */
export interface LintOptions {
  /** What the policy is used as (identity, resource, trust, pb, session, scp, rcp, endpoint). */
  kind: PolicyKind;
}
