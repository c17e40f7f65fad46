/**
 * Grading a challenge: the learner's document (or chosen option) goes into the starting
 * sandbox, every request case is resolved and evaluated, and the requirements are checked.
 */
import type { Catalog } from '../../catalog/catalog';
import { lintPolicyText, parsePolicy, type EngineError, type PolicyKind } from '../../engine/index';
import type { Challenge, ChallengeCase, RequirementId } from './challengeSchema.ts';
import { evaluateResolution, verdictMatches, type SimulateFn, type Verdict } from './evaluate.ts';
import { getDocument, setDocument, type PolicyLocation } from './locations.ts';
import { iamPolicySize, inlineLimit, quotas } from './quotas.ts';
import { resolveRequest } from './resolve.ts';
import type { Organization } from './schema.ts';

/** What the learner submits: document text, or an option id for a choice. */
export type Submission =
  { kind: 'document'; text: string } | { kind: 'choice'; option: string | null };

export interface CaseResult {
  case: ChallengeCase;
  verdict: Verdict;
  passed: boolean;
}

export interface RequirementResult {
  id: RequirementId | 'valid';
  passed: boolean;
  message: string;
}

export interface CheckResult {
  passed: boolean;
  cases: CaseResult[];
  requirements: RequirementResult[];
}

export const requirementLabels: Record<RequirementId, string> = {
  noWildcardAction: 'No wildcard (*) in any Action',
  noWildcardResource: 'No Resource that is only *',
  noNotAction: 'No NotAction',
  withinSizeQuota: 'Fits the IAM size quota for where it is attached',
  noLintErrors: 'No policy check reports an error',
};

/** The size quota for the document at a location (IAM counts characters without white space). */
function sizeLimit(loc: PolicyLocation): number {
  if (loc.kind === 'inline') return inlineLimit(loc.ownerType);
  if (loc.kind === 'trust') return quotas.trustPolicySize;
  if (loc.kind === 'org') return quotas.scpSize;
  return quotas.managedPolicySize;
}

/** The kind of policy a location holds, for validation. */
export function locationKind(org: Organization, loc: PolicyLocation): PolicyKind {
  if (loc.kind === 'trust') return 'trust';
  if (loc.kind === 'resource') return 'resource';
  if (loc.kind === 'org') return org.orgPolicies.find((p) => p.id === loc.id)?.kind ?? 'scp';
  if (loc.kind === 'session') return 'session';
  return 'identity';
}

/** The text the learner starts from. */
export function startingText(c: Challenge): string {
  return c.editable.start ?? getDocument(c.sandbox, c.editable.location) ?? '';
}

/** The model solution as a submission. */
export function solutionSubmission(c: Challenge): Submission {
  return c.editable.options
    ? { kind: 'choice', option: c.solution }
    : { kind: 'document', text: c.solution };
}

/** The starting state as a submission. */
export function startingSubmission(c: Challenge): Submission {
  return c.editable.options
    ? { kind: 'choice', option: null }
    : { kind: 'document', text: startingText(c) };
}

/** The document a submission puts into the sandbox (undefined: nothing chosen). */
export function submittedText(c: Challenge, s: Submission): string | undefined {
  if (s.kind === 'document') return s.text;
  return c.editable.options?.find((o) => o.id === s.option)?.document;
}

/** The sandbox with the submission in place. */
export function applySubmission(c: Challenge, s: Submission): Organization {
  const text = submittedText(c, s);
  return text === undefined ? c.sandbox : setDocument(c.sandbox, c.editable.location, text);
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function statementsOf(text: string): Record<string, unknown>[] {
  try {
    const doc = JSON.parse(text) as { Statement?: unknown };
    return asList(doc?.Statement).filter(
      (s): s is Record<string, unknown> => !!s && typeof s === 'object',
    );
  } catch {
    return [];
  }
}

function requirement(id: RequirementId, text: string, loc: PolicyLocation): RequirementResult {
  const statements = statementsOf(text);
  const label = requirementLabels[id];
  let passed = true;
  if (id === 'noWildcardAction')
    passed = !statements.some((s) =>
      asList(s.Action).some((a) => typeof a === 'string' && a.includes('*')),
    );
  if (id === 'noWildcardResource')
    passed = !statements.some((s) => asList(s.Resource).some((r) => r === '*'));
  if (id === 'noNotAction') passed = !statements.some((s) => 'NotAction' in s);
  if (id === 'withinSizeQuota') {
    const size = loc.kind === 'org' ? text.length : iamPolicySize(text);
    passed = size <= sizeLimit(loc);
    return {
      id,
      passed,
      message: `${label}: ${size.toLocaleString('en')} of ${sizeLimit(loc).toLocaleString('en')} characters`,
    };
  }
  return { id, passed, message: passed ? label : `${label}: the policy has one` };
}

/** Validates the submitted document (JSON and IAM grammar), with line and column. */
export function validateSubmission(c: Challenge, s: Submission): EngineError[] {
  const text = submittedText(c, s);
  if (text === undefined)
    return [{ code: 'no-choice', message: 'Choose one of the options.', path: '' }];
  return parsePolicy(text, { kind: locationKind(c.sandbox, c.editable.location) }).errors;
}

/** Grades a submission: every case and every requirement must pass. */
export async function checkChallenge(
  c: Challenge,
  s: Submission,
  simulate: SimulateFn,
  options: { catalog?: Catalog } = {},
): Promise<CheckResult> {
  const errors = validateSubmission(c, s);
  const requirements: RequirementResult[] = [
    {
      id: 'valid',
      passed: errors.length === 0,
      message:
        errors.length === 0
          ? 'The document is a valid policy'
          : `The document is not a valid policy: ${errors[0]?.message}${errors[0]?.line ? ` (line ${errors[0].line}, column ${errors[0].column ?? 1})` : ''}`,
    },
  ];
  const text = submittedText(c, s);
  if (text !== undefined)
    for (const id of c.requirements) {
      if (id !== 'noLintErrors') {
        requirements.push(requirement(id, text, c.editable.location));
        continue;
      }
      const kind = locationKind(c.sandbox, c.editable.location);
      const lintOptions = options.catalog ? { kind, catalog: options.catalog } : { kind };
      const findings = (await lintPolicyText(text, lintOptions)).filter(
        (f) => f.severity === 'ERROR',
      );
      requirements.push({
        id,
        passed: findings.length === 0,
        message: findings.length
          ? `${requirementLabels.noLintErrors}: ${findings[0]?.message} (line ${findings[0]?.range.start.line})`
          : requirementLabels.noLintErrors,
      });
    }
  const org = applySubmission(c, s);
  const cases: CaseResult[] = [];
  for (const k of c.cases) {
    const resolution = resolveRequest(org, {
      principal: k.principal,
      action: k.action,
      resource: k.resource,
      ...(k.context ? { context: k.context } : {}),
    });
    const answer = await evaluateResolution(resolution, simulate, false);
    cases.push({
      case: k,
      verdict: answer.verdict,
      passed: verdictMatches(answer.verdict, k.expect),
    });
  }
  const passed = requirements.every((r) => r.passed) && cases.every((r) => r.passed);
  return { passed, cases, requirements };
}
