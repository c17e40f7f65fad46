/**
 * "What is the effective permission after this boundary?": an identity policy, a permissions
 * boundary, and four or five requests; the engine decides which ones are allowed.
 */
import type { Scenario } from '../../engine/index';
import { code, difficultyFor, type Draft, type DraftOption } from './common';
import { evaluate, renderExplanation, statementName, type Evaluated } from './explain';
import type { Rng } from './rng';
import { doc, sidFor, type Json } from './statements';
import { callers, docUrls, makeRequest, services, verbPattern, type Caller } from './world';

function allowStatements(rng: Rng, pool: string[], used: Set<string>): Json[] {
  const count = rng.pick([1, 2]);
  const out: Json[] = [];
  for (let i = 0; i < count; i += 1) {
    const action = rng.pick(pool);
    const element = rng.pick([
      action,
      verbPattern(action),
      `${action.split(':')[0]}:*`,
      rng.sample(pool, 2),
    ]);
    out.push({
      Sid: sidFor('Allow', element, used),
      Effect: 'Allow',
      Action: element,
      Resource: '*',
    });
  }
  return out;
}

function verdictWhy(ev: Evaluated, labels: Map<string, string>): string {
  const step = (name: string) => ev.trace.find((s) => s.step === name);
  const matchedIn = (name: string) =>
    (step(name)?.policies ?? [])
      .flatMap((p) => p.statements)
      .filter((s) => s.matched && s.effect === 'Allow')
      .map((s) => statementName(s, labels));
  const identity = matchedIn('identity');
  const boundary = matchedIn('pb');
  if (ev.decision === 'explicitDeny')
    return 'Not allowed: a Deny statement applies, and an explicit deny overrides every allow.';
  if (ev.decision === 'allowed')
    return `Allowed: ${identity.join(' and ')} grants it, and ${boundary.join(' and ')} lets it through.`;
  if (identity.length > 0)
    return `Not allowed: ${identity.join(' and ')} grants it, but the permissions boundary does not allow it, so it is implicitly denied.`;
  if (boundary.length > 0)
    return `Not allowed: the boundary allows it, but no identity-based policy grants it. A boundary only limits; it never grants.`;
  return 'Not allowed: neither the identity-based policy nor the permissions boundary allows it.';
}

export function draftBoundary(rng: Rng, multiple: boolean): Draft | null {
  const caller = rng.pick(callers.slice(0, 2)) as Caller;
  const picked = rng.sample(services, 2);
  const pool = picked.flatMap((s) => s.actions);
  const used = new Set<string>();
  const identity = doc(allowStatements(rng, pool, used));
  const boundaryStatements = allowStatements(rng, pool, used);
  if (rng.chance(0.2)) {
    const action = rng.pick(pool);
    boundaryStatements.push({
      Sid: sidFor('Deny', action, used),
      Effect: 'Deny',
      Action: action,
      Resource: '*',
    });
  }
  const boundary = doc(boundaryStatements);
  const want = multiple ? rng.pick([2, 3]) : 1;
  const total = multiple ? 5 : 4;
  const labels = new Map([
    ['identityPolicies[0]', `Identity-based policy attached to ${caller.holder}`],
    ['permissionBoundary', `Permissions boundary of ${caller.holder}`],
  ]);
  const context = { 'aws:RequestedRegion': 'us-east-1' };
  const judged = rng.sample(pool, total).map((action) => {
    const resource = picked.find((s) => action.startsWith(`${s.prefix}:`))?.resources[0] ?? '*';
    const scenario: Scenario = {
      request: makeRequest(caller, action, resource, context),
      identityPolicies: [identity],
      permissionBoundary: boundary,
    };
    return { action, resource, scenario, ev: evaluate(scenario) };
  });
  if (judged.some((j) => j.ev === null)) return null;
  const allowed = judged.filter((j) => j.ev?.decision === 'allowed');
  if (allowed.length !== want) return null;

  const options: DraftOption[] = judged.map((j) => ({
    text: `${code(j.action)} on ${code(j.resource)}`,
    why: verdictWhy(j.ev as Evaluated, labels),
    correct: j.ev?.decision === 'allowed',
  }));
  const example = allowed[0] as (typeof judged)[number];
  const blocked = judged.find((j) => j.ev?.decision !== 'allowed') ?? example;
  const ev = example.ev as Evaluated;
  const who = caller.holder.charAt(0).toUpperCase() + caller.holder.slice(1);
  return {
    stem: `${who} has the identity-based policy and the permissions boundary shown below; no other policies apply. After the boundary, which of these requests are allowed?${multiple ? ` (Choose ${want === 2 ? 'TWO' : 'THREE'}.)` : ' (Choose ONE.)'}`,
    policies: [
      { label: labels.get('identityPolicies[0]') as string, document: identity },
      { label: labels.get('permissionBoundary') as string, document: boundary },
    ],
    options,
    explanation: [
      'The effective permissions are the intersection: a request is allowed only when an identity-based policy allows it AND the permissions boundary allows it (and no Deny applies). The boundary never grants anything on its own.',
      `**For ${code(blocked.action)}:**`,
      renderExplanation(blocked.ev as Evaluated, labels),
    ].join('\n\n'),
    topics: ['permissions-boundaries', 'evaluation-logic'],
    references: [docUrls.boundaries, docUrls.evaluation],
    difficulty: difficultyFor(multiple ? 3 : 2, false),
    scenario: {
      ...example.scenario,
      name: `After the boundary, ${example.action} is allowed`,
      expected: ev.decision,
    },
  };
}
