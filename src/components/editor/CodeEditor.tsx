import { useId, useMemo, useSyncExternalStore } from 'react';
import type { Finding, PolicyKind } from '../../engine/index';
import { subscribeThemeInUse, themeInUse } from '../../app/theme';
import { ErrorCatcher } from './ErrorCatcher';
import { FindingsList } from './FindingsList';
import { loadMonaco, monacoState, subscribeMonaco } from './monacoLoader';
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

/**
 * A JSON code editor. It starts as a plain textarea (which already checks JSON and policies)
 * and becomes Monaco on the first focus or pointer over any editor: Monaco's megabyte of
 * script is precached for offline use but parsed only when someone edits. If Monaco cannot
 * load, the textarea stays, so editing and checking always work.
 */
export function CodeEditor(props: CodeEditorProps) {
  // Monaco's colours follow the page's theme (src/app/theme.ts), system changes included
  const theme = useSyncExternalStore(subscribeThemeInUse, themeInUse);
  const editorId = useId();
  const monaco = useSyncExternalStore(subscribeMonaco, monacoState);
  const Monaco = monaco.component;
  if (Monaco) {
    const focusOffset =
      monaco.handoff?.editorId === editorId ? { focusOffset: monaco.handoff.offset } : {};
    return (
      <ErrorCatcher fallback={<PlainEditor {...props} />}>
        <Monaco {...props} {...focusOffset} theme={theme} />
      </ErrorCatcher>
    );
  }
  return (
    <div className="editor-slot" onFocus={loadMonaco} onPointerEnter={loadMonaco}>
      <PlainEditor {...props} editorId={editorId} />
      {monaco.status === 'failed' && (
        <p className="findings-note">
          The full editor could not load, so this is a plain text box; your policy is still checked.
        </p>
      )}
    </div>
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
  editorId,
}: CodeEditorProps & { editorId?: string }) {
  const lint = usePolicyLint(value, policyKind, onFindings);
  const syntax = useMemo(() => (policyKind ? null : jsonProblem(value)), [policyKind, value]);
  return (
    <div className="code-editor" data-policy-kind={policyKind ?? ''}>
      <textarea
        className="plain-editor"
        data-editor-id={editorId}
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
