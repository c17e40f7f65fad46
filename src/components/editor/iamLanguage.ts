/**
 * IAM intelligence for Monaco's JSON language: completion, hover, lint findings as markers
 * with quick fixes as code actions, and themes that follow the app's colours. Registered once;
 * every provider acts only on policy models (URIs ending in `.<kind>.iam.json`).
 */
import type { Finding, PolicyKind, Severity } from '../../engine/index';
import { iamCompletions, pendingDocs } from './iamCompletion';
import { iamHover } from './iamHover';
import { browserCatalog } from '../../catalog/browserCatalog';
import { monaco } from './monacoSetup';
import { schemaSuffix } from './policySchema';

/** The marker owner of lint findings (JSON syntax markers keep Monaco's own owner). */
export const LINT_OWNER = 'iam-lint';

let counter = 0;

/** A fresh model URI; with a kind, it selects that policy type's schema and IAM features. */
export function policyUri(kind: PolicyKind | undefined): monaco.Uri {
  counter += 1;
  return monaco.Uri.parse(`inmemory://policy/${counter}${kind ? schemaSuffix(kind) : '.json'}`);
}

const isPolicy = (model: monaco.editor.ITextModel): boolean => model.uri.path.endsWith('.iam.json');

const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  ERROR: monaco.MarkerSeverity.Error,
  SECURITY_WARNING: monaco.MarkerSeverity.Warning,
  WARNING: monaco.MarkerSeverity.Warning,
  SUGGESTION: monaco.MarkerSeverity.Info,
};

const LABEL: Record<Severity, string> = {
  ERROR: 'Error',
  SECURITY_WARNING: 'Security warning',
  WARNING: 'Warning',
  SUGGESTION: 'Suggestion',
};

/** At most this many markers per editor; the findings list keeps them all. */
const MAX_MARKERS = 2000;

const shown = new WeakMap<monaco.editor.ITextModel, { version: number; findings: Finding[] }>();

function toRange(model: monaco.editor.ITextModel, f: Finding): monaco.IRange {
  const start = model.getPositionAt(f.range.start.offset);
  const end = model.getPositionAt(Math.max(f.range.end.offset, f.range.start.offset + 1));
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

/** Shows lint findings as markers on a model (for the model version they were computed on). */
export function showFindings(
  model: monaco.editor.ITextModel,
  findings: Finding[],
  version: number,
): void {
  if (model.isDisposed()) return;
  shown.set(model, { version, findings });
  const markers = findings
    .filter((f) => f.code !== 'JSON_SYNTAX_ERROR') // Monaco's JSON worker marks syntax errors itself
    .slice(0, MAX_MARKERS)
    .map((f) => ({
      ...toRange(model, f),
      severity: SEVERITY[f.severity],
      message: `${LABEL[f.severity]}: ${f.message}`,
      code: { value: f.code, target: monaco.Uri.parse(f.docUrl) },
      source: 'IAM policy check',
    }));
  monaco.editor.setModelMarkers(model, LINT_OWNER, markers);
}

function codeActions(
  model: monaco.editor.ITextModel,
  context: monaco.languages.CodeActionContext,
): monaco.languages.CodeAction[] {
  const entry = shown.get(model);
  if (!entry || entry.version !== model.getVersionId()) return [];
  const actions: monaco.languages.CodeAction[] = [];
  for (const marker of context.markers) {
    const code = typeof marker.code === 'object' ? marker.code.value : marker.code;
    const finding = entry.findings.find((f) => {
      if (!f.fix || f.code !== code) return false;
      const r = toRange(model, f);
      return r.startLineNumber === marker.startLineNumber && r.startColumn === marker.startColumn;
    });
    if (!finding?.fix) continue;
    actions.push({
      title: finding.fix.title,
      kind: 'quickfix',
      diagnostics: [marker],
      isPreferred: true,
      edit: {
        edits: finding.fix.edits.map((e) => {
          const start = model.getPositionAt(e.range.start.offset);
          const end = model.getPositionAt(e.range.end.offset);
          return {
            resource: model.uri,
            versionId: model.getVersionId(),
            textEdit: {
              range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
              text: e.text,
            },
          };
        }),
      },
    });
  }
  return actions;
}

function cssColor(name: string, fallback: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return /^#[0-9a-f]{6}$/i.test(v) ? v : fallback;
}

/** Applies the app's light or dark colours to every editor. */
export function applyTheme(theme: 'light' | 'dark'): void {
  const dark = theme === 'dark';
  const name = dark ? 'lp-dark' : 'lp-light';
  monaco.editor.defineTheme(name, {
    base: dark ? 'vs-dark' : 'vs',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': cssColor('--surface', dark ? '#111a2e' : '#ffffff'),
      'editor.foreground': cssColor('--text', dark ? '#e2e8f0' : '#0f172a'),
      'editorLineNumber.foreground': cssColor('--muted', dark ? '#a3b1c6' : '#475569'),
    },
  });
  monaco.editor.setTheme(name);
}

let registered = false;

/** Registers the IAM providers with Monaco (once per page). */
export function registerIamLanguage(): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: [':', '"', '{', '$', '/'],
    async provideCompletionItems(model, position) {
      if (!isPolicy(model)) return { suggestions: [] };
      try {
        return { suggestions: await iamCompletions(model, position) };
      } catch {
        return { suggestions: [] }; // the catalog could not load: schema completion still works
      }
    },
    async resolveCompletionItem(item) {
      const action = pendingDocs.get(item);
      if (!action) return item;
      const docs = await browserCatalog()
        .docs(action.service)
        .catch(() => null);
      const text = docs?.action(action.name);
      if (text) item.documentation = text;
      return item;
    },
  });
  monaco.languages.registerHoverProvider('json', {
    async provideHover(model, position) {
      if (!isPolicy(model)) return null;
      return iamHover(model, position).catch(() => null);
    },
  });
  monaco.languages.registerCodeActionProvider(
    'json',
    {
      provideCodeActions(model, _range, context) {
        return { actions: isPolicy(model) ? codeActions(model, context) : [], dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
