/** Completion items that need no catalog lookups per service: operators, variables, snippets. */
import { browserCatalog } from '../../catalog/browserCatalog';
import { globalKeyDoc } from '../../catalog/globalKeyDocs';
import { OPERATORS } from '../../engine/index';
import { monaco } from './monacoSetup';

type Item = monaco.languages.CompletionItem;
const Kind = monaco.languages.CompletionItemKind;
const SNIPPET = monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet;

export const escapeSnippet = (s: string): string => s.replace(/[$}\\]/g, (c) => `\\${c}`);

/** An ARN template as a snippet: partition filled in, every other variable a tab stop. */
export function arnSnippet(template: string): string {
  let n = 0;
  return template
    .split(/(\$\{[^}]+\})/)
    .map((part) => {
      const m = /^\$\{([^}]+)\}$/.exec(part);
      if (!m) return escapeSnippet(part);
      if (m[1] === 'Partition') return 'aws';
      n += 1;
      return `\${${n}:${escapeSnippet(m[1] ?? '')}}`;
    })
    .join('');
}

/** A templated key (`aws:ResourceTag/${TagKey}`) as a snippet with a tab stop for the name. */
export const keySnippet = (key: string): string =>
  key.replace(/\$\{([^}]+)\}|<([^>]+)>/, (_m, a: string, b: string) => `\${1:${a ?? b}}`);

/** Condition operators, with IfExists and set-qualifier forms. */
export function operatorItems(range: monaco.IRange): Item[] {
  const items: Item[] = [];
  for (const op of OPERATORS) {
    const names = op.name === 'Null' ? ['Null'] : [op.name, `${op.name}IfExists`];
    if (op.family === 'String' || op.family === 'ARN')
      names.push(`ForAllValues:${op.name}`, `ForAnyValue:${op.name}`);
    for (const name of names)
      items.push({
        label: name,
        kind: Kind.Operator,
        insertText: name,
        detail: `${op.family} operator`,
        documentation:
          op.summary +
          (name.endsWith('IfExists') ? ' IfExists: also true when the key is missing.' : '') +
          (name.startsWith('For') ? ' For keys that hold several values.' : ''),
        range,
        sortText: `${name.includes(':') ? 2 : name.endsWith('IfExists') ? 1 : 0}${name}`,
      });
  }
  return items;
}

/** Policy variables for Resource and condition values. */
export function variableItems(range: monaco.IRange): Item[] {
  const catalog = browserCatalog();
  const items: Item[] = catalog
    .globalKeys()
    .filter((k) => !k.type.startsWith('ArrayOf') && k.key.startsWith('aws:'))
    .map((k) => {
      const templated = k.key.includes('${');
      const inner = templated ? keySnippet(k.key) : escapeSnippet(k.key);
      return {
        label: `\${${k.key}}`,
        kind: Kind.Variable,
        insertText: `\\\${${inner}}`,
        insertTextRules: SNIPPET,
        detail: 'Policy variable: replaced by the request value',
        documentation: globalKeyDoc(k.key) ?? '',
        range,
        sortText: k.key === 'aws:username' || k.key === 'aws:userid' ? `0${k.key}` : `1${k.key}`,
      };
    });
  for (const [v, what] of [
    ['*', 'a literal *'],
    ['?', 'a literal ?'],
    ['$', 'a literal $'],
  ])
    items.push({
      label: `\${${v}}`,
      kind: Kind.Constant,
      insertText: `\${${v}}`,
      detail: `Writes ${what}`,
      range,
      sortText: `2${v}`,
    });
  return items;
}
