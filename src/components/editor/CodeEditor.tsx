import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Finding, PolicyKind } from '../../engine/index';
import { useAppStore } from '../../store';
import { ErrorCatcher } from './ErrorCatcher';
import { FindingsList } from './FindingsList';
import { usePolicyLint } from './usePolicyLint';
import './editor.css';

export interface CodeEditorProps {
  value: string;
  onChange?: (value: string) => void;
  ariaLabel: string;
  readOnly?: boolean;
  minLines?: number;
  /**
   * What the text is used as, when it is an IAM policy: turns on the policy type's schema,
   * IAM completion and hover, and the policy checks (markers, quick fixes, findings list).
   */
  policyKind?: PolicyKind;
  /** Hears the findings of every finished policy check (only with `policyKind`). */
  onFindings?: (findings: Finding[]) => void;
}

const MonacoEditor = lazy(() =>
  import('./MonacoEditor').then((m) => ({ default: m.MonacoEditor })),
);

/** The loading notice appears only if Monaco takes a moment, so fast loads do not flash. */
function DelayedSpinner() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="editor-loading" role="status">
      {visible ? 'Loading the editor…' : ''}
    </div>
  );
}

/**
 * A JSON code editor: Monaco, loaded on first use (precached for offline), with a plain
 * textarea when Monaco cannot load, so editing (and checking a policy) always works.
 */
export function CodeEditor(props: CodeEditorProps) {
  const theme = useResolvedTheme();
  return (
    <ErrorCatcher fallback={<PlainEditor {...props} />}>
      <Suspense fallback={<DelayedSpinner />}>
        <MonacoEditor {...props} theme={theme} />
      </Suspense>
    </ErrorCatcher>
  );
}

/** Applies a quick fix's edits to a text (last edit first, so offsets stay valid). */
export function applyEdits(text: string, finding: Finding): string {
  const edits = [...(finding.fix?.edits ?? [])].sort(
    (a, b) => b.range.start.offset - a.range.start.offset,
  );
  return edits.reduce(
    (out, e) => out.slice(0, e.range.start.offset) + e.text + out.slice(e.range.end.offset),
    text,
  );
}

/** Where the text stops being JSON, or null when it parses. */
function jsonProblem(text: string): string | null {
  if (text.trim() === '') return null;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The textarea fallback; it still checks: JSON errors, and policy findings with a kind. */
export function PlainEditor({
  value,
  onChange,
  ariaLabel,
  readOnly,
  minLines = 8,
  policyKind,
  onFindings,
}: CodeEditorProps) {
  const lint = usePolicyLint(value, policyKind, onFindings);
  const syntax = useMemo(() => (policyKind ? null : jsonProblem(value)), [policyKind, value]);
  return (
    <div className="code-editor" data-policy-kind={policyKind ?? ''}>
      <textarea
        className="plain-editor"
        aria-label={ariaLabel}
        value={value}
        readOnly={readOnly}
        rows={Math.max(minLines, Math.min(40, value.split('\n').length + 1))}
        spellCheck={false}
        onChange={(e) => onChange?.(e.target.value)}
      />
      {syntax && (
        <p className="findings-note" role="status">
          Not valid JSON: {syntax}
        </p>
      )}
      {policyKind && (
        <FindingsList
          findings={lint.findings}
          note={lint.note}
          checking={lint.checking}
          onApplyFix={
            readOnly || !onChange || lint.text !== value
              ? undefined
              : (f) => onChange(applyEdits(value, f))
          }
        />
      )}
    </div>
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
