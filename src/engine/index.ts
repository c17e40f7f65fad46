/**
 * The IAM policy engine's public API. Pure TypeScript: it runs in a browser Web Worker and in
 * Node, with no DOM or framework imports.
 */

/** Parses and validates a policy from JSON text (errors carry line/column) or from a value. */
export { parsePolicy } from './parse';
/** Options for parsePolicy: `kind` says what the document is used as. */
export type { ParseOptions } from './parse';
/** Evaluates one scenario; createSimulator gives a simulator with its own policy cache. */
export { createSimulator, simulate } from './simulate';
/** Options (`explain`) and the simulator returned by createSimulator. */
export type { SimulateOptions, Simulator } from './simulate';
/** A file's JSON -> scenarios: one scenario, an array, or the bench wrapper. */
export { readScenarioFile } from './scenario';
/** Matches an action pattern (`s3:Get*`) against an action; case-insensitive. */
export { matchesAction } from './wildcard';
/** Matches a resource pattern against a resource ARN; case-sensitive, ARN-aware. */
export { matchesResource } from './resource';
/** Public types: scenario format, decisions, errors, validated policies and the trace. */
export type {
  ConditionEntry,
  ConditionTrace,
  ContextValue,
  Decision,
  EngineError,
  MatchTrace,
  ParseResult,
  Policy,
  PolicyKind,
  PolicyTrace,
  PolicyType,
  PrincipalBlock,
  Request,
  Scenario,
  SimulationResult,
  Statement,
  StatementTrace,
  Trace,
  TraceStep,
} from './types';
/** Policy lint: AWS-style findings (ERROR, SECURITY_WARNING, WARNING, SUGGESTION) with fixes. */
export { LINT_CHECKS, lintPolicy, lintPolicyText } from './lint/lint';
/** Condition operators as AWS documents them, for editors (completion, hover). */
export { OPERATORS, familiesFor, parseOperatorName } from './lint/operators';
export type { OperatorDoc, OperatorFamily, ParsedOperator } from './lint/operators';
/** Lint types: findings, their text ranges and quick fixes, check metadata. */
export type { LintPolicyOptions } from './lint/lint';
export type {
  CheckMeta,
  Finding,
  QuickFix,
  Severity,
  TextEdit,
  TextPosition,
  TextRange,
} from './lint/types';
