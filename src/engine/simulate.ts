/** Simulates scenarios: checks the input, compiles (cached) policies, decides, explains. */
import { splitArn } from './arn';
import type { CompiledScenario, DecisionResult } from './decide';
import { decide, isTrustAction } from './decide';
import type { RequestState } from './evaluate';
import { PolicyCache } from './policyCache';
import { PolicySet } from './policySet';
import type { RequestPrincipal } from './principal';
import { requestPrincipal } from './principal';
import type { CheckedScenario } from './scenario';
import { checkScenarioShape, validAction } from './scenario';
import { TraceRecorder } from './trace';
import type { EngineError, PolicyKind, PolicyType, Scenario, SimulationResult } from './types';

/** Options for a simulation. */
export interface SimulateOptions {
  /** Build the step-by-step trace (slower). */
  explain?: boolean;
}

/** A simulator with its own compiled-policy cache. */
export interface Simulator {
  simulate(scenario: unknown, options?: SimulateOptions): SimulationResult;
  /**
   * Decides one scenario's policies for many actions (and resources): the scenario is checked
   * and its policies compiled once, then each query costs only the decision. Results are in
   * query order; the scenario's own request.action is not evaluated unless listed.
   */
  simulateActions(
    scenario: unknown,
    queries: readonly (string | ActionQuery)[],
    options?: SimulateOptions,
  ): SimulationResult[];
}

