/** Simulates scenarios: checks the input, compiles (cached) policies, decides, explains. */
import { splitArn } from './arn';
import type { CompiledScenario } from './decide';
import { decide } from './decide';
import type { PolicyRef, RequestState } from './evaluate';
import { prefixPath } from './path';
import { PolicyCache } from './policyCache';
import type { RequestPrincipal } from './principal';
import { derivedContext, parseRequestPrincipal } from './principal';
import type { CheckedRequest } from './scenario';
import { checkScenarioShape } from './scenario';
import { TraceRecorder } from './trace';
import type { EngineError, PolicyKind, Scenario, SimulationResult } from './types';
import type { ContextMap } from './variables';

/** Options for a simulation. */
export interface SimulateOptions {
  /** Build the step-by-step trace (slower). */
  explain?: boolean;
}

/** A simulator with its own compiled-policy cache. */
export interface Simulator {
  simulate(scenario: unknown, options?: SimulateOptions): SimulationResult;
}

/** Creates a simulator with its own compiled-policy cache. */
export function createSimulator(): Simulator {
  const cache = new PolicyCache();
  return { simulate: (scenario, options) => run(cache, scenario, options ?? {}) };
}

const shared = createSimulator();

/** Evaluates one scenario, caching compiled policies across calls. */
export function simulate(scenario: unknown, options?: SimulateOptions): SimulationResult {
  return shared.simulate(scenario, options);
}

function run(cache: PolicyCache, input: unknown, options: SimulateOptions): SimulationResult {
  const named = (r: SimulationResult): SimulationResult => {
    const name = typeof input === 'object' && input !== null ? (input as Scenario).name : undefined;
    return typeof name === 'string' ? { name, ...r } : r;
  };
  const failed = (errors: EngineError[]): SimulationResult =>
    named({ error: errors[0] as EngineError, ...(errors.length > 1 ? { errors } : {}) });

  const { scenario, errors } = checkScenarioShape(input);
  if (!scenario) return failed(errors);
  const principal = parseRequestPrincipal(
    scenario.request.principal,
    scenario.request.sessionIssuer,
  );
  if ('error' in principal) {
    return failed([
      { code: 'invalid-request', message: principal.error, path: 'request.principal' },
    ]);
  }

  const problems: EngineError[] = [];
  const ref = (
    doc: unknown,
    kind: PolicyKind,
    path: string,
    index: number,
  ): PolicyRef | undefined => {
    const checked = cache.get(doc, kind);
    if (!checked.compiled) {
      for (const e of checked.errors) problems.push({ ...e, path: prefixPath(path, e.path) });
      return undefined;
    }
    const id = checked.compiled.policy.id;
    return { compiled: checked.compiled, index, path, label: id ? `${path} (${id})` : path };
  };
  const list = (docs: unknown[] | undefined, kind: PolicyKind, path: string): PolicyRef[] =>
    (docs ?? []).flatMap((d, i) => ref(d, kind, `${path}[${i}]`, i) ?? []);

  const action = scenario.request.action;
  const resourceKind: PolicyKind = /^sts:assumerole/i.test(action) ? 'trust' : 'resource';
  const sc: Omit<CompiledScenario, 'request' | 'resourceAccount'> = {
    identity: list(scenario.identityPolicies, 'identity', 'identityPolicies'),
    endpoints: list(scenario.endpointPolicies, 'endpoint', 'endpointPolicies'),
  };
  const single = (doc: unknown, kind: PolicyKind, path: string): PolicyRef | undefined =>
    doc === undefined || doc === null ? undefined : ref(doc, kind, path, 0);
  const resource = single(scenario.resourcePolicy, resourceKind, 'resourcePolicy');
  const boundary = single(scenario.permissionBoundary, 'pb', 'permissionBoundary');
  const session = single(scenario.sessionPolicy, 'session', 'sessionPolicy');
  if (resource) sc.resource = resource;
  if (boundary) sc.boundary = boundary;
  if (session) sc.session = session;
  if (scenario.scps) sc.scps = scenario.scps.map((level, l) => list(level, 'scp', `scps[${l}]`));
  if (scenario.rcps) sc.rcps = scenario.rcps.map((level, l) => list(level, 'rcp', `rcps[${l}]`));
  const mgmt = scenario.organization?.managementAccount;
  if (mgmt !== undefined) sc.managementAccount = mgmt;
  if (problems.length > 0) return failed(problems);

  const request = requestState(scenario.request, principal, boundary !== undefined);
  const arnAccount = request.arn?.[4];
  const resourceAccount =
    scenario.request.resourceAccount ??
    (arnAccount && /^\d{12}$/.test(arnAccount) ? arnAccount : principal.account);
  const compiled: CompiledScenario = { ...sc, request, resourceAccount };
  const trace = options.explain ? new TraceRecorder() : null;
  const { decision, blockedBy } = decide(compiled, trace);
  return named(trace ? { decision, blockedBy, trace: trace.steps } : { decision, blockedBy });
}

function requestState(
  r: CheckedRequest,
  principal: RequestPrincipal,
  hasBoundary: boolean,
): RequestState {
  const context: ContextMap = new Map();
  for (const [key, value] of Object.entries(r.context)) {
    context.set(key.toLowerCase(), typeof value === 'string' ? [value] : value);
  }
  // AWS adds these from the principal; a value given in the request always wins.
  for (const [key, value] of Object.entries(derivedContext(principal))) {
    const lower = key.toLowerCase();
    if (!context.has(lower)) context.set(lower, [value]);
  }
  return {
    action: r.action,
    actionLower: r.action.toLowerCase(),
    resource: r.resource,
    arn: splitArn(r.resource),
    principal,
    context,
    hasBoundary,
  };
}
