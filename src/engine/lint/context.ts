/**
 * The lint's view of one policy: statements read leniently from the JSON tree (a statement
 * the engine would reject is still examined), and the context every check reports into.
 */
import type { Catalog } from '../../catalog/catalog';
import type { PolicyKind } from '../types';
import type { JsonNode, JsonProperty, ObjectNode } from './jsonAst';
import { lineIndex } from './jsonAst';
import type { CheckMeta, Finding, QuickFix, TextEdit, TextRange } from './types';

/** A span of text a finding points at, with the JSON path it belongs to. */
export interface Target {
  start: number;
  end: number;
  path: string;
}

/** The key of an object member (e.g. the operator name in a Condition). */
export const keyOf = (p: JsonProperty): Target => ({
  start: p.keyStart,
  end: p.keyEnd,
  path: p.path,
});

/** A value; objects and arrays point at their opening bracket only, so markers stay small. */
export function valueOf(n: JsonNode): Target {
  const compound = n.type === 'object' || n.type === 'array';
  return { start: n.start, end: compound ? n.start + 1 : n.end, path: n.path };
}

/** The whole span of a value, brackets and all (for edits that replace it). */
export const spanOf = (n: JsonNode): Target => ({ start: n.start, end: n.end, path: n.path });

/** A string inside Action, Resource and the like. */
export interface StringItem {
  value: string;
  node: JsonNode;
}

/** Action / NotAction / Resource / NotResource with their string entries. */
export interface ElementView {
  name: string;
  prop: JsonProperty;
  items: StringItem[];
  array: boolean;
}

/** One `operator: { key: values }` entry of a Condition block. */
export interface ConditionView {
  operator: string;
  opProp: JsonProperty;
  key: string;
  keyProp: JsonProperty;
  /** Scalar values as strings (numbers and booleans as JSON writes them). */
  values: StringItem[];
  array: boolean;
}

/** One statement, read leniently: elements as found, whatever their validity. */
export interface StatementView {
  node: ObjectNode;
  index: number;
  path: string;
  member(name: string): JsonProperty | undefined;
  effect?: string;
  action?: ElementView;
  notAction?: ElementView;
  resource?: ElementView;
  notResource?: ElementView;
  principal?: JsonProperty;
  notPrincipal?: JsonProperty;
  condition?: JsonProperty;
  conditions: ConditionView[];
}

/** The statements of a policy document and its Version. */
export interface PolicyView {
  root: ObjectNode;
  statementProp?: JsonProperty;
  statements: StatementView[];
  version?: string;
  /** Policy variables are substituted only with Version 2012-10-17. */
  variables: boolean;
}

function element(st: ObjectNode, name: string): ElementView | undefined {
  const prop = st.properties.find((p) => p.key === name);
  if (!prop) return undefined;
  const v = prop.value;
  const nodes = v.type === 'array' ? v.items : [v];
  const items = nodes.flatMap((node) =>
    node.type === 'string' ? [{ value: node.value, node }] : [],
  );
  return { name, prop, items, array: v.type === 'array' };
}

function conditionsOf(prop: JsonProperty | undefined): ConditionView[] {
  if (!prop || prop.value.type !== 'object') return [];
  const out: ConditionView[] = [];
  for (const opProp of prop.value.properties) {
    if (opProp.value.type !== 'object') continue;
    for (const keyProp of opProp.value.properties) {
      const v = keyProp.value;
      const nodes = v.type === 'array' ? v.items : [v];
      const values = nodes.flatMap((node) =>
        node.type === 'string' || node.type === 'number' || node.type === 'boolean'
          ? [{ value: node.type === 'string' ? node.value : String(node.value), node }]
          : [],
      );
      out.push({
        operator: opProp.key,
        opProp,
        key: keyProp.key,
        keyProp,
        values,
        array: v.type === 'array',
      });
    }
  }
  return out;
}

function statementView(node: ObjectNode, index: number): StatementView {
  const member = (name: string): JsonProperty | undefined =>
    node.properties.find((p) => p.key === name);
  const effect = member('Effect')?.value;
  const view: StatementView = {
    node,
    index,
    path: node.path,
    member,
    conditions: conditionsOf(member('Condition')),
  };
  if (effect?.type === 'string') view.effect = effect.value;
  const set = <K extends 'action' | 'notAction' | 'resource' | 'notResource'>(
    key: K,
    name: string,
  ): void => {
    const e = element(node, name);
    if (e) view[key] = e;
  };
  set('action', 'Action');
  set('notAction', 'NotAction');
  set('resource', 'Resource');
  set('notResource', 'NotResource');
  const principal = member('Principal');
  if (principal) view.principal = principal;
  const notPrincipal = member('NotPrincipal');
  if (notPrincipal) view.notPrincipal = notPrincipal;
  const condition = member('Condition');
  if (condition) view.condition = condition;
  return view;
}

/** Reads the statements of a policy document (an object); anything else gives none. */
export function policyView(root: ObjectNode): PolicyView {
  const statementProp = root.properties.find((p) => p.key === 'Statement');
  const raw = statementProp?.value;
  const nodes = raw?.type === 'array' ? raw.items : raw ? [raw] : [];
  const statements = nodes.flatMap((n, i) => (n.type === 'object' ? [statementView(n, i)] : []));
  const version = root.properties.find((p) => p.key === 'Version')?.value;
  const view: PolicyView = {
    root,
    statements,
    variables: version?.type === 'string' && version.value === '2012-10-17',
  };
  if (statementProp) view.statementProp = statementProp;
  if (version?.type === 'string') view.version = version.value;
  return view;
}

/** Everything a check needs, and where it reports. */
export class LintContext {
  readonly findings: Finding[] = [];
  /** Values already reported as malformed, which later checks should not judge again. */
  readonly flagged = new Set<JsonNode>();
  private readonly where: (offset: number) => { line: number; column: number };

  constructor(
    readonly text: string,
    readonly policy: PolicyView | undefined,
    readonly kind: PolicyKind,
    readonly catalog: Catalog | undefined,
    private readonly meta: ReadonlyMap<string, CheckMeta>,
  ) {
    this.where = lineIndex(text);
  }

  range(start: number, end: number): TextRange {
    return {
      start: { ...this.where(start), offset: start },
      end: { ...this.where(end), offset: end },
    };
  }

  /** An edit replacing text[start, end) with `text`. */
  edit(start: number, end: number, text: string): TextEdit {
    return { range: this.range(start, end), text };
  }

  /** A quick fix replacing a target's text. */
  replace(target: Target, text: string, title: string): QuickFix {
    return { title, edits: [this.edit(target.start, target.end, text)] };
  }

  report(code: string, target: Target, message: string, fix?: QuickFix): void {
    const meta = this.meta.get(code);
    if (!meta) throw new Error(`lint: no metadata for check ${code}`);
    const finding: Finding = {
      code,
      severity: meta.severity,
      message,
      path: target.path,
      range: this.range(target.start, target.end),
      title: meta.title,
      why: meta.why,
      docUrl: meta.docUrl,
    };
    if (fix) finding.fix = fix;
    this.findings.push(finding);
  }
}
