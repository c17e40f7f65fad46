/**
 * Scenario files and scenario shape checks (shared/spec/scenario-format.md): a file holds one
 * scenario, an array, or a bench wrapper `{recipe, defaults, scenarios}` whose scenarios are
 * shallow-merged over the defaults.
 */
import type { EngineError, Scenario } from './types';
import type { ContextMap } from './variables';
import { describe, isObject } from './validateValues';

/** A file's JSON -> scenarios. Throws when the JSON is none of the three shapes. */
export function readScenarioFile(json: unknown): Scenario[] {
  if (Array.isArray(json)) return json as Scenario[];
  if (isObject(json) && Array.isArray(json['scenarios'])) {
    const defaults = isObject(json['defaults']) ? json['defaults'] : {};
    return (json['scenarios'] as unknown[]).map((s) =>
      // Object.assign, not spread: V8 reads spread-built objects far more slowly.
      isObject(s) ? (Object.assign({}, defaults, s) as unknown as Scenario) : (s as Scenario),
    );
  }
  if (isObject(json)) return [json as unknown as Scenario];
  throw new Error(
    `A scenario file must hold a scenario, an array of scenarios or {defaults, scenarios}, found ${describe(json)}`,
  );
}

/** A checked request, with its context keyed by lower-cased key (key names are case-insensitive). */
export interface CheckedRequest {
  principal: string;
  action: string;
  resource: string;
  resourceAccount: string | undefined;
  sessionIssuer: string | undefined;
  context: ContextMap;
}

/** `service:Action`: one colon with text on both sides and no white space. */
export function validAction(action: string): boolean {
  const colon = action.indexOf(':');
  if (colon <= 0 || colon === action.length - 1 || action.indexOf(':', colon + 1) >= 0)
    return false;
  for (let i = 0; i < action.length; i++) {
    const c = action.charCodeAt(i);
    // White space: ASCII controls and space, NBSP, and the Unicode space separators.
    if (c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return false;
    if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) return false;
    if (c === 0xfeff) return false;
  }
  return true;
}
const ACCOUNT = /^\d{12}$/;

// Input objects are read with for-in rather than by name: V8 reads objects built by spreading
// (`{ ...template, request }`, common in callers) an order of magnitude more slowly by name.

function scenarioFields(value: Record<string, unknown>) {
  const f = {
    name: undefined as unknown,
    request: undefined as unknown,
    identityPolicies: undefined as unknown,
    resourcePolicy: undefined as unknown,
    permissionBoundary: undefined as unknown,
    sessionPolicy: undefined as unknown,
    endpointPolicies: undefined as unknown,
    scps: undefined as unknown,
    rcps: undefined as unknown,
    organization: undefined as unknown,
  };
  for (const key in value) {
    switch (key) {
      case 'name':
      case 'request':
      case 'identityPolicies':
      case 'resourcePolicy':
      case 'permissionBoundary':
      case 'sessionPolicy':
      case 'endpointPolicies':
      case 'scps':
      case 'rcps':
      case 'organization':
        f[key] = value[key];
    }
  }
  return f;
}

function requestFields(value: Record<string, unknown>) {
  const f = {
    principal: undefined as unknown,
    action: undefined as unknown,
    resource: undefined as unknown,
    resourceAccount: undefined as unknown,
    sessionIssuer: undefined as unknown,
    context: undefined as unknown,
  };
  for (const key in value) {
    switch (key) {
      case 'principal':
      case 'action':
      case 'resource':
      case 'resourceAccount':
      case 'sessionIssuer':
      case 'context':
        f[key] = value[key];
    }
  }
  return f;
}

/** A scenario whose shape was checked, its fields read once. */
export interface CheckedScenario {
  name: string | undefined;
  request: CheckedRequest;
  identityPolicies: unknown[] | undefined;
  resourcePolicy: unknown;
  permissionBoundary: unknown;
  sessionPolicy: unknown;
  endpointPolicies: unknown[] | undefined;
  scps: unknown[][] | undefined;
  rcps: unknown[][] | undefined;
  managementAccount: string | undefined;
}

function listField(value: unknown, field: string, errors: EngineError[]): unknown[] | undefined {
  if (value === undefined || Array.isArray(value)) return value;
  errors.push({
    code: 'wrong-type',
    message: `${field} must be a list of policy documents`,
    path: field,
  });
  return undefined;
}

function levelsField(
  value: unknown,
  field: string,
  errors: EngineError[],
): unknown[][] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((level) => Array.isArray(level)))
    return value as unknown[][];
  errors.push({
    code: 'wrong-type',
    message: `${field} must be a list of levels (root first), each a list of policy documents`,
    path: field,
  });
  return undefined;
}

