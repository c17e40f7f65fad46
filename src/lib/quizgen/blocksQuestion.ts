/** "Which policy type blocks this request?": one type (single) or two or three (multiple). */
import type { PolicyType } from '../../engine/index';
import { difficultyFor, requestText, type Draft, type DraftOption } from './common';
import { denyTypes, evaluate, lowerFirst, renderExplanation, stepAllows, stepFor } from './explain';
import { labelMap, scenarioMeta, shownPolicies } from './meta';
import type { Rng } from './rng';
import { layeredScenario } from './scenarios';
import { ACCOUNT, typeNames } from './world';

const allTypes: PolicyType[] = ['identity', 'resource', 'pb', 'session', 'scp', 'rcp'];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function draftBlocks(rng: Rng, multiple: boolean): Draft | null {
  const built = layeredScenario(rng);
  const ev = evaluate(built.scenario);
  if (!ev || ev.decision === 'allowed') return null;
  const blocking = ev.blockedBy.filter((t) => allTypes.includes(t));
  if (blocking.length !== ev.blockedBy.length) return null;
  if (multiple ? blocking.length < 2 || blocking.length > 3 : blocking.length !== 1) return null;

  const denied = denyTypes(ev.trace);
  const others = allTypes.filter((t) => !blocking.includes(t));
  // A present type that does not block must clearly let the request through; a boundary that
  // does not allow either (while another type is the blocker) would make the answer ambiguous.
  const sameAccountResource = (t: PolicyType) =>
    t === 'resource' &&
    built.caller.account === ACCOUNT &&
    stepFor(ev.trace, t)?.outcome === 'noAllow';
  if (
    others.some(
      (t) => built.types.includes(t) && !stepAllows(ev.trace, t) && !sameAccountResource(t),
    )
  )
    return null;
  const present = rng.shuffle(others.filter((t) => built.types.includes(t)));
  const absent = rng.shuffle(others.filter((t) => !built.types.includes(t)));
  const total = multiple ? 5 : 4;
  const wrong = [...present, ...absent].slice(0, total - blocking.length);

  const options: DraftOption[] = [
    ...blocking.map((t) => {
      const step = stepFor(ev.trace, t);
      const why = denied.includes(t)
        ? `Right: a Deny statement in the ${typeNames[t]} matches the request, and an explicit deny always wins.`
        : `Right: ${lowerFirst(step?.detail ?? `the ${typeNames[t]} does not allow the request.`)}`;
      return { text: capital(typeNames[t]), why, correct: true };
    }),
    ...wrong.map((t) => {
      const step = stepFor(ev.trace, t);
      const why = !built.types.includes(t)
        ? `There is no ${typeNames[t]} in this scenario.`
        : sameAccountResource(t)
          ? 'It does not block this request: within one account an identity-based policy can allow on its own, and a resource-based policy that does not name the caller does not stop it.'
          : `It does not block this request: ${lowerFirst(step?.detail ?? 'it allows it.')}`;
      return { text: capital(typeNames[t]), why, correct: false };
    }),
  ];
  const meta = scenarioMeta(built);
  const ask = multiple
    ? `Which policy types block it? (Choose ${blocking.length === 2 ? 'TWO' : 'THREE'}.)`
    : 'Which policy type blocks it?';
  return {
    stem: `${requestText(built)}\n\nThe policies shown below are all the policies that apply, and the request is denied. ${ask}`,
    policies: shownPolicies(built),
    options,
    explanation: renderExplanation(ev, labelMap(built)),
    ...meta,
    topics: [...meta.topics, 'policy-types'],
    difficulty: difficultyFor(built.types.length, built.hasConditions),
    scenario: {
      ...built.scenario,
      name: 'Which policy type blocks this request?',
      expected: ev.decision,
      expectedBlockedBy: ev.blockedBy,
    },
  };
}
