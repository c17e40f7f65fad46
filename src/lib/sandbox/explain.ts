/**
 * Explaining an answer in words: the path through AWS's decision flowchart, the statements
 * that decided it (and near misses), and one plain-language sentence such as "Denied: the SCP
 * “RegionGuard” attached to OU Workloads explicitly denies it (aws:RequestedRegion is
 * us-east-1; the policy wants StringNotEquals eu-west-1)."
 */
import type {
  ConditionTrace,
  PolicyType,
  SimulationResult,
  StatementTrace,
  Trace,
} from '../../engine/index';
import type { Answer } from './evaluate.ts';
import type { PolicySource } from './resolve.ts';

/** Nodes of the documented evaluation flowchart, in order. */
export const flowNodes = [
  'explicit-deny',
  'rcp',
  'scp',
  'endpoint',
  'resource',
  'identity',
  'pb',
  'session',
] as const;
export type FlowNode = (typeof flowNodes)[number];

/** pass: the check allowed; fail: it stopped the request; skip: it does not apply; off: not reached. */
export type NodeState = 'pass' | 'fail' | 'skip' | 'neutral' | 'off';

export interface FlowPath {
  nodes: Record<FlowNode, NodeState>;
  end: 'allowed' | 'explicitDeny' | 'implicitDeny';
}

const nodeType: Partial<Record<FlowNode, PolicyType>> = {
  rcp: 'rcp',
  scp: 'scp',
  endpoint: 'endpoint',
  resource: 'resource',
  identity: 'identity',
  pb: 'pb',
  session: 'session',
};

/** The path a decision took through the flowchart. */
export function flowPath(result: Extract<SimulationResult, { decision: string }>): FlowPath {
  const trace: Trace = result.trace ?? [];
  const outcome = (step: string) => trace.find((t) => t.step === step)?.outcome ?? 'notPresent';
  const nodes = Object.fromEntries(flowNodes.map((n) => [n, 'off'])) as Record<FlowNode, NodeState>;
  if (result.decision === 'explicitDeny') {
    nodes['explicit-deny'] = 'fail';
    return { nodes, end: 'explicitDeny' };
  }
  nodes['explicit-deny'] = 'pass';
  const sameAccount = trace.some((t) => t.step === 'request' && t.outcome === 'sameAccount');
  const blocked = new Set(result.blockedBy);
  // within one account a missing resource-policy allow only matters if identity allows
  if (sameAccount && blocked.has('identity')) blocked.delete('resource');
  let stopped = false;
  for (const node of flowNodes.slice(1)) {
    const o = outcome(node);
    const type = nodeType[node];
    if (stopped) continue;
    if (o === 'notApplicable' || o === 'notPresent' || o === 'bypassed') nodes[node] = 'skip';
    else if (type && blocked.has(type)) {
      nodes[node] = 'fail';
      stopped = true;
    } else if (o === 'noAllow') nodes[node] = 'neutral';
    else nodes[node] = 'pass';
    // an allow from the resource policy that grants on its own ends the flow early
    if (
      node === 'resource' &&
      result.decision === 'allowed' &&
      o.startsWith('allows:') &&
      outcome('identity') === 'noAllow'
    )
      stopped = true;
  }
  return { nodes, end: result.decision };
}

/** A statement that decided the request, or nearly did, with where it comes from. */
export interface StatementNote {
  source: PolicySource | undefined;
  /** e.g. `identityPolicies[0].Statement[1]` */
  path: string;
  statement: StatementTrace;
  type: PolicyType;
  role: 'allow' | 'deny' | 'nearMiss';
}

/** The source of a statement path (`scps[1][0].Statement[2]` → the SCP's source). */
export function sourceOf(sources: PolicySource[], path: string): PolicySource | undefined {
  return sources.find((s) => path === s.path || path.startsWith(`${s.path}.`));
}

/** Matched statements of every policy in the trace, then allows that failed only on a condition or resource. */
export function statementsThatMattered(trace: Trace, sources: PolicySource[]): StatementNote[] {
  const seen = new Set<string>();
  const out: StatementNote[] = [];
  for (const step of trace)
    for (const p of step.policies ?? [])
      for (const s of p.statements) {
        if (seen.has(s.path)) continue;
        const role = s.matched
          ? s.effect === 'Deny'
            ? 'deny'
            : 'allow'
          : nearMiss(s)
            ? 'nearMiss'
            : null;
        if (!role) continue;
        seen.add(s.path);
        out.push({
          source: sourceOf(sources, s.path),
          path: s.path,
          statement: s,
          type: p.type,
          role,
        });
      }
  const rank = { deny: 0, allow: 1, nearMiss: 2 };
  return out.sort((a, b) => rank[a.role] - rank[b.role]);
}

function nearMiss(s: StatementTrace): boolean {
  return (
    s.effect === 'Allow' &&
    s.action.matched &&
    (s.principal?.matched ?? true) &&
    (!s.resource.matched || s.conditions.some((c) => !c.matched))
  );
}

const quote = (values: string[]) =>
  values.length === 1 ? values[0] : `one of ${values.join(', ')}`;

