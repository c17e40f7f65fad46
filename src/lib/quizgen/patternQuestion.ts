/**
 * "Which of these resources does this pattern match?": a Resource pattern and four or five ARNs;
 * the engine's matchesResource decides, and a segment-by-segment reading explains each option.
 */
import { matchesResource } from '../../engine/index';
import { code, type Draft, type DraftOption } from './common';
import { evaluate, renderExplanation } from './explain';
import type { Rng } from './rng';
import { doc } from './statements';
import { ACCOUNT, callers, docUrls, makeRequest, OTHER_ACCOUNT, type Caller } from './world';

const bases: { arn: string; action: string }[] = [
  { arn: 'arn:aws:s3:::finance-reports/2024/q1.csv', action: 's3:GetObject' },
  { arn: 'arn:aws:s3:::app-logs/web/2024-06-01.log', action: 's3:GetObject' },
  { arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`, action: 'dynamodb:GetItem' },
  { arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-queue`, action: 'sqs:SendMessage' },
  {
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`,
    action: 'ec2:StartInstances',
  },
  {
    arn: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:prod/db-password-AbC123`,
    action: 'secretsmanager:GetSecretValue',
  },
  {
    arn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:resize-images`,
    action: 'lambda:InvokeFunction',
  },
  { arn: `arn:aws:iam::${ACCOUNT}:role/app/DeployRole`, action: 'iam:GetRole' },
];

const segmentNames = ['prefix', 'partition', 'service', 'region', 'account', 'resource part'];

/** Splits an ARN (or pattern) into its six segments; the last keeps any further colons. */
export function segments(arn: string): string[] {
  const parts = arn.split(':');
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

function glob(pattern: string, flags = ''): RegExp {
  const body = pattern
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, flags);
}

/** The first segment the candidate fails, or -1 when every segment fits the pattern. */
export function firstMismatch(pattern: string, candidate: string): number {
  const p = segments(pattern);
  const c = segments(candidate);
  return p.findIndex((seg, i) => !glob(seg).test(c[i] ?? ''));
}

function explainCandidate(pattern: string, candidate: string, matches: boolean): string {
  const p = segments(pattern);
  const c = segments(candidate);
  if (matches) {
    const covered = p
      .map((seg, i) =>
        /[*?]/.test(seg) ? `${segmentNames[i]} ${code(seg)} covers ${code(c[i] || '(empty)')}` : '',
      )
      .filter(Boolean);
    return covered.length
      ? `It matches: every segment fits; the ${covered.join(', the ')}.`
      : 'It matches: it is exactly the ARN in the pattern.';
  }
  const i = firstMismatch(pattern, candidate);
  const caseOnly = glob(p[i] ?? '', 'i').test(c[i] ?? '');
  return `It does not match: the ${segmentNames[i]} ${code(c[i] || '(empty)')} is not covered by ${code(p[i] || '(empty)')}${caseOnly ? '; ARN matching is case-sensitive' : ''}.`;
}

function makePattern(rng: Rng, arn: string): string {
  const s = segments(arn);
  const res = s[5] ?? '';
  const cuts = [...res.matchAll(/[/\-:_.]/g)]
    .map((m) => (m.index ?? 0) + 1)
    .filter((i) => i < res.length);
  const ops = rng.sample(['region', 'account', 'tail', 'mid', 'char'], rng.pick([1, 2]));
  for (const op of ops) {
    if (op === 'region' && s[3]) s[3] = '*';
    if (op === 'account' && s[4]) s[4] = '*';
    if (op === 'tail' && cuts.length) s[5] = `${res.slice(0, rng.pick(cuts))}*`;
    if (op === 'mid' && cuts.length >= 2) {
      const [a = 0, b = 0] = rng.sample(cuts, 2).sort((x, y) => x - y);
      if (b > a + 1) s[5] = `${res.slice(0, a)}*${res.slice(b - 1)}`;
    }
    if (op === 'char' && res.length > 3) {
      const at = 1 + rng.int(res.length - 2);
      if (/[a-z0-9]/i.test(res.charAt(at)))
        s[5] = `${(s[5] ?? res).slice(0, at)}?${(s[5] ?? res).slice(at + 1)}`;
    }
  }
  return s.join(':');
}

function candidates(rng: Rng, arn: string): string[] {
  const s = segments(arn);
  const res = s[5] ?? '';
  const withRes = (r: string) => [...s.slice(0, 5), r].join(':');
  const slash = res.lastIndexOf('/');
  const head = slash >= 0 ? res.slice(0, slash + 1) : '';
  const tail = slash >= 0 ? res.slice(slash + 1) : res;
  const upper = rng.int(Math.max(1, res.length));
  const out = [
    arn,
    withRes(`${head}${tail}-old`),
    withRes(`${head}x${tail}`),
    withRes(`${head}${tail.slice(0, -1)}${tail.endsWith('9') ? '8' : '9'}`),
    withRes(`${res.slice(0, upper)}${res.charAt(upper).toUpperCase()}${res.slice(upper + 1)}`),
    withRes(res.includes('/') ? res.replace('/', '/archive/') : `${res}/archive`),
    withRes(`${head}${tail.slice(0, Math.ceil(tail.length / 2))}`),
    [...s.slice(0, 4), s[4] ? OTHER_ACCOUNT : '', res].join(':'),
    [...s.slice(0, 3), s[3] ? 'us-west-2' : 'us-east-1', ...s.slice(4)].join(':'),
    [s[0], 'aws-cn', ...s.slice(2)].join(':'),
  ];
  return rng.shuffle([...new Set(out)]);
}

export function draftPattern(rng: Rng, multiple: boolean): Draft | null {
  const base = rng.pick(bases);
  const pattern = makePattern(rng, base.arn);
  const want = multiple ? rng.pick([2, 3]) : 1;
  const total = multiple ? 5 : 4;
  const judged = candidates(rng, base.arn)
    .map((arn) => ({ arn, matches: matchesResource(pattern, arn) }))
    // Keep only candidates whose segment reading agrees with the engine, so each "why" is true.
    .filter((c) => (firstMismatch(pattern, c.arn) === -1) === c.matches);
  const yes = judged.filter((c) => c.matches).slice(0, want);
  const no = judged.filter((c) => !c.matches).slice(0, total - want);
  if (yes.length !== want || no.length !== total - want) return null;

  const options: DraftOption[] = [...yes, ...no].map((c) => ({
    text: code(c.arn),
    why: explainCandidate(pattern, c.arn, c.matches),
    correct: c.matches,
  }));
  const caller = callers[0] as Caller;
  const policy = doc([
    { Sid: 'AllowPattern', Effect: 'Allow', Action: base.action, Resource: pattern },
  ]);
  const example = (yes[0] as { arn: string }).arn;
  const scenario = {
    name: `The pattern ${pattern} covers ${example}`,
    request: makeRequest(caller, base.action, example, { 'aws:RequestedRegion': 'us-east-1' }),
    identityPolicies: [policy],
    expected: 'allowed' as const,
  };
  const ev = evaluate(scenario);
  if (!ev || ev.decision !== 'allowed') return null;
  const labels = new Map([
    ['identityPolicies[0]', 'Identity-based policy attached to the IAM user ana'],
  ]);
  const verdicts = options
    .map((o) => `${o.text}: ${o.correct ? 'matches' : 'no match'}.`)
    .join(' ');
  return {
    stem: `An identity-based policy statement has this Resource element:\n\n${code(pattern)}\n\nWhich of these resources does it match?${multiple ? ` (Choose ${want === 2 ? 'TWO' : 'THREE'}.)` : ''}`,
    policies: [{ label: 'The statement in its policy', document: policy }],
    options,
    explanation: [
      'An ARN pattern is compared segment by segment: partition, service, region, account and the resource part. `*` matches any run of characters and `?` exactly one, within a segment; in the resource part `*` also spans `/` and `:`. Matching is case-sensitive.',
      `**The engine's verdicts:** ${verdicts}`,
      `**One of the matches, evaluated as a request:**`,
      renderExplanation(ev, labels),
    ].join('\n\n'),
    topics: ['policy-grammar'],
    references: [docUrls.resourceElement, docUrls.arns],
    difficulty: pattern.includes('?') || multiple ? 'medium' : 'easy',
    scenario,
  };
}
