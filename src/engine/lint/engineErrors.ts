/**
 * Grammar errors the engine's parser reports, as lint findings with AWS's issue codes. The
 * lint's own checks cover some of them in more detail; those engine errors are then dropped
 * (see `coveredBy`), so each problem is reported once.
 */
import { parsePolicy } from '../parse';
import type { EngineError } from '../types';
import type { LintContext, Target } from './context';
import { keyOf, valueOf } from './context';
import { removeMember } from './edits';
import type { JsonNode, JsonProperty } from './jsonAst';
import type { QuickFix } from './types';

interface Mapped {
  code: string;
  target: Target;
  message: string;
  fix?: QuickFix;
  /** Own checks that report the same problem in more detail (under this path). */
  coveredBy?: string[];
}

const TOP = ['Version', 'Id', 'Statement'];
const STATEMENT = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const RESOURCE_KINDS = ['resource', 'endpoint', 'scp', 'rcp'];

/** The engine's errors for this policy, mapped to lint codes and located in the text. */
export function engineErrors(
  ctx: LintContext,
  nodes: Map<string, JsonNode>,
  members: Map<string, JsonProperty>,
): Mapped[] {
  const result = parsePolicy(ctx.text, { kind: ctx.kind });
  return result.errors.flatMap((e) => {
    const m = mapError(ctx, e, nodes, members);
    return m ? [m] : [];
  });
}

