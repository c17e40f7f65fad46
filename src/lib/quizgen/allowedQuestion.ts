/** "Given these policies, is this request allowed?": the decision and the policy type behind it. */
import type { Decision, PolicyType } from '../../engine/index';
import { difficultyFor, requestText, type Draft, type DraftOption } from './common';
import {
  denyTypes,
  evaluate,
  lowerFirst,
  renderExplanation,
  stepAllows,
  stepFor,
  type Evaluated,
} from './explain';
import { labelMap, scenarioMeta, shownPolicies } from './meta';
import type { Rng } from './rng';
import { layeredScenario, type BuiltScenario } from './scenarios';
import { typeNames } from './world';

const decisions: Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];
const extraTypes: PolicyType[] = ['pb', 'scp', 'session', 'resource', 'rcp'];

type Claim =
  { decision: 'allowed' } | { decision: 'explicitDeny' | 'implicitDeny'; type: PolicyType };

function claimText(c: Claim): string {
  if (c.decision === 'allowed') return 'The request is allowed.';
  return c.decision === 'explicitDeny'
    ? `It is denied explicitly: a Deny statement in the ${typeNames[c.type]} applies.`
    : `It is denied implicitly: the ${typeNames[c.type]} does not allow it.`;
}

function why(c: Claim, correct: boolean, built: BuiltScenario, ev: Evaluated): string {
  const denied = denyTypes(ev.trace);
  const blockers = ev.blockedBy.map((t) => `the ${typeNames[t]}`).join(' and ');
  const decisionStep = ev.trace.find((s) => s.step === 'decision');
  if (c.decision === 'allowed') {
    return correct
      ? `Right: no Deny statement applies, and ${(decisionStep ? lowerFirst(decisionStep.detail) : undefined) ?? 'the policies allow it.'}`
      : `The request is not allowed: ${blockers || 'a policy'} blocks it.`;
  }
  const name = typeNames[c.type];
  const present = built.types.includes(c.type);
  const step = stepFor(ev.trace, c.type);
  if (c.decision === 'explicitDeny') {
    if (correct)
      return `Right: a Deny statement in the ${name} matches the request, and an explicit deny overrides every allow.`;
    if (!present) return `There is no ${name} in this scenario, so it cannot deny anything.`;
    return `No Deny statement in the ${name} applies to this request.`;
  }
  if (correct)
    return `Right: no Deny statement applies, but ${(step ? lowerFirst(step.detail) : undefined) ?? `the ${name} does not allow it.`}`;
  if (!present) return `There is no ${name} in this scenario.`;
  if (ev.decision === 'allowed') return `The request is allowed; the ${name} does not stop it.`;
  if (ev.decision === 'explicitDeny')
    return `The deny is explicit, not implicit: a matching Deny in the ${denied.map((t) => typeNames[t]).join(' and ')} decides before any allow is looked at.`;
  return `The ${name} is not what blocks it: ${step?.detail ?? 'it allows the request.'}`;
}

function isRight(c: Claim, ev: Evaluated): boolean {
  if (c.decision !== ev.decision) return false;
  if (c.decision === 'allowed') return true;
  return c.decision === 'explicitDeny'
    ? denyTypes(ev.trace).includes(c.type)
    : ev.blockedBy.includes(c.type);
}

/** One attempt at a question whose answer is `want`; null when the scenario does not fit. */
export function draftAllowed(rng: Rng, want: Decision): Draft | null {
  const built = layeredScenario(rng);
  const ev = evaluate(built.scenario);
  if (!ev || ev.decision !== want) return null;
  const denied = denyTypes(ev.trace);
  const correct: Claim =
    want === 'allowed'
      ? { decision: 'allowed' }
      : want === 'explicitDeny'
        ? { decision: 'explicitDeny', type: denied[0] as PolicyType }
        : { decision: 'implicitDeny', type: ev.blockedBy[0] as PolicyType };
  if (correct.decision !== 'allowed' && correct.type === undefined) return null;

  const types = [...built.types, ...extraTypes.filter((t) => !built.types.includes(t))];
  const candidates: Claim[] = [];
  for (const type of types)
    for (const decision of ['explicitDeny', 'implicitDeny'] as const)
      candidates.push({ decision, type });
  // "Denied implicitly: the boundary does not allow it" would also be true of an implicit deny
  // blocked elsewhere when the boundary does not allow either, so such claims are left out.
  const wrong = candidates.filter(
    (c) =>
      !isRight(c, ev) &&
      !(
        c.decision === 'implicitDeny' &&
        ev.decision === 'implicitDeny' &&
        built.types.includes(c.type) &&
        !stepAllows(ev.trace, c.type)
      ),
  );
  const present = wrong.filter((c) => c.decision !== 'allowed' && built.types.includes(c.type));
  const absent = wrong.filter((c) => !present.includes(c));
  const distractors: Claim[] = want === 'allowed' ? [] : [{ decision: 'allowed' }];
  for (const c of [...rng.shuffle(present), ...rng.shuffle(absent)])
    if (distractors.length < 3) distractors.push(c);
  if (distractors.length < 3) return null;

  const labels = labelMap(built);
  const options: DraftOption[] = [correct, ...distractors].map((c, i) => ({
    text: claimText(c),
    why: why(c, i === 0, built, ev),
    correct: i === 0,
  }));
  const meta = scenarioMeta(built);
  return {
    stem: `${requestText(built)}\n\nThe policies shown below are all the policies that apply. What happens to the request?`,
    policies: shownPolicies(built),
    options,
    explanation: renderExplanation(ev, labels),
    ...meta,
    difficulty: difficultyFor(built.types.length, built.hasConditions),
    scenario: {
      ...built.scenario,
      name: 'Is this request allowed?',
      expected: ev.decision,
      ...(ev.blockedBy.length ? { expectedBlockedBy: ev.blockedBy } : {}),
    },
  };
}

export const allowedDecisions = decisions;
