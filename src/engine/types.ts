/**
 * Public types of the policy engine: the scenario format (see shared/spec/scenario-format.md),
 * validated policy documents, simulation results and the explain trace.
 */

/** The three decisions of AWS's own policy simulator API. */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** Policy types as used in `blockedBy` (scenario-format names). */
export type PolicyType = 'identity' | 'resource' | 'pb' | 'session' | 'scp' | 'rcp' | 'endpoint';

/** What a policy document is used as; the validation rules depend on it. */
export type PolicyKind =
  'identity' | 'resource' | 'trust' | 'pb' | 'session' | 'scp' | 'rcp' | 'endpoint';

/** A request context value: a string, or a list of strings for multivalued keys. */
export type ContextValue = string | string[];

/** The request being authorized. */
export interface Request {
  /** User/role ARN, session ARN, federated-user ARN, root ARN, account id, service principal, or `*`. */
  principal: string;
  /** `service:Action`, e.g. `s3:GetObject`. */
  action: string;
  /** The resource ARN, or `*` for actions without a resource type. */
  resource: string;
  /** Account that owns the resource, where the ARN does not say (e.g. S3). */
  resourceAccount?: string;
  /** The role or IAM user behind a session principal. */
  sessionIssuer?: string;
  /** Request context keys, taken as given. */
  context?: Record<string, ContextValue>;
}

/** A request plus every policy that applies to it. */
export interface Scenario {
  name?: string;
  request: Request;
  identityPolicies?: unknown[];
  resourcePolicy?: unknown;
  permissionBoundary?: unknown;
  sessionPolicy?: unknown;
  endpointPolicies?: unknown[];
  scps?: unknown[][];
  rcps?: unknown[][];
  organization?: { managementAccount?: string };
  expected?: Decision | 'error';
  expectedBlockedBy?: PolicyType[];
}

/** A problem in the input: a stable `code`, a message naming the rule, and where it is. */
export interface EngineError {
  code: string;
  message: string;
  /** JSON path, e.g. `identityPolicies[0].Statement[1].Condition`. */
  path: string;
  /** 1-based line, when parsed from text. */
  line?: number;
  /** 1-based column, when parsed from text. */
  column?: number;
}

/** Whether a statement's Action, Resource or Principal element matched the request. */
export interface MatchTrace {
  matched: boolean;
  /** `Action`, `NotAction`, `Resource`, `NotResource`, `Principal`, `NotPrincipal`. */
  element: string;
  patterns: string[];
  /** The request value compared (after policy variables were substituted in patterns). */
  value: string;
}

/** One condition key test: operator, key, the policy values and the request values. */
export interface ConditionTrace {
  operator: string;
  key: string;
  values: string[];
  /** The request's values for the key, or null when the key is absent. */
  contextValue: string[] | null;
  matched: boolean;
}

/** How one statement fared against the request. */
export interface StatementTrace {
  sid?: string;
  index: number;
  effect: 'Allow' | 'Deny';
  /** JSON path of the statement inside the scenario. */
  path: string;
  /** True when action, resource, principal and every condition matched. */
  matched: boolean;
  action: MatchTrace;
  resource: MatchTrace;
  principal?: MatchTrace;
  conditions: ConditionTrace[];
  /** Why a principal matched the way it did, when that matters for the decision. */
  note?: string;
}

/** One policy document considered during evaluation. */
export interface PolicyTrace {
  type: PolicyType;
  index: number;
  label: string;
  statements: StatementTrace[];
}

/** One step of the decision flow. */
export interface TraceStep {
  step: string;
  outcome: string;
  detail: string;
  policies?: PolicyTrace[];
}

/** The ordered steps of the decision flow. */
export type Trace = TraceStep[];

/** The result of simulating one scenario: a decision, or an error saying what is wrong where. */
export type SimulationResult =
  | { name?: string; decision: Decision; blockedBy: PolicyType[]; trace?: Trace }
  | { name?: string; error: EngineError; errors?: EngineError[] };

/** A Principal or NotPrincipal element: `*`, or principals by type. */
export type PrincipalBlock =
  | { wildcard: true }
  | {
      wildcard: false;
      aws: string[];
      service: string[];
      federated: string[];
      canonicalUser: string[];
    };

/** One condition test: operator, context key and policy values. */
export interface ConditionEntry {
  operator: string;
  key: string;
  values: string[];
  /** JSON path of the key inside the policy. */
  path: string;
}

/** A validated statement. Arrays are always arrays, whatever form the JSON used. */
export interface Statement {
  index: number;
  /** JSON path inside the policy document, e.g. `Statement[1]`. */
  path: string;
  sid?: string;
  effect: 'Allow' | 'Deny';
  principal?: PrincipalBlock;
  notPrincipal?: PrincipalBlock;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  conditions: ConditionEntry[];
}

/** A validated, typed policy document. */
export interface Policy {
  kind: PolicyKind;
  version?: string;
  id?: string;
  statements: Statement[];
  /** True when policy variables are substituted (Version 2012-10-17). */
  variables: boolean;
}

/** Result of parsing and validating one policy document. */
export interface ParseResult {
  ok: boolean;
  policy?: Policy;
  errors: EngineError[];
}
