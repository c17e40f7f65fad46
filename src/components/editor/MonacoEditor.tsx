import { useEffect, useRef } from 'react';
import { monaco } from './monacoSetup';
import type { CodeEditorProps } from './CodeEditor';

let modelCounter = 0;

/** Monaco bound to a controlled value; loaded lazily by CodeEditor. */
export function MonacoEditor({
  value,
  onChange,
  ariaLabel,
  readOnly,
  minLines = 8,
  theme,
}: CodeEditorProps & { theme: 'light' | 'dark' }) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const uri = monaco.Uri.parse(`inmemory://policy/${++modelCounter}.json`);
    const model = monaco.editor.createModel(value, 'json', uri);
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
      theme: theme === 'dark' ? 'vs-dark' : 'vs',
    });
    editorRef.current = editor;
    const resize = () => {
      const lines = Math.max(minLines, Math.min(40, model.getLineCount() + 1));
      if (host.current) host.current.style.height = `${lines * 20 + 12}px`;
      editor.layout();
    };
    resize();
    const sub = model.onDidChangeContent(() => {
      resize();
      onChangeRef.current?.(model.getValue());
    });
    document.body.dataset.monacoReady = '1';
    return () => {
      sub.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // Created once; value and theme changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  return <div ref={host} className="monaco-host" />;
}