function managementAccount(org: unknown, errors: EngineError[]): string | undefined {
  if (org === undefined) return undefined;
  const mgmt = isObject(org) ? org['managementAccount'] : undefined;
  if (isObject(org) && (mgmt === undefined || (typeof mgmt === 'string' && ACCOUNT.test(mgmt)))) {
    return mgmt;
  }
  errors.push({
    code: 'wrong-type',
    message: 'organization must be {"managementAccount": "<12-digit account id>"}',
    path: 'organization',
  });
  return undefined;
}

/** Checks the scenario's shape (not its policies); errors carry scenario paths. */
export function checkScenarioShape(value: unknown): CheckedScenario | { errors: EngineError[] } {
  const errors: EngineError[] = [];
  if (!isObject(value)) {
    errors.push({
      code: 'scenario-not-object',
      message: `A scenario must be an object, found ${describe(value)}`,
      path: '',
    });
    return { errors };
  }
  const v = scenarioFields(value);
  const request = checkRequest(v.request, errors);
  const name = v.name;
  const identityPolicies = listField(v.identityPolicies, 'identityPolicies', errors);
  const endpointPolicies = listField(v.endpointPolicies, 'endpointPolicies', errors);
  const scps = levelsField(v.scps, 'scps', errors);
  const rcps = levelsField(v.rcps, 'rcps', errors);
  const mgmt = managementAccount(v.organization, errors);
  if (errors.length > 0 || !request) return { errors };
  return {
    name: typeof name === 'string' ? name : undefined,
    request,
    identityPolicies,
    resourcePolicy: v.resourcePolicy,
    permissionBoundary: v.permissionBoundary,
    sessionPolicy: v.sessionPolicy,
    endpointPolicies,
    scps,
    rcps,
    managementAccount: mgmt,
  };
}

function requestString(
  v: unknown,
  key: string,
  required: boolean,
  errors: EngineError[],
): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (v === undefined && !required) return undefined;
  errors.push({
    code: 'invalid-request',
    message: `request.${key} must be a non-empty string, found ${describe(v)}`,
    path: `request.${key}`,
  });
  return undefined;
}

const LOWER = new Map<string, string>();

/** Context key names are case-insensitive; keys repeat across requests, so memoise. */
function lowerKey(key: string): string {
  let lower = LOWER.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (LOWER.size >= 4096) LOWER.clear();
    LOWER.set(key, lower);
  }
  return lower;
}

function scalar(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return undefined;
}

function checkRequest(value: unknown, errors: EngineError[]): CheckedRequest | undefined {
  if (!isObject(value)) {
    errors.push({
      code: 'missing-request',
      message: 'A scenario needs a request: {principal, action, resource}',
      path: 'request',
    });
    return undefined;
  }
  const before = errors.length;
  const r = requestFields(value);
  const principal = requestString(r.principal, 'principal', true, errors);
  const action = requestString(r.action, 'action', true, errors);
  const resource = requestString(r.resource, 'resource', true, errors);
  const resourceAccount = requestString(r.resourceAccount, 'resourceAccount', false, errors);
  const sessionIssuer = requestString(r.sessionIssuer, 'sessionIssuer', false, errors);
  if (action !== undefined && !validAction(action)) {
    errors.push({
      code: 'invalid-request',
      message: `request.action '${action}' must be service:Action, e.g. s3:GetObject`,
      path: 'request.action',
    });
  }
  if (resourceAccount !== undefined && !ACCOUNT.test(resourceAccount)) {
    errors.push({
      code: 'invalid-request',
      message: `request.resourceAccount must be a 12-digit account id, found '${resourceAccount}'`,
      path: 'request.resourceAccount',
    });
  }
  const context: ContextMap = new Map();
  const raw = r.context;
  if (raw !== undefined && !isObject(raw)) {
    errors.push({
      code: 'invalid-request',
      message: 'request.context must be an object',
      path: 'request.context',
    });
  } else if (raw) {
    for (const key in raw) {
      const v = raw[key];
      const one = typeof v === 'string' ? v : scalar(v);
      if (one !== undefined) {
        context.set(lowerKey(key), [one]);
      } else if (Array.isArray(v) && v.every((x) => scalar(x) !== undefined)) {
        context.set(
          lowerKey(key),
          v.every((x) => typeof x === 'string')
            ? (v as string[])
            : v.map((x) => scalar(x) as string),
        );
      } else {
        errors.push({
          code: 'invalid-request',
          message: `Context value of ${key} must be a string or a list of strings, found ${describe(v)}`,
          path: `request.context[${JSON.stringify(key)}]`,
        });
      }
    }
  }
  if (errors.length > before || !principal || !action || !resource) return undefined;
  return { principal, action, resource, resourceAccount, sessionIssuer, context };
}
