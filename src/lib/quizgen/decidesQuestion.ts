/** "Which statement decides?": three statements in identity policies, or none of them. */
import type { Decision, StatementTrace } from '../../engine/index';
import { code, difficultyFor, requestText, type Draft, type DraftOption } from './common';
import {
  allStatements,
  evaluate,
  renderExplanation,
  statementName,
  statementReason,
} from './explain';
import { labelMap, scenarioMeta, shownPolicies } from './meta';
import type { Rng } from './rng';
import { pickTarget, ScenarioBuilder } from './scenarios';
import { makeStatement, type Json } from './statements';
import { callers, docUrls, type Caller } from './world';

export function draftDecides(rng: Rng, want: Decision): Draft | null {
  const caller = rng.pick(callers.slice(0, 2)) as Caller;
  const target = pickTarget(rng, false);
  const b = new ScenarioBuilder(rng, caller, target);
  const effects = rng.shuffle(
    want === 'explicitDeny'
      ? ['Allow', 'Deny', rng.pick(['Allow', 'Deny'])]
      : ['Allow', 'Allow', 'Deny'],
  ) as ('Allow' | 'Deny')[];
  const statements: Json[] = effects.map((effect) =>
    makeStatement(rng, target, { effect, cover: 0.55, condition: 0.45 }, b.used),
  );
  if (rng.chance(0.5)) b.identity(statements, caller.isSession ? 'AppAccess' : 'AnaAccess');
  else {
    b.identity(statements.slice(0, 2), caller.isSession ? 'AppAccess' : 'AnaAccess');
    b.identity(statements.slice(2), 'Guardrails');
  }
  const built = b.build();
  const ev = evaluate(built.scenario);
  if (!ev || ev.decision !== want) return null;

  const all = allStatements(ev.trace).filter((s) => s.path.startsWith('identityPolicies'));
  if (all.length !== 3) return null;
  const denies = all.filter((s) => s.matched && s.effect === 'Deny');
  const allows = all.filter((s) => s.matched && s.effect === 'Allow');
  let decider: StatementTrace | null = null;
  if (want === 'explicitDeny') {
    if (denies.length !== 1) return null;
    decider = denies[0] as StatementTrace;
  } else if (want === 'allowed') {
    if (allows.length !== 1 || denies.length > 0) return null;
    decider = allows[0] as StatementTrace;
  } else if (denies.length + allows.length > 0) return null;

  const labels = labelMap(built);
  const options: DraftOption[] = all.map((s) => {
    const name = statementName(s, labels);
    const right = s === decider;
    let why: string;
    if (right)
      why =
        s.effect === 'Deny'
          ? `Right: it applies (${statementReason(s)}), and a matching Deny overrides every Allow.`
          : `Right: it applies (${statementReason(s)}), and no Deny applies, so this Allow decides.`;
    else if (s.matched)
      why = `It applies (${statementReason(s)}), but ${statementName(decider as StatementTrace, labels)} is a matching Deny, and an explicit deny wins.`;
    else why = `It does not apply: ${statementReason(s)}.`;
    return { text: `Statement ${name}.`, why, correct: right };
  });
  options.push({
    text: 'None of them: no statement applies, so the request is implicitly denied.',
    why:
      decider === null
        ? 'Right: no statement applies to this request, so nothing allows it. That is an implicit deny.'
        : `${statementName(decider, labels)} applies, so the result is not an implicit deny.`,
    correct: decider === null,
  });
  const meta = scenarioMeta(built);
  return {
    stem: `${requestText(built)}\n\nThe identity-based policies shown below are the only policies that apply. Which statement decides the outcome of this request?`,
    policies: shownPolicies(built),
    options,
    explanation: renderExplanation(ev, labels),
    topics: [...meta.topics, 'policy-grammar'],
    references: [...meta.references, docUrls.sid],
    difficulty: difficultyFor(2, built.hasConditions),
    scenario: {
      ...built.scenario,
      name: `Which statement decides ${code(target.action)}?`.replace(/`/g, ''),
      expected: ev.decision,
      ...(ev.blockedBy.length ? { expectedBlockedBy: ev.blockedBy } : {}),
    },
  };
}