/** Creates a simulator with its own compiled-policy cache. */
export function createSimulator(): Simulator {
  const cache = new PolicyCache();
  return {
    simulate: (scenario, options) => run(cache, scenario, options?.explain === true),
    simulateActions: (scenario, queries, options) =>
      runMany(cache, scenario, queries, options?.explain === true),
  };
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

/** A resource policy is read as a role trust policy for sts:AssumeRole* and the like. */
const resourceKind = (actionLower: string): PolicyKind =>
  isTrustAction(actionLower) ? 'trust' : 'resource';

/** A scenario checked and compiled once, ready to decide many actions and resources. */
/** A scenario checked and compiled once; the policy sets are those a decision reads. */
interface Prepared extends Pick<
  CompiledScenario,
  'identity' | 'boundary' | 'session' | 'endpoints' | 'scps' | 'rcps'
> {
  input: unknown;
  scenario: CheckedScenario;
  principal: RequestPrincipal;
  cache: PolicyCache;
  /** The resource policy compiled as a 'trust' or a 'resource' policy (it depends on the action). */
  resource: Map<PolicyKind, { set: PolicySet | undefined; errors: EngineError[] }>;
  /** Errors in the identity policies, and in the fields after the resource policy. */
  identityErrors: EngineError[];
  otherErrors: EngineError[];
  /** The last resource decided, split, and its account (queries often share one resource). */
  lastResource: string | undefined;
  lastArn: string[] | null;
  lastAccount: string | undefined;
  /** simulateActions' results: one frozen object per distinct decision, shared by queries. */
  results: Map<DecisionResult, SimulationResult>;
  /** The request object simulateActions rewrites for each query. */
  reused?: CompiledScenario;
}

/** Checks the scenario's shape and compiles every policy except the resource policy. */
function prepare(cache: PolicyCache, input: unknown): Prepared | SimulationResult {
  const scenario = checkScenarioShape(input);
  if ('errors' in scenario) return failed(input, scenario.errors);
  const request = scenario.request;
  const principal = requestPrincipal(request.principal, request.sessionIssuer);
  if ('error' in principal) {
    return failed(input, [
      { code: 'invalid-request', message: principal.error, path: 'request.principal' },
    ]);
  }
  const identityFields = new Fields(cache);
  const identity = identityFields.list(scenario.identityPolicies, 'identity', 'identityPolicies');
  const f = new Fields(cache);
  const prepared: Prepared = {
    input,
    scenario,
    principal,
    cache,
    resource: new Map(),
    identityErrors: identityFields.errors,
    otherErrors: f.errors,
    identity,
    boundary: f.single(scenario.permissionBoundary, 'pb', 'permissionBoundary'),
    session: f.single(scenario.sessionPolicy, 'session', 'sessionPolicy'),
    endpoints: f.endpoints(scenario.endpointPolicies),
    scps: f.levels(scenario.scps, 'scp', 'scps'),
    rcps: f.levels(scenario.rcps, 'rcp', 'rcps'),
    lastResource: undefined,
    lastArn: null,
    lastAccount: undefined,
    results: new Map(),
  };
  // AWS adds these from the principal; a value given in the request always wins.
  const context = request.context;
  for (const [key, value] of principal.derived ?? []) {
    if (!context.has(key)) context.set(key, [value]);
  }
  return prepared;
}

/** Decides the prepared scenario for one action and resource (the request's own, or others). */
function decideFor(
  p: Prepared,
  action: string,
  resourceArn: string,
  explain: boolean,
  shared = false,
): SimulationResult {
  const { scenario, principal } = p;
  const request = scenario.request;
  const actionLower = action.toLowerCase();
  const kind = resourceKind(actionLower);
  let resourceField = p.resource.get(kind);
  if (resourceField === undefined) {
    const f = new Fields(p.cache);
    resourceField = {
      set: f.single(scenario.resourcePolicy, kind, 'resourcePolicy'),
      errors: f.errors,
    };
    p.resource.set(kind, resourceField);
  }
  const resource = resourceField.set;
  if (p.identityErrors.length + resourceField.errors.length + p.otherErrors.length > 0) {
    // In field order, as the scenario lists them.
    return failed(p.input, [...p.identityErrors, ...resourceField.errors, ...p.otherErrors]);
  }

  if (resourceArn !== p.lastResource) {
    const arn = splitArn(resourceArn);
    const arnAccount = arn?.[4];
    p.lastResource = resourceArn;
    p.lastArn = arn;
    p.lastAccount =
      request.resourceAccount ??
      (arnAccount !== undefined && ACCOUNT_ID.test(arnAccount) ? arnAccount : principal.account);
  }
  const service = actionLower.slice(0, actionLower.indexOf(':'));
  let compiled: CompiledScenario;
  if (shared && p.reused !== undefined) {
    // simulateActions: decide keeps nothing, so one request object serves every query.
    compiled = p.reused;
    const state = compiled.request;
    state.action = action;
    state.actionLower = actionLower;
    state.service = service;
    state.resource = resourceArn;
    state.arn = p.lastArn;
    compiled.resource = resource;
    compiled.resourceAccount = p.lastAccount;
  } else {
    const state: RequestState = {
      action,
      actionLower,
      service,
      resource: resourceArn,
      arn: p.lastArn,
      principal,
      context: request.context,
      hasBoundary: p.boundary !== undefined,
    };
    compiled = {
      request: state,
      resourceAccount: p.lastAccount,
      identity: p.identity,
      resource,
      boundary: p.boundary,
      session: p.session,
      endpoints: p.endpoints,
      scps: p.scps,
      rcps: p.rcps,
      managementAccount: scenario.managementAccount,
    };
    if (shared) p.reused = compiled;
  }
  if (shared) {
    const result = decide(compiled, null);
    let out = p.results.get(result);
    if (out === undefined) {
      const { decision, blockedBy } = result;
      const name = scenario.name;
      out = Object.freeze(
        name !== undefined
          ? { name, decision, blockedBy: blockedBy as PolicyType[] }
          : { decision, blockedBy: blockedBy as PolicyType[] },
      );
      p.results.set(result, out);
    }
    return out;
  }
  const trace = explain ? new TraceRecorder() : null;
  const result = decide(compiled, trace);
  const decision = result.decision;
  const blockedBy = [...result.blockedBy];
  const name = scenario.name;
  if (name !== undefined) {
    return trace
      ? { name, decision, blockedBy, trace: trace.steps }
      : { name, decision, blockedBy };
  }
  return trace ? { decision, blockedBy, trace: trace.steps } : { decision, blockedBy };
}

function run(cache: PolicyCache, input: unknown, explain: boolean): SimulationResult {
  const prepared = prepare(cache, input);
  if (!('scenario' in prepared)) return prepared;
  const request = prepared.scenario.request;
  return decideFor(prepared, request.action, request.resource, explain);
}

/** One action (and optionally another resource) to decide with a scenario's policies. */
export interface ActionQuery {
  action: string;
  /** Defaults to the scenario request's resource. */
  resource?: string;
}

function runMany(
  cache: PolicyCache,
  input: unknown,
  queries: readonly (string | ActionQuery)[],
  explain: boolean,
): SimulationResult[] {
  const prepared = prepare(cache, input);
  if (!('scenario' in prepared)) return queries.map(() => prepared);
  const defaultResource = prepared.scenario.request.resource;
  const out: SimulationResult[] = new Array<SimulationResult>(queries.length);
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i] as string | ActionQuery;
    const action = typeof q === 'string' ? q : q.action;
    const resource = typeof q === 'string' ? defaultResource : (q.resource ?? defaultResource);
    const bad = checkQuery(action, resource, i);
    out[i] = bad ? failed(input, [bad]) : decideFor(prepared, action, resource, explain, !explain);
  }
  return out;
}

function checkQuery(action: unknown, resource: unknown, i: number): EngineError | undefined {
  if (typeof action !== 'string' || !validAction(action)) {
    return {
      code: 'invalid-request',
      message: `queries[${i}].action must be service:Action, e.g. s3:GetObject`,
      path: `queries[${i}].action`,
    };
  }
  if (typeof resource !== 'string' || resource === '') {
    return {
      code: 'invalid-request',
      message: `queries[${i}].resource must be a non-empty string`,
      path: `queries[${i}].resource`,
    };
  }
  return undefined;
}
