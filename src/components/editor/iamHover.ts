/**
 * Hover in policy models: an action (access level, description, resource types, condition
 * keys), a wildcard (what it expands to), a condition operator or a condition key.
 */
import { browserCatalog } from '../../catalog/browserCatalog';
import { globalKeyDoc } from '../../catalog/globalKeyDocs';
import { parseOperatorName } from '../../engine/index';
import { locate, statementElement } from './jsonLocation';
import { monaco } from './monacoSetup';
import { md } from './policyText';

type Contents = monaco.IMarkdownString[];

const plain = (value: string): monaco.IMarkdownString => ({
  value,
  isTrusted: false,
  supportHtml: false,
});

async function actionHover(pattern: string): Promise<Contents | null> {
  const catalog = browserCatalog();
  const colon = pattern.indexOf(':');
  if (pattern === '*')
    return [
      plain(
        `**\\*** matches every action of every service (${catalog.actionCount().toLocaleString('en-US')}).`,
      ),
    ];
  if (colon <= 0) return null;
  const service = pattern.slice(0, colon);
  const services = catalog.servicesMatching(service);
  if (services.length === 0) return [plain(`There is no service **${md(service)}**.`)];
  if (services.length > 20)
    return [
      plain(
        `**${md(pattern)}** has a wildcard in the service name: it can match actions of ${services.length} services.`,
      ),
    ];
  await catalog.load(services);
  const actions = catalog.expand(pattern) ?? [];
  if (actions.length === 0) return [plain(`**${md(pattern)}** matches no action.`)];
  const first = actions[0];
  if (actions.length === 1 && first && !pattern.includes('*') && !pattern.includes('?')) {
    const docs = await catalog.docs(first.service).catch(() => null);
    const rts = first.resourceTypes.length
      ? first.resourceTypes
          .map((r) => `- ${md(r.type.name)}${r.required ? ' (required)' : ''}: \`${r.type.arn}\``)
          .join('\n')
      : '- none: use "Resource": "\\*"';
    const keys = [...first.conditionKeys, ...first.resourceTypes.flatMap((r) => r.conditionKeys)];
    return [
      plain(`**${md(first.fullName)}** · ${first.level}`),
      plain(md(docs?.action(first.name) ?? '')),
      plain(`Resource types:\n${rts}`),
      plain(
        keys.length
          ? `Condition keys: ${[...new Set(keys)]
              .slice(0, 15)
              .map((k) => `\`${k}\``)
              .join(', ')}`
          : 'No service-specific condition keys.',
      ),
    ];
  }
  const list = actions
    .slice(0, 20)
    .map((a) => `- ${md(a.fullName)} (${a.level})`)
    .join('\n');
  return [
    plain(
      `**${md(pattern)}** matches ${actions.length} action${actions.length === 1 ? '' : 's'}:\n${list}${actions.length > 20 ? `\n- … and ${actions.length - 20} more` : ''}`,
    ),
  ];
}

function operatorHover(name: string): Contents {
  const parsed = parseOperatorName(name);
  if ('unknown' in parsed)
    return [
      plain(
        `**${md(name)}** is not a condition operator${parsed.correction ? `: did you mean **${md(parsed.correction)}**?` : '.'}`,
      ),
    ];
  const { doc, set, ifExists } = parsed.ok;
  const parts = [`**${md(name)}** · ${doc.family} operator`, doc.summary];
  if (ifExists)
    parts.push('IfExists: the condition is also true when the key is missing from the request.');
  if (set === 'ForAllValues')
    parts.push(
      'ForAllValues: every value in the request must match one in the policy (also true when the key is missing).',
    );
  if (set === 'ForAnyValue')
    parts.push('ForAnyValue: at least one value in the request must match one in the policy.');
  return parts.map(plain);
}

async function keyHover(key: string): Promise<Contents> {
  const catalog = browserCatalog();
  const colon = key.indexOf(':');
  const prefix = colon > 0 ? key.slice(0, colon) : '';
  const services = prefix.toLowerCase() === 'aws' ? [] : catalog.servicesForKeyPrefix(prefix);
  await catalog.load(services);
  const info = catalog.conditionKey(key);
  if (!info) return [plain(`**${md(key)}** is not a known condition key.`)];
  let description = info.global ? globalKeyDoc(info.key) : undefined;
  if (!info.global)
    description = (await catalog.docs(info.service).catch(() => null))?.conditionKey(info.key);
  const multi = info.type.startsWith('ArrayOf')
    ? ' It can hold several values: use ForAllValues or ForAnyValue.'
    : '';
  return [
    plain(`**${md(info.key)}** · ${info.type}${info.global ? ' · global key' : ''}`),
    plain(md(description ?? '') + multi),
  ];
}

/** The hover for a position in a policy model, or null. */
export async function iamHover(
  model: monaco.editor.ITextModel,
  position: monaco.Position,
): Promise<monaco.languages.Hover | null> {
  const text = model.getValue();
  const loc = locate(text, model.getOffsetAt(position));
  const el = statementElement(loc.path);
  const s = loc.string;
  if (!s || !el) return null;
  const start = model.getPositionAt(s.start);
  const end = model.getPositionAt(s.end);
  const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  const [first, second] = el.rest;
  let contents: Contents | null = null;
  if (!loc.isKey && (first === 'Action' || first === 'NotAction'))
    contents = await actionHover(s.value);
  else if (first === 'Condition' && loc.isKey && second === undefined)
    contents = operatorHover(s.value);
  else if (first === 'Condition' && loc.isKey && typeof second === 'string')
    contents = await keyHover(s.value);
  return contents ? { range, contents: contents.filter((c) => c.value.trim() !== '') } : null;
}