function mapError(
  ctx: LintContext,
  e: EngineError,
  nodes: Map<string, JsonNode>,
  members: Map<string, JsonProperty>,
): Mapped | null {
  const member = members.get(e.path);
  const node = nodes.get(e.path) ?? nodes.get('');
  if (!node) return null;
  const value = valueOf(node);
  const key = member ? keyOf(member) : value;
  const base = { target: value, message: e.message };
  switch (e.code) {
    case 'json-syntax':
    case 'duplicate-key':
      return null; // reported from the lint's own parse, with exact spans
    case 'policy-not-object':
    case 'statement-not-object':
    case 'wrong-type':
      return { ...base, code: 'DATA_TYPE_MISMATCH' };
    case 'unknown-element': {
      const name = member?.key ?? '';
      const allowed = e.path.includes('.') || e.path.includes('[') ? STATEMENT : TOP;
      const hint = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
      const m: Mapped = { code: 'INVALID_POLICY_ELEMENT', target: key, message: e.message };
      if (hint) m.fix = ctx.replace(key, JSON.stringify(hint), `Rename to ${hint}`);
      return m;
    }
    case 'invalid-version':
      return {
        ...base,
        code: 'INVALID_VERSION',
        fix: ctx.replace(value, '"2012-10-17"', 'Use Version "2012-10-17"'),
      };
    case 'missing-statement':
      return { ...base, code: 'MISSING_STATEMENT' };
    case 'missing-effect':
      return { ...base, code: 'MISSING_EFFECT' };
    case 'invalid-effect': {
      const v = node.type === 'string' ? node.value.toLowerCase() : '';
      const m: Mapped = { ...base, code: 'INVALID_EFFECT' };
      if (v === 'allow' || v === 'deny') {
        const fixed = v === 'allow' ? 'Allow' : 'Deny';
        m.fix = ctx.replace(value, `"${fixed}"`, `Write "${fixed}"`);
      }
      return m;
    }
    case 'missing-action':
      return { ...base, code: 'MISSING_ACTION' };
    case 'missing-resource':
      return { ...base, code: 'MISSING_RESOURCE' };
    case 'missing-principal':
      return { ...base, code: 'MISSING_PRINCIPAL' };
    case 'principal-not-allowed':
    case 'notprincipal-not-allowed': {
      const parent = nodes.get(e.path.slice(0, e.path.lastIndexOf('.')));
      const m: Mapped = {
        code: ctx.kind === 'scp' ? 'SCP_SYNTAX_ERROR_PRINCIPAL' : 'UNSUPPORTED_PRINCIPAL',
        target: key,
        message: e.message,
      };
      if (member && parent?.type === 'object')
        m.fix = removeMember(ctx, parent, member, `Remove ${member.key}`);
      return m;
    }
    case 'principal-and-notprincipal':
    case 'action-and-notaction':
    case 'resource-and-notresource':
      return { ...base, code: 'UNSUPPORTED_ELEMENT_COMBINATION' };
    case 'duplicate-sid':
      return {
        ...base,
        code: RESOURCE_KINDS.includes(ctx.kind)
          ? 'UNIQUE_SIDS_RECOMMENDED'
          : 'UNIQUE_SIDS_REQUIRED',
      };
    case 'rcp-allow':
      return { ...base, code: 'RCP_SYNTAX_ERROR_ALLOW' };
    case 'invalid-principal-type':
      return { code: 'INVALID_PRINCIPAL_KEY', target: key, message: e.message };
    case 'invalid-principal':
      if (ctx.kind === 'rcp' && e.message.includes('resource control policy'))
        return { ...base, code: 'RCP_SYNTAX_ERROR_PRINCIPAL' };
      if (e.message.includes('at least one principal'))
        return { ...base, code: 'INVALID_PRINCIPAL_FORMAT', coveredBy: ['EMPTY_OBJECT_PRINCIPAL'] };
      if (e.message.includes('wildcards cannot'))
        return { ...base, code: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL' };
      return { ...base, code: 'INVALID_PRINCIPAL_FORMAT' };
    case 'empty-value':
      return {
        ...base,
        code: 'DATA_TYPE_MISMATCH',
        coveredBy: ['EMPTY_ARRAY_ACTION', 'EMPTY_ARRAY_RESOURCE', 'EMPTY_ARRAY_PRINCIPAL'],
      };
    case 'invalid-action':
      return { ...base, code: 'INVALID_ACTION', coveredBy: ['INVALID_ACTION'] };
    case 'invalid-resource-arn':
      return { ...base, code: 'INVALID_ARN_RESOURCE', coveredBy: ARN_CODES };
    case 'unknown-condition-operator':
    case 'invalid-condition-operator':
      return {
        ...base,
        code: 'INVALID_CONDITION_OPERATOR',
        coveredBy: ['INVALID_CONDITION_OPERATOR', 'NULL_WITH_IF_EXISTS', 'NULL_WITH_QUALIFIER'],
      };
    case 'invalid-condition-key':
      return {
        ...base,
        code: 'INVALID_CONDITION_KEY_FORMAT',
        coveredBy: ['INVALID_CONDITION_KEY_FORMAT'],
      };
    case 'invalid-condition-value':
      return { ...base, code: 'TYPE_MISMATCH', coveredBy: VALUE_CODES };
    default:
      return { ...base, code: 'DATA_TYPE_MISMATCH' };
  }
}

const ARN_CODES = [
  'INVALID_ARN_PREFIX',
  'MISSING_ARN_FIELD',
  'INVALID_PARTITION',
  'INVALID_ARN_ACCOUNT',
  'INVALID_ARN_RESOURCE',
  'WILDCARD_IN_SERVICE_NAME',
  'VARIABLE_UNSUPPORTED_IN_ELEMENT',
];

const VALUE_CODES = [
  'TYPE_MISMATCH',
  'TYPE_MISMATCH_DATE',
  'TYPE_MISMATCH_NUMBER',
  'TYPE_MISMATCH_BOOLEAN',
  'TYPE_MISMATCH_IP_RANGE',
  'TYPE_MISMATCH_STRING',
  'INVALID_VARIABLE_FOR_OPERATOR',
];

/** Reports the mapped engine errors that no own check already reported. */
export function reportEngineErrors(ctx: LintContext, mapped: Mapped[]): void {
  const own = [...ctx.findings];
  for (const m of mapped) {
    const covered = own.some(
      (f) =>
        (f.code === m.code && f.path === m.target.path) ||
        (m.coveredBy?.includes(f.code) === true && f.path.startsWith(m.target.path)),
    );
    if (!covered) ctx.report(m.code, m.target, m.message, m.fix);
  }
}

export { ENGINE_CHECKS } from './engineChecks';
