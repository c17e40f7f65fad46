/** Simulates scenarios: checks the input, compiles (cached) policies, decides, explains. */
import { splitArn } from './arn';
import type { CompiledScenario } from './decide';
import { decide, isTrustAction } from './decide';
import type { RequestState } from './evaluate';
import { PolicyCache } from './policyCache';
import { PolicySet } from './policySet';
import type { RequestPrincipal } from './principal';
import { requestPrincipal } from './principal';
import type { CheckedRequest } from './scenario';
import { checkScenarioShape } from './scenario';
import { TraceRecorder } from './trace';
import type { EngineError, PolicyKind, Scenario, SimulationResult } from './types';

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
  return { simulate: (scenario, options) => run(cache, scenario, options?.explain === true) };
}

const shared = createSimulator();

/** Evaluates one scenario, caching compiled policies across calls. */
export function simulate(scenario: unknown, options?: SimulateOptions): SimulationResult {
  return shared.simulate(scenario, options);
}

function named(input: unknown, result: SimulationResult): SimulationResult {
  const name = typeof input === 'object' && input !== null ? (input as Scenario).name : undefined;
  return typeof name === 'string' ? { name, ...result } : result;
}

function failed(input: unknown, errors: EngineError[]): SimulationResult {
  return named(input, {
    error: errors[0] as EngineError,
    ...(errors.length > 1 ? { errors } : {}),
  });
}

/** Looks up (compiles on first use) each field's policies and gathers their errors. */
class Fields {
  readonly errors: EngineError[] = [];
  constructor(private readonly cache: PolicyCache) {}

  list(docs: unknown[] | undefined, kind: PolicyKind, path: string): PolicySet {
    return docs === undefined ? EMPTY : this.take(this.cache.set(docs, false, kind, path));
  }

  single(doc: unknown, kind: PolicyKind, path: string): PolicySet | undefined {
    if (doc === undefined || doc === null) return undefined;
    return this.take(this.cache.set(doc, true, kind, path));
  }

  levels(
    levels: unknown[][] | undefined,
    kind: PolicyKind,
    field: string,
  ): PolicySet[] | undefined {
    if (levels === undefined) return undefined;
    const out: PolicySet[] = [];
    for (let l = 0; l < levels.length; l++) out.push(this.list(levels[l], kind, indexed(field, l)));
    return out;
  }

  endpoints(docs: unknown[] | undefined): PolicySet[] {
    const out: PolicySet[] = [];
    // Each endpoint policy must allow on its own, so each is its own set.
    for (let i = 0; i < (docs?.length ?? 0); i++) {
      const set = this.single(docs?.[i], 'endpoint', indexed('endpointPolicies', i));
      if (set) out.push(set);
    }
    return out;
  }

  private take(set: PolicySet): PolicySet {
    for (const e of set.errors) this.errors.push(e);
    return set;
  }
}

const EMPTY = new PolicySet();
const INDEXED = new Map<string, string[]>();

/** `field[i]`, built once per field and index (it keys the policy-set cache). */
function indexed(field: string, i: number): string {
  let paths = INDEXED.get(field);
  if (!paths) {
    paths = [];
    INDEXED.set(field, paths);
  }
  return (paths[i] ??= `${field}[${i}]`);
}
const ACCOUNT_ID = /^\d{12}$/;

function run(cache: PolicyCache, input: unknown, explain: boolean): SimulationResult {
  const scenario = checkScenarioShape(input);
  if ('errors' in scenario) return failed(input, scenario.errors);
  const request = scenario.request;
  const principal = requestPrincipal(request.principal, request.sessionIssuer);
  if ('error' in principal) {
    return failed(input, [
      { code: 'invalid-request', message: principal.error, path: 'request.principal' },
    ]);
  }

  const actionLower = request.action.toLowerCase();
  const f = new Fields(cache);
  const identity = f.list(scenario.identityPolicies, 'identity', 'identityPolicies');
  const resource = f.single(
    scenario.resourcePolicy,
    isTrustAction(actionLower) ? 'trust' : 'resource',
    'resourcePolicy',
  );
  const boundary = f.single(scenario.permissionBoundary, 'pb', 'permissionBoundary');
  const session = f.single(scenario.sessionPolicy, 'session', 'sessionPolicy');
  const endpoints = f.endpoints(scenario.endpointPolicies);
  const scps = f.levels(scenario.scps, 'scp', 'scps');
  const rcps = f.levels(scenario.rcps, 'rcp', 'rcps');
  if (f.errors.length > 0) return failed(input, f.errors);

  const state = requestState(request, actionLower, principal, boundary !== undefined);
  const arnAccount = state.arn?.[4];
  const compiled: CompiledScenario = {
    request: state,
    resourceAccount:
      request.resourceAccount ??
      (arnAccount !== undefined && ACCOUNT_ID.test(arnAccount) ? arnAccount : principal.account),
    identity,
    resource,
    boundary,
    session,
    endpoints,
    scps,
    rcps,
    managementAccount: scenario.managementAccount,
  };
  const trace = explain ? new TraceRecorder() : null;
  const { decision, blockedBy } = decide(compiled, trace);
  const name = scenario.name;
  if (name !== undefined) {
    return trace
      ? { name, decision, blockedBy, trace: trace.steps }
      : { name, decision, blockedBy };
  }
  return trace ? { decision, blockedBy, trace: trace.steps } : { decision, blockedBy };
}

function requestState(
  r: CheckedRequest,
  actionLower: string,
  principal: RequestPrincipal,
  hasBoundary: boolean,
): RequestState {
  const context = r.context;
  // AWS adds these from the principal; a value given in the request always wins.
  for (const [key, value] of principal.derived ?? []) {
    if (!context.has(key)) context.set(key, [value]);
  }
  return {
    action: r.action,
    actionLower,
    resource: r.resource,
    arn: splitArn(r.resource),
    principal,
    context,
    hasBoundary,
  };
}
