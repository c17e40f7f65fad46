/**
 * IAM-aware completion in policy models: service prefixes then actions (with access level and
 * description), wildcard patterns with what they match, ARN templates for the statement's
 * actions, condition operators, condition keys and values, service principals and policy
 * variables. Element names and Effect/Version values come from the JSON schema.
 */
import { browserCatalog } from '../../catalog/browserCatalog';
import { globalKeyDoc } from '../../catalog/globalKeyDocs';
import type { ActionInfo } from '../../catalog/types';
import { familiesFor, parseOperatorName } from '../../engine/index';
import type { CursorLocation } from './jsonLocation';
import { locate, statementElement } from './jsonLocation';
import { monaco } from './monacoSetup';
import { arnSnippet, keySnippet, operatorItems, variableItems } from './completionItems';
import { statementActions } from './policyText';

type Item = monaco.languages.CompletionItem;
const Kind = monaco.languages.CompletionItemKind;
const SNIPPET = monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet;
const RETRIGGER = { id: 'editor.action.triggerSuggest', title: 'Suggest' };

/** Action items waiting for their description (loaded on demand). */
export const pendingDocs = new WeakMap<Item, ActionInfo>();

const SERVICE_PRINCIPALS = [
  'ec2',
  'lambda',
  'ecs-tasks',
  'states',
  'events',
  'cloudtrail',
  's3',
  'sns',
  'sqs',
  'apigateway',
  'codebuild',
  'cloudformation',
  'glue',
  'sagemaker',
  'ssm',
  'logs',
  'config',
  'elasticmapreduce',
  'batch',
  'eks',
  'firehose',
  'delivery.logs',
  'edgelambda',
  'scheduler',
  'pipes',
  'bedrock',
];

const WILDCARD_VERBS = ['Get', 'List', 'Describe', 'Put', 'Create', 'Delete', 'Update', 'Tag'];

function stringRange(
  model: monaco.editor.ITextModel,
  loc: CursorLocation,
  offset: number,
  from?: number,
): monaco.IRange {
  const s = loc.string;
  const start = model.getPositionAt((s?.start ?? offset - 1) + 1 + (from ?? 0));
  // A whole value is replaced; a variable only up to the cursor.
  const endOffset = s?.closed && from === undefined ? s.end - 1 : offset;
  const end = model.getPositionAt(Math.max(endOffset, offset));
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

async function actionItems(typed: string, range: monaco.IRange): Promise<Item[]> {
  const catalog = browserCatalog();
  const colon = typed.indexOf(':');
  if (colon < 0) {
    const items: Item[] = catalog.services().map((s) => ({
      label: { label: `${s.prefix}:`, description: s.name },
      kind: Kind.Module,
      insertText: `${s.prefix}:`,
      filterText: `${s.prefix}:`,
      detail: `${s.name}: ${s.actionCount} actions`,
      range,
      command: RETRIGGER,
    }));
    items.push({
      label: '*',
      kind: Kind.Constant,
      insertText: '*',
      detail: 'Every action of every service',
      range,
      sortText: '~',
    });
    return items;
  }
  const service = typed.slice(0, colon).toLowerCase();
  if (!catalog.serviceSummary(service)) return [];
  await catalog.load([service]);
  const svc = catalog.service(service);
  if (!svc) return [];
  const items: Item[] = svc.actions.map((a) => {
    const item: Item = {
      label: { label: a.fullName, description: a.level },
      kind: Kind.Function,
      insertText: a.fullName,
      filterText: a.fullName,
      detail: `${a.level} · ${svc.name}`,
      range,
      sortText: `1${a.name}`,
    };
    pendingDocs.set(item, a);
    return item;
  });
  const partial = typed.slice(colon + 1).replace(/[*?].*$/, '');
  const patterns = new Set([
    `${svc.prefix}:*`,
    ...WILDCARD_VERBS.map((v) => `${svc.prefix}:${v}*`),
  ]);
  if (partial) patterns.add(`${svc.prefix}:${partial}*`);
  for (const pattern of patterns) {
    const matched = catalog.expand(pattern) ?? [];
    if (matched.length === 0) continue;
    const list = matched
      .slice(0, 25)
      .map((a) => `- ${a.fullName} (${a.level})`)
      .join('\n');
    items.push({
      label: { label: pattern, description: `${matched.length} actions` },
      kind: Kind.Constant,
      insertText: pattern,
      filterText: pattern,
      detail: `Wildcard: matches ${matched.length} ${svc.prefix} action${matched.length === 1 ? '' : 's'}`,
      documentation: {
        value: `${list}${matched.length > 25 ? `\n- … and ${matched.length - 25} more` : ''}`,
      },
      range,
      sortText: `0${pattern}`,
    });
  }
  return items;
}

async function resourceItems(
  text: string,
  loc: CursorLocation,
  statementPath: (string | number)[],
  range: monaco.IRange,
): Promise<Item[]> {
  const catalog = browserCatalog();
  const actions = statementActions(text, loc, statementPath);
  const services = new Set<string>();
  for (const a of actions) {
    const colon = a.indexOf(':');
    if (colon > 0) for (const s of catalog.servicesMatching(a.slice(0, colon))) services.add(s);
  }
  if (services.size > 20) services.clear();
  await catalog.load(services);
  const templates = new Map<string, { type: string; actions: string[] }>();
  for (const a of actions) {
    for (const info of catalog.expand(a) ?? []) {
      for (const rt of info.resourceTypes) {
        const entry = templates.get(rt.type.arn) ?? { type: rt.type.name, actions: [] };
        if (entry.actions.length < 5 && !entry.actions.includes(info.fullName))
          entry.actions.push(info.fullName);
        templates.set(rt.type.arn, entry);
      }
    }
  }
  const items: Item[] = [...templates].slice(0, 60).map(([arn, { type, actions: used }]) => ({
    label: { label: arn, description: type },
    kind: Kind.Reference,
    insertText: arnSnippet(arn),
    insertTextRules: SNIPPET,
    filterText: arnSnippet(arn).replace(/\$\{\d+:([^}]*)\}/g, '$1'),
    detail: `ARN of ${type}, used by ${used.join(', ')}`,
    range,
  }));
  items.push({
    label: '*',
    kind: Kind.Constant,
    insertText: '*',
    detail: 'Every resource',
    range,
    sortText: '~',
  });
  return items;
}

