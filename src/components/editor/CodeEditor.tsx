import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppStore } from '../../store';
import { ErrorCatcher } from './ErrorCatcher';

export interface CodeEditorProps {
  value: string;
  onChange?: (value: string) => void;
  ariaLabel: string;
  readOnly?: boolean;
  minLines?: number;
}

const MonacoEditor = lazy(() =>
  import('./MonacoEditor').then((m) => ({ default: m.MonacoEditor })),
);

/**
 * A JSON code editor: Monaco, loaded on first use (precached for offline), with a plain
 * textarea when Monaco cannot load, so editing always works.
 */
export function CodeEditor(props: CodeEditorProps) {
  const theme = useResolvedTheme();
  return (
    <ErrorCatcher fallback={<PlainEditor {...props} />}>
      <Suspense
        fallback={
          <div className="editor-loading" role="status">
            Loading the editor…
          </div>
        }
      >
        <MonacoEditor {...props} theme={theme} />
      </Suspense>
    </ErrorCatcher>
  );
}

export function PlainEditor({
  value,
  onChange,
  ariaLabel,
  readOnly,
  minLines = 8,
}: CodeEditorProps) {
  return (
    <textarea
      className="plain-editor"
      aria-label={ariaLabel}
      value={value}
      readOnly={readOnly}
      rows={Math.max(minLines, value.split('\n').length + 1)}
      spellCheck={false}
      onChange={(e) => onChange?.(e.target.value)}
    />
  );
}

function useResolvedTheme(): 'light' | 'dark' {
  const choice = useAppStore((s) => s.theme);
  const [systemDark, setSystemDark] = useState(
    () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  );
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const on = () => setSystemDark(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}
