/**
 * Scenario files and scenario shape checks (shared/spec/scenario-format.md): a file holds one
 * scenario, an array, or a bench wrapper `{recipe, defaults, scenarios}` whose scenarios are
 * shallow-merged over the defaults.
 */
import type { ContextValue, EngineError, Request, Scenario } from './types';
import { describe, isObject } from './validateValues';

/** A file's JSON -> scenarios. Throws when the JSON is none of the three shapes. */
export function readScenarioFile(json: unknown): Scenario[] {
  if (Array.isArray(json)) return json as Scenario[];
  if (isObject(json) && Array.isArray(json['scenarios'])) {
    const defaults = isObject(json['defaults']) ? json['defaults'] : {};
    return (json['scenarios'] as unknown[]).map((s) =>
      isObject(s) ? ({ ...defaults, ...s } as unknown as Scenario) : (s as Scenario),
    );
  }
  if (isObject(json)) return [json as unknown as Scenario];
  throw new Error(
    `A scenario file must hold a scenario, an array of scenarios or {defaults, scenarios}, found ${describe(json)}`,
  );
}

/** The checked shape of a scenario's request. */
export interface CheckedRequest extends Request {
  context: Record<string, ContextValue>;
}

const LIST_FIELDS = ['identityPolicies', 'endpointPolicies'] as const;
const LEVEL_FIELDS = ['scps', 'rcps'] as const;

/** Checks the scenario's shape (not its policies); returns errors with scenario paths. */
export function checkScenarioShape(value: unknown): {
  scenario?: Scenario & { request: CheckedRequest };
  errors: EngineError[];
} {
  const errors: EngineError[] = [];
  if (!isObject(value)) {
    return {
      errors: [
        {
          code: 'scenario-not-object',
          message: `A scenario must be an object, found ${describe(value)}`,
          path: '',
        },
      ],
    };
  }
  const request = checkRequest(value['request'], errors);
  for (const field of LIST_FIELDS) {
    const v = value[field];
    if (v !== undefined && !Array.isArray(v)) {
      errors.push({
        code: 'wrong-type',
        message: `${field} must be a list of policy documents`,
        path: field,
      });
    }
  }
  for (const field of LEVEL_FIELDS) {
    const v = value[field];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((level) => !Array.isArray(level))) {
      errors.push({
        code: 'wrong-type',
        message: `${field} must be a list of levels (root first), each a list of policy documents`,
        path: field,
      });
    }
  }
  const org = value['organization'];
  if (org !== undefined) {
    const mgmt = isObject(org) ? org['managementAccount'] : undefined;
    if (
      !isObject(org) ||
      (mgmt !== undefined && (typeof mgmt !== 'string' || !/^\d{12}$/.test(mgmt)))
    ) {
      errors.push({
        code: 'wrong-type',
        message: 'organization must be {"managementAccount": "<12-digit account id>"}',
        path: 'organization',
      });
    }
  }
  if (errors.length > 0 || !request) return { errors };
  return { scenario: { ...(value as unknown as Scenario), request }, errors };
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
  const str = (key: string, required: boolean): string | undefined => {
    const v = value[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v === '') {
      errors.push({
        code: 'invalid-request',
        message: `request.${key} must be a non-empty string, found ${describe(v)}`,
        path: `request.${key}`,
      });
      return undefined;
    }
    return v;
  };
  const principal = str('principal', true);
  const action = str('action', true);
  const resource = str('resource', true);
  const resourceAccount = str('resourceAccount', false);
  const sessionIssuer = str('sessionIssuer', false);
  if (action !== undefined && !/^[^:\s]+:[^:\s]+$/.test(action)) {
    errors.push({
      code: 'invalid-request',
      message: `request.action '${action}' must be service:Action, e.g. s3:GetObject`,
      path: 'request.action',
    });
  }
  if (resourceAccount !== undefined && !/^\d{12}$/.test(resourceAccount)) {
    errors.push({
      code: 'invalid-request',
      message: `request.resourceAccount must be a 12-digit account id, found '${resourceAccount}'`,
      path: 'request.resourceAccount',
    });
  }
  const context: Record<string, ContextValue> = {};
  const raw = value['context'];
  if (raw !== undefined && !isObject(raw)) {
    errors.push({
      code: 'invalid-request',
      message: 'request.context must be an object',
      path: 'request.context',
    });
  } else if (raw) {
    for (const [key, v] of Object.entries(raw)) {
      const scalar = (x: unknown): string | undefined =>
        typeof x === 'string'
          ? x
          : typeof x === 'number' || typeof x === 'boolean'
            ? String(x)
            : undefined;
      const one = scalar(v);
      if (one !== undefined) context[key] = one;
      else if (Array.isArray(v) && v.every((x) => scalar(x) !== undefined)) {
        context[key] = v.map((x) => scalar(x) as string);
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
  const out: CheckedRequest = { principal, action, resource, context };
  if (resourceAccount !== undefined) out.resourceAccount = resourceAccount;
  if (sessionIssuer !== undefined) out.sessionIssuer = sessionIssuer;
  return out;
}
