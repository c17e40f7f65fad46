// Self-hosted Monaco: the editor core, its contributions and the JSON language only, with
// workers bundled from the local package. Nothing is fetched from a CDN, and JSON schemas are
// never requested over the network.
import 'monaco-editor/features/register.all';
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { POLICY_KINDS, policySchema, schemaSuffix } from './policySchema';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// One schema per policy type, selected by the model's file name (`3.identity.iam.json`). They
// drive element completion and hover; the IAM lint reports problems, so schema validation is off
// (it would repeat the lint's findings less precisely). JSON syntax errors are still marked.
jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemaValidation: 'ignore',
  schemas: POLICY_KINDS.map((kind) => ({
    uri: `inmemory://schemas/iam-${kind}-policy.json`,
    fileMatch: [`*${schemaSuffix(kind)}`],
    schema: policySchema(kind),
  })),
});

// Policies have no colour values; the colour provider also matches schemas over the whole
// document on every change, which overflows the JSON worker's stack on a 1 MB paste.
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: true,
  documentRangeFormattingEdits: true,
  completionItems: true,
  hovers: true,
  documentSymbols: true,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: true,
  selectionRanges: true,
});

export { monaco };