/** "aws:RequestedRegion is us-east-1; the policy wants StringNotEquals eu-west-1". */
export function conditionWords(c: ConditionTrace): string {
  const has =
    c.contextValue === null
      ? 'is not in the request'
      : `is ${c.contextValue.length ? c.contextValue.join(', ') : 'empty'}`;
  return `${c.key} ${has}; the policy wants ${c.operator} ${quote(c.values)}`;
}

function statementName(s: StatementTrace): string {
  return s.sid ? `statement “${s.sid}”` : `statement ${s.index + 1}`;
}

function where(n: StatementNote): string {
  return `${statementName(n.statement)} of ${n.source?.label ?? n.path.split('.Statement')[0]}`;
}

const blockWords: Record<PolicyType, string> = {
  identity: 'no identity-based policy allows it',
  resource: 'the resource-based policy does not allow this principal',
  pb: 'the permissions boundary does not allow it',
  session: 'the session policy does not allow it',
  scp: 'an SCP level between the organization root and the account allows nothing that matches',
  rcp: 'a resource control policy does not allow it',
  endpoint: 'the VPC endpoint policy does not allow it',
};

/** One plain-language sentence for an answer. */
export function plainSentence(answer: Answer): string {
  const failedStep = answer.outcomes.slice(0, -1).find((o) => !o.allowed);
  if (failedStep) {
    if (failedStep.step.blocked)
      return `Denied before the request is made: ${failedStep.step.blocked}`;
    return `Denied before the request is made: ${failedStep.step.title} fails. ${resultSentence(failedStep.result, failedStep.step.sources)}`;
  }
  const last = answer.outcomes.at(-1);
  return resultSentence(last?.result ?? null, last?.step.sources ?? []);
}

/** The sentence for one evaluated scenario. */
export function resultSentence(result: SimulationResult | null, sources: PolicySource[]): string {
  if (!result) return 'Not evaluated.';
  if ('error' in result) return `IAM would reject this input: ${result.error.message}.`;
  const notes = statementsThatMattered(result.trace ?? [], sources);
  if (result.decision === 'allowed') {
    const allow =
      notes.find((n) => n.role === 'allow' && (n.type === 'identity' || n.type === 'resource')) ??
      notes.find((n) => n.role === 'allow');
    const root = result.trace?.some((t) => t.step === 'identity' && t.outcome === 'rootUser');
    if (allow) return `Allowed: ${where(allow)} allows it, and nothing denies it.`;
    return root ? 'Allowed: the root user has full access to its own account.' : 'Allowed.';
  }
  if (result.decision === 'explicitDeny') {
    const deny = notes.find((n) => n.role === 'deny');
    if (!deny) return 'Denied: an explicit Deny applies.';
    const conds = deny.statement.conditions.map(conditionWords);
    return `Denied: ${where(deny)} explicitly denies it${conds.length ? ` (${conds.join('; ')})` : ''}. An explicit deny overrides every allow.`;
  }
  // within one account a resource policy is optional: the missing identity allow is the story
  const sameAccount = result.trace?.some(
    (t) => t.step === 'request' && t.outcome === 'sameAccount',
  );
  const first =
    sameAccount && result.blockedBy.includes('identity') && result.blockedBy[0] === 'resource'
      ? 'identity'
      : result.blockedBy[0];
  const noResourcePolicy = result.trace?.some(
    (t) => t.step === 'resource' && t.outcome === 'notPresent',
  );
  const base =
    first === 'resource' && noResourcePolicy
      ? 'the resource has no resource-based policy, and this request needs one (it comes from another account, or from outside IAM)'
      : first
        ? blockWords[first]
        : 'nothing allows it';
  const scpDetail =
    first === 'scp' ? result.trace?.find((t) => t.step === 'scp')?.detail : undefined;
  const miss = notes.find((n) => n.role === 'nearMiss' && (!first || n.type === first));
  let tail = '';
  if (miss) {
    const failed = miss.statement.conditions.filter((c) => !c.matched).map(conditionWords);
    tail = miss.statement.resource.matched
      ? ` ${capital(where(miss))} would allow it, but its condition fails: ${failed.join('; ')}.`
      : ` ${capital(where(miss))} allows the action, but on ${quote(miss.statement.resource.patterns)}, not ${miss.statement.resource.value}.`;
  }
  return `Denied (implicitly): ${base}.${scpDetail ? ` ${scpDetail}` : ''}${tail}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The JSON of the statement at a trace path (`scps[1][0].Statement[2]`) in a scenario. */
export function statementAt(scenario: unknown, path: string): unknown {
  const m = /^(.*?)\.Statement(?:\[(\d+)\])?$/.exec(path);
  if (!m?.[1]) return undefined;
  let node: unknown = scenario;
  for (const part of m[1].match(/[A-Za-z]+|\[\d+\]/g) ?? []) {
    if (node === undefined || node === null || typeof node !== 'object') return undefined;
    node = part.startsWith('[')
      ? (node as unknown[])[Number(part.slice(1, -1))]
      : (node as Record<string, unknown>)[part];
  }
  let doc: unknown = node;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return undefined;
    }
  }
  const statements = (doc as { Statement?: unknown } | null)?.Statement;
  if (!Array.isArray(statements))
    return m[2] === undefined || m[2] === '0' ? statements : undefined;
  return statements[Number(m[2] ?? 0)];
}
