/**
 * The policy lint: AWS's policy validation checks (IAM Access Analyzer) plus checks of our
 * own, run offline against the catalog. Pure: the same code runs in the editor's worker and
 * in `npm run lint-policy`.
 */
import type { Catalog } from '../../catalog/catalog';
import { ACTION_CHECKS, checkActions, splitAction } from './actions';
import { CONDITION_CHECKS, checkConditions } from './conditions';
import { VALUE_CHECKS, checkConditionValues } from './conditionValues';
import { LintContext, policyView } from './context';
import { DOCUMENT_CHECKS, checkDocument } from './document';
import { ENGINE_CHECKS, engineErrors, reportEngineErrors } from './engineErrors';
import type { JsonAst, JsonNode } from './jsonAst';
import { indexNodes, parseJsonAst } from './jsonAst';
import { PASS_ROLE_CHECKS, checkPassRole } from './passRole';
import { PRIVESC_CHECKS, checkPrivilegeEscalation } from './privesc';
import { MATCH_CHECKS, checkResourceMatch } from './resourceMatch';
import { RESOURCE_CHECKS, arnFields, checkResources } from './resources';
import { SECURITY_CHECKS, checkSecurity } from './security';
import { TRUST_CHECKS, checkTrust } from './trust';
import type { CheckMeta, Finding, LintOptions } from './types';
import { SEVERITIES } from './types';
import { VARIABLE_CHECKS, checkVariables } from './variables';

/** Every check the lint runs, with its severity, explanation and AWS documentation link. */
export const LINT_CHECKS: readonly CheckMeta[] = [
  ...ENGINE_CHECKS,
  ...DOCUMENT_CHECKS,
  ...ACTION_CHECKS,
  ...RESOURCE_CHECKS,
  ...MATCH_CHECKS,
  ...CONDITION_CHECKS,
  ...VALUE_CHECKS,
  ...VARIABLE_CHECKS,
  ...PASS_ROLE_CHECKS,
  ...SECURITY_CHECKS,
  ...PRIVESC_CHECKS,
  ...TRUST_CHECKS,
];

const META = new Map(LINT_CHECKS.map((m) => [m.code, m]));

/** Options for linting: the policy type, and the catalog for action/key/ARN knowledge. */
export interface LintPolicyOptions extends LintOptions {
  /** Without a catalog only the grammar and catalog-free checks run. */
  catalog?: Catalog;
}

/** The strings of every node (iteratively, so deep input cannot overflow the stack). */
function* strings(root: JsonNode): Generator<{ path: string; value: string }> {
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    if (n.type === 'string') yield { path: n.path, value: n.value };
    else if (n.type === 'object') for (const p of n.properties) stack.push(p.value);
    else if (n.type === 'array') stack.push(...n.items);
  }
}

/** Services whose catalog files the lint of this policy needs. */
function servicesFor(ast: JsonAst, catalog: Catalog): Set<string> {
  const out = new Set<string>();
  const root = ast.root;
  if (!root) return out;
  const add = (list: Iterable<string>): void => {
    for (const s of list) out.add(s);
  };
  for (const { path, value } of strings(root)) {
    const element = /\.(Not)?(Action|Resource)(\[\d+\])?$/.exec(path)?.[2];
    if (element === 'Action') {
      const parts = splitAction(value);
      if (parts) add(catalog.servicesMatching(parts.service));
    } else if (element === 'Resource' && value.startsWith('arn:')) {
      add(catalog.servicesForArn(arnFields(value)[2] ?? ''));
    }
  }
  const statements =
    root.type === 'object' ? root.properties.find((p) => p.key === 'Statement')?.value : undefined;
  const list = statements?.type === 'array' ? statements.items : statements ? [statements] : [];
  for (const st of list) {
    const cond =
      st.type === 'object' ? st.properties.find((p) => p.key === 'Condition')?.value : undefined;
    if (cond?.type !== 'object') continue;
    for (const op of cond.properties) {
      if (op.value.type !== 'object') continue;
      for (const k of op.value.properties) {
        const colon = k.key.indexOf(':');
        if (colon > 0) add(catalog.servicesForKeyPrefix(k.key.slice(0, colon)));
      }
    }
  }
  return out;
}

/** Lints with the services already loaded in the catalog (others are not checked). */
function lintAst(text: string, ast: JsonAst, options: LintPolicyOptions): Finding[] {
  const root = ast.root;
  const policy = root?.type === 'object' ? policyView(root) : undefined;
  const ctx = new LintContext(text, policy, options.kind, options.catalog, META);
  if (!root) {
    const at = ast.error?.offset ?? 0;
    ctx.report(
      'JSON_SYNTAX_ERROR',
      { start: at, end: Math.min(at + 1, text.length), path: '' },
      `Not valid JSON: ${ast.error?.message ?? 'unreadable text'}`,
    );
    return ctx.findings;
  }
  for (const d of ast.duplicates)
    ctx.report(
      'DUPLICATE_KEY',
      { start: d.property.keyStart, end: d.property.keyEnd, path: d.property.path },
      `"${d.key}" appears twice in the same object; only one of them would be read`,
    );
  const { nodes, members } = indexNodes(root);
  const mapped = engineErrors(ctx, nodes, members);
  if (policy) {
    checkDocument(ctx);
    checkActions(ctx);
    checkResources(ctx);
    checkResourceMatch(ctx);
    const parsed = checkConditions(ctx);
    checkConditionValues(ctx, parsed);
    checkVariables(ctx, parsed);
    checkPassRole(ctx);
    checkSecurity(ctx);
    checkPrivilegeEscalation(ctx);
    checkTrust(ctx);
  }
  reportEngineErrors(ctx, mapped);
  return sortFindings(ctx.findings);
}

function sortFindings(findings: Finding[]): Finding[] {
  const rank = (f: Finding): number => SEVERITIES.indexOf(f.severity);
  return findings.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      rank(a) - rank(b) ||
      (a.code < b.code ? -1 : 1),
  );
}

/**
 * Lints a policy given as JSON text. Catalog checks cover only services already loaded;
 * use lintPolicyText to load what the policy needs first.
 */
export function lintPolicy(text: string, options: LintPolicyOptions): Finding[] {
  return lintAst(text, parseJsonAst(text), options);
}

/** Loads the catalog services the policy refers to, then lints it. */
export async function lintPolicyText(text: string, options: LintPolicyOptions): Promise<Finding[]> {
  const ast = parseJsonAst(text);
  if (options.catalog) await options.catalog.load(servicesFor(ast, options.catalog));
  return lintAst(text, ast, options);
}