async function keyItems(
  text: string,
  loc: CursorLocation,
  statementPath: (string | number)[],
  operator: string,
  range: monaco.IRange,
): Promise<Item[]> {
  const catalog = browserCatalog();
  const parsed = parseOperatorName(operator);
  const family = 'ok' in parsed ? parsed.ok.doc.family : undefined;
  const fits = (type: string): boolean =>
    !family || family === 'Null' || familiesFor(type).includes(family);
  const services = new Set<string>();
  for (const a of statementActions(text, loc, statementPath)) {
    const colon = a.indexOf(':');
    if (colon > 0 && !a.slice(0, colon).includes('*'))
      services.add(a.slice(0, colon).toLowerCase());
  }
  await catalog.load(services);
  const keys = [
    ...catalog.globalKeys(),
    ...[...services].flatMap((s) => [...(catalog.service(s)?.conditionKeys ?? [])]),
  ];
  const seen = new Set<string>();
  return keys.flatMap((k) => {
    if (seen.has(k.key.toLowerCase())) return [];
    seen.add(k.key.toLowerCase());
    const templated = k.key.includes('${') || k.key.includes('<');
    const item: Item = {
      label: { label: k.key, description: k.type },
      kind: k.global ? Kind.Variable : Kind.Field,
      insertText: templated ? keySnippet(k.key) : k.key,
      detail: `${k.global ? 'Global' : k.service} key · ${k.type}`,
      range,
      sortText: `${fits(k.type) ? 0 : 1}${k.global ? 1 : 0}${k.key}`,
    };
    if (templated) item.insertTextRules = SNIPPET;
    const doc = k.global ? globalKeyDoc(k.key) : undefined;
    if (doc) item.documentation = doc;
    return [item];
  });
}

/** The completion items for a position in a policy model. */
export async function iamCompletions(
  model: monaco.editor.ITextModel,
  position: monaco.Position,
): Promise<Item[]> {
  const text = model.getValue();
  const offset = model.getOffsetAt(position);
  const loc = locate(text, offset);
  const el = statementElement(loc.path);
  if (!loc.string || !el) return [];
  const typed = text.slice(loc.string.start + 1, offset);
  const range = stringRange(model, loc, offset);
  const [first, second, third] = el.rest;
  const variable = typed.lastIndexOf('${');
  if (
    !loc.isKey &&
    variable >= 0 &&
    !typed.slice(variable).includes('}') &&
    (first === 'Resource' || first === 'NotResource' || first === 'Condition')
  )
    return variableItems(stringRange(model, loc, offset, variable));
  if (!loc.isKey && (first === 'Action' || first === 'NotAction')) return actionItems(typed, range);
  if (!loc.isKey && (first === 'Resource' || first === 'NotResource'))
    return resourceItems(text, loc, el.statementPath, range);
  if (first === 'Condition' && loc.isKey && second === undefined) return operatorItems(range);
  if (first === 'Condition' && loc.isKey && typeof second === 'string' && third === undefined)
    return keyItems(text, loc, el.statementPath, second, range);
  if (first === 'Condition' && !loc.isKey && typeof second === 'string') {
    const parsed = parseOperatorName(second);
    const family = 'ok' in parsed ? parsed.ok.doc.family : undefined;
    if (family === 'Bool' || family === 'Null')
      return ['true', 'false'].map((v) => ({ label: v, kind: Kind.Value, insertText: v, range }));
    return [];
  }
  if (first === 'Principal' && second === 'Service' && !loc.isKey)
    return SERVICE_PRINCIPALS.map((p) => ({
      label: `${p}.amazonaws.com`,
      kind: Kind.Value,
      insertText: `${p}.amazonaws.com`,
      detail: 'Service principal',
      range,
    }));
  return [];
}
