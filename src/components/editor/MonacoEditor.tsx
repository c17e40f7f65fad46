import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../engine/index';
import type { CodeEditorProps } from './CodeEditor';
import { FindingsList } from './FindingsList';
import { applyTheme, policyUri, registerIamLanguage, showFindings } from './iamLanguage';
import { lintInWorker } from './lintClient';
import { monaco } from './monacoSetup';

const LINT_DELAY_MS = 300;

interface LintView {
  findings: Finding[];
  note?: string;
  done: boolean;
}

/**
 * Monaco bound to a controlled value; loaded by CodeEditor on the first interaction. With a policy kind it knows
 * IAM: the kind's schema, completion, hover, lint markers with quick fixes, and a findings list.
 */
export function MonacoEditor({
  value,
  onChange,
  ariaLabel,
  readOnly,
  minLines = 8,
  theme,
  policyKind,
  onFindings,
  focusOffset,
}: CodeEditorProps & { theme: 'light' | 'dark'; focusOffset?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  const onFindingsRef = useRef(onFindings);
  const [lint, setLint] = useState<LintView>({ findings: [], done: false });
  const [modelVersion, setModelVersion] = useState(0);
  useEffect(() => {
    onChangeRef.current = onChange;
    onFindingsRef.current = onFindings;
  }, [onChange, onFindings]);

  useEffect(() => {
    if (!host.current) return;
    registerIamLanguage();
    applyTheme(theme);
    const model = monaco.editor.createModel(value, 'json', policyUri(policyKind));
    const editor = monaco.editor.create(host.current, {
      model,
      ariaLabel,
      readOnly: readOnly ?? false,
      minimap: { enabled: false },
      automaticLayout: true,
      scrollBeyondLastLine: false,
      fontSize: 14,
      tabSize: 2,
      wordWrap: 'on',
      accessibilitySupport: 'auto',
      fixedOverflowWidgets: true,
      quickSuggestions: { strings: true, other: true, comments: false },
      theme: theme === 'dark' ? 'lp-dark' : 'lp-light',
    });
    editorRef.current = editor;
    const resize = () => {
      const lines = Math.max(minLines, Math.min(40, (editor.getModel()?.getLineCount() ?? 1) + 1));
      if (host.current) host.current.style.height = `${lines * 20 + 12}px`;
      editor.layout();
    };
    resize();
    const sub = editor.onDidChangeModelContent(() => {
      resize();
      onChangeRef.current?.(editor.getModel()?.getValue() ?? '');
      setModelVersion((v) => v + 1);
    });
    // Taking over from the plain editor the learner was typing in: same caret, same focus.
    if (focusOffset !== undefined) {
      editor.setPosition(model.getPositionAt(focusOffset));
      editor.focus();
    }
    document.body.dataset.monacoReady = '1';
    return () => {
      sub.dispose();
      const current = editor.getModel();
      editor.dispose();
      current?.dispose();
      editorRef.current = null;
    };
    // Created once; value, kind and theme changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new policy kind needs a model whose name selects that kind's schema.
  useEffect(() => {
    const editor = editorRef.current;
    const old = editor?.getModel();
    if (!editor || !old) return;
    const wanted = policyUri(policyKind);
    if (old.uri.path.replace(/^\/\d+/, '') === wanted.path.replace(/^\/\d+/, '')) return;
    const model = monaco.editor.createModel(old.getValue(), 'json', wanted);
    editor.setModel(model);
    old.dispose();
    setModelVersion((v) => v + 1);
  }, [policyKind]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    applyTheme(theme);
  }, [theme]);

  // Lint a moment after the text (or kind) stops changing, in the worker; newest wins.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || !policyKind) return;
    let live = true;
    const timer = setTimeout(() => {
      const version = model.getVersionId();
      lintInWorker(model.getValue(), policyKind)
        .then((result) => {
          if (!live || model.isDisposed() || model.getVersionId() !== version) return;
          showFindings(model, result.findings, version);
          const view: LintView = { findings: result.findings, done: true };
          if (result.note) view.note = result.note;
          setLint(view);
          onFindingsRef.current?.(result.findings);
        })
        .catch((error: unknown) => {
          if (live)
            setLint({
              findings: [],
              done: true,
              note: `The policy checks could not run: ${error instanceof Error ? error.message : String(error)}`,
            });
        });
    }, LINT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [policyKind, modelVersion]);

  const applyFix = (f: Finding) => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !f.fix) return;
    editor.pushUndoStop();
    editor.executeEdits(
      'iam-quick-fix',
      f.fix.edits.map((e) => {
        const start = model.getPositionAt(e.range.start.offset);
        const end = model.getPositionAt(e.range.end.offset);
        return {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          text: e.text,
        };
      }),
    );
    editor.pushUndoStop();
    editor.focus();
  };

  const reveal = (f: Finding) => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const p = model.getPositionAt(f.range.start.offset);
    editor.setPosition(p);
    editor.revealPositionInCenter(p);
    editor.focus();
  };

  const format = () => {
    void editorRef.current?.getAction('editor.action.formatDocument')?.run();
  };

  return (
    <div className="code-editor" data-policy-kind={policyKind ?? ''}>
      {policyKind && !readOnly && (
        <div className="editor-toolbar">
          <button type="button" className="secondary small" onClick={format}>
            Format
          </button>
          <span className="hint">Ctrl+Space: suggestions · Ctrl+.: quick fixes</span>
        </div>
      )}
      <div ref={host} className="monaco-host" />
      {policyKind && (
        <FindingsList
          findings={lint.findings}
          note={lint.note}
          checking={!lint.done}
          onApplyFix={readOnly ? undefined : applyFix}
          onReveal={reveal}
        />
      )}
    </div>
  );
}
