import type { Scenario } from '../../engine/index';

/** Where a policy applies in the scenario (scenario-format field names). */
export const policySlots = [
  'identity',
  'resource',
  'pb',
  'session',
  'endpoint',
  'scp',
  'rcp',
] as const;
export type PolicySlot = (typeof policySlots)[number];

export const slotLabels: Record<PolicySlot, string> = {
  identity: 'Identity-based policy',
  resource: 'Resource-based policy',
  pb: 'Permissions boundary',
  session: 'Session policy',
  endpoint: 'VPC endpoint policy',
  scp: 'Service control policy (SCP)',
  rcp: 'Resource control policy (RCP)',
};

export const levelLabels = ['organization root', 'OU', 'account'] as const;

export interface WorkbenchPolicy {
  id: string;
  slot: PolicySlot;
  /** SCP/RCP level: 0 root, 1 OU, 2 account */
  level: number;
  text: string;
}

export interface Workbench {
  name: string;
  principal: string;
  action: string;
  resource: string;
  resourceAccount: string;
  contextText: string;
  managementAccount: string;
  policies: WorkbenchPolicy[];
}

export interface WorkbenchProblem {
  where: string;
  message: string;
}

let counter = 0;
export const newPolicyId = () => `p${Date.now().toString(36)}${(counter++).toString(36)}`;

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** Opens a scenario (from a lesson, a question or a file) for editing. */
export function scenarioToWorkbench(s: Partial<Scenario> & { name?: string }): Workbench {
  const policies: WorkbenchPolicy[] = [];
  const add = (slot: PolicySlot, doc: unknown, level = 0) =>
    policies.push({ id: newPolicyId(), slot, level, text: pretty(doc) });
  for (const doc of s.identityPolicies ?? []) add('identity', doc);
  if (s.resourcePolicy !== undefined) add('resource', s.resourcePolicy);
  if (s.permissionBoundary !== undefined) add('pb', s.permissionBoundary);
  if (s.sessionPolicy !== undefined) add('session', s.sessionPolicy);
  for (const doc of s.endpointPolicies ?? []) add('endpoint', doc);
  (s.scps ?? []).forEach((level, i) => level.forEach((doc) => add('scp', doc, i)));
  (s.rcps ?? []).forEach((level, i) => level.forEach((doc) => add('rcp', doc, i)));
  const r = s.request;
  return {
    name: s.name ?? 'Untitled experiment',
    principal: r?.principal ?? '',
    action: r?.action ?? '',
    resource: r?.resource ?? '',
    resourceAccount: r?.resourceAccount ?? '',
    contextText: r?.context ? pretty(r.context) : '{}',
    managementAccount: s.organization?.managementAccount ?? '',
    policies,
  };
}

/** Parses JSON, reporting the line and column of a syntax error. */
function parseJson(text: string, where: string, problems: WorkbenchProblem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    let at = '';
    if (pos?.[1]) {
      const before = text.slice(0, Number(pos[1])).split('\n');
      at = ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    }
    problems.push({ where, message: `not valid JSON${at}: ${message}` });
    return undefined;
  }
}

/** Builds the scenario the engine evaluates; JSON errors are reported, not thrown. */
export function workbenchToScenario(w: Workbench): {
  scenario: Scenario | null;
  problems: WorkbenchProblem[];
} {
  const problems: WorkbenchProblem[] = [];
  const context = parseJson(w.contextText.trim() || '{}', 'Request context', problems);
  const scenario: Scenario = {
    name: w.name,
    request: {
      principal: w.principal.trim(),
      action: w.action.trim(),
      resource: w.resource.trim(),
    },
  };
  if (w.resourceAccount.trim()) scenario.request.resourceAccount = w.resourceAccount.trim();
  if (context && typeof context === 'object' && !Array.isArray(context))
    scenario.request.context = context as Record<string, string | string[]>;
  else if (context !== undefined)
    problems.push({ where: 'Request context', message: 'must be a JSON object' });
  const docs = (slot: PolicySlot) =>
    w.policies
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.slot === slot)
      .map(({ p, i }) => ({
        level: p.level,
        doc: parseJson(p.text, `Policy ${i + 1} (${slotLabels[slot]})`, problems),
      }));
  const identity = docs('identity');
  scenario.identityPolicies = identity.map((d) => d.doc);
  const single = (slot: PolicySlot) => {
    const list = docs(slot);
    if (list.length > 1)
      problems.push({ where: slotLabels[slot], message: 'only one can apply to a request' });
    return list[0]?.doc;
  };
  const resource = single('resource');
  if (resource !== undefined) scenario.resourcePolicy = resource;
  const pb = single('pb');
  if (pb !== undefined) scenario.permissionBoundary = pb;
  const session = single('session');
  if (session !== undefined) scenario.sessionPolicy = session;
  const endpoint = docs('endpoint');
  if (endpoint.length) scenario.endpointPolicies = endpoint.map((d) => d.doc);
  for (const slot of ['scp', 'rcp'] as const) {
    const list = docs(slot);
    if (!list.length) continue;
    const depth = Math.max(...list.map((d) => d.level)) + 1;
    scenario[`${slot}s`] = Array.from({ length: depth }, (_, level) =>
      list.filter((d) => d.level === level).map((d) => d.doc),
    );
  }
  if (w.managementAccount.trim())
    scenario.organization = { managementAccount: w.managementAccount.trim() };
  return { scenario: problems.length ? null : scenario, problems };
}
