/**
 * Turns the engine's explain trace into the explanation a learner reads: one paragraph per
 * step of the decision flow, naming the statements that matched and why the others did not.
 */
import {
  simulate,
  type Decision,
  type PolicyType,
  type Scenario,
  type StatementTrace,
  type Trace,
  type TraceStep,
} from '../../engine/index';
import { typeNames } from './world';

export interface Evaluated {
  decision: Decision;
  blockedBy: PolicyType[];
  trace: Trace;
}

/** Simulates with the trace; null when the engine rejects the scenario. */
export function evaluate(scenario: Scenario): Evaluated | null {
  const result = simulate(scenario, { explain: true });
  if ('error' in result) return null;
  return { decision: result.decision, blockedBy: result.blockedBy, trace: result.trace ?? [] };
}

export const decisionWords: Record<Decision, string> = {
  allowed: 'allowed',
  explicitDeny: 'denied by an explicit deny',
  implicitDeny: 'denied by an implicit deny',
};

const stepTitles: Record<string, string> = {
  'explicit-deny': 'Explicit deny',
  'service-rule': 'Service rule',
  rcp: 'Resource control policies',
  scp: 'Service control policies',
  endpoint: 'VPC endpoint policies',
  resource: 'Resource-based policy',
  identity: 'Identity-based policies',
  pb: 'Permissions boundary',
  session: 'Session policy',
};

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const list = (items: string[]) =>
  items.length === 1 ? code(items[0] ?? '') : `[${items.map(code).join(', ')}]`;

/** Lower-cases a sentence's first letter, unless it starts an acronym (SCP, RCPFullAWSAccess). */
export function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether the trace step of `type` lets the request through (allows, or is bypassed). */
export function stepAllows(trace: Trace, type: PolicyType): boolean {
  const outcome = trace.find((s) => s.step === type)?.outcome ?? '';
  return (
    outcome === 'allow' ||
    outcome === 'bypassed' ||
    outcome === 'rootUser' ||
    outcome.startsWith('allows:')
  );
}

/** The policy label part of a statement path (`identityPolicies[0]` of `…[0].Statement[1]`). */
export function policyLabelOf(st: StatementTrace): string {
  const at = st.path.lastIndexOf('.Statement');
  return at >= 0 ? st.path.slice(0, at) : st.path;
}

export function statementName(st: StatementTrace, labels: Map<string, string>): string {
  const where = labels.get(policyLabelOf(st)) ?? policyLabelOf(st);
  const name = st.sid ? `“${st.sid}”` : `statement ${st.index + 1}`;
  return `${name} in the ${lowerFirst(where)}`;
}

/** Why a statement did or did not apply, from its trace. */
export function statementReason(st: StatementTrace): string {
  if (st.matched) {
    const parts = [
      `${st.action.element} ${list(st.action.patterns)} covers ${code(st.action.value)}`,
      `${st.resource.element} ${list(st.resource.patterns)} covers the resource`,
    ];
    if (st.principal) parts.push(`${st.principal.element} includes the caller`);
    for (const c of st.conditions) parts.push(`the condition ${conditionText(c)} is met`);
    return parts.join('; ');
  }
  if (!st.action.matched)
    return `its ${st.action.element} ${list(st.action.patterns)} does not cover ${code(st.action.value)}`;
  if (!st.resource.matched)
    return `its ${st.resource.element} ${list(st.resource.patterns)} does not cover ${code(st.resource.value)}`;
  if (st.principal && !st.principal.matched)
    return `its ${st.principal.element} ${list(st.principal.patterns)} does not include the caller`;
  const failed = st.conditions.find((c) => !c.matched);
  if (failed) {
    const has = failed.contextValue ? list(failed.contextValue) : 'no value for the key';
    return `its condition ${conditionText(failed)} is not met (the request has ${has})`;
  }
  return 'it does not apply';
}

function conditionText(c: { operator: string; key: string; values: string[] }): string {
  return `${c.operator} ${code(c.key)} = ${list(c.values)}`;
}

/** Every statement the trace looked at, once each (the deny step repeats matched Denies). */
export function allStatements(trace: Trace): StatementTrace[] {
  const seen = new Map<string, StatementTrace>();
  for (const step of trace)
    for (const p of step.policies ?? []) for (const st of p.statements) seen.set(st.path, st);
  return [...seen.values()];
}

export function stepFor(trace: Trace, type: PolicyType): TraceStep | undefined {
  return trace.find((s) => s.step === type);
}

/** Policy types with a matching Deny statement. */
export function denyTypes(trace: Trace): PolicyType[] {
  const step = trace.find((s) => s.step === 'explicit-deny');
  return [...new Set((step?.policies ?? []).map((p) => p.type))];
}

function stepParagraph(step: TraceStep, labels: Map<string, string>, trace: Trace): string {
  const title = stepTitles[step.step] ?? step.step;
  if (step.step === 'explicit-deny') {
    const denies = allStatements(trace).filter((s) => s.effect === 'Deny');
    if (denies.length === 0) return `**${title}:** no policy here has a Deny statement.`;
    const notes = denies.map(
      (s) =>
        `${statementName(s, labels)} ${s.matched ? 'applies' : 'does not apply'}: ${statementReason(s)}.`,
    );
    const verdict = denies.some((s) => s.matched)
      ? 'A matching Deny always wins, whatever allows the request.'
      : 'No Deny statement applies.';
    return `**${title}:** ${notes.join(' ')} ${verdict}`;
  }
  const allows = (step.policies ?? []).flatMap((p) =>
    p.statements.filter((s) => s.effect === 'Allow'),
  );
  const notes = allows.map(
    (s) =>
      `${statementName(s, labels)} ${s.matched ? 'matches' : 'does not match'}: ${statementReason(s)}.`,
  );
  return `**${title}:** ${[step.detail, ...notes].join(' ')}`;
}

/** The explanation of a decision, rendered from the trace (paragraphs of RichText). */
export function renderExplanation(evaluated: Evaluated, labels: Map<string, string>): string {
  const { trace, decision, blockedBy } = evaluated;
  const paragraphs: string[] = [];
  const request = trace.find((s) => s.step === 'request');
  if (request) paragraphs.push(`**The request:** ${request.detail}`);
  for (const step of trace) {
    if (step.step === 'request' || step.step === 'decision') continue;
    // "No SCPs: the account is not in an organization" says nothing when none were given.
    if (step.outcome === 'notApplicable' && step.detail.startsWith('No ')) continue;
    paragraphs.push(stepParagraph(step, labels, trace));
  }
  const blocked = blockedBy.length
    ? ` What blocks it: the ${blockedBy.map((t) => typeNames[t]).join(' and the ')}.`
    : '';
  paragraphs.push(`**Decision:** the request is ${decisionWords[decision]}.${blocked}`);
  return paragraphs.join('\n\n');
}
