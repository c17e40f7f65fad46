import { useEffect, useRef, useState } from 'react';
import type { Finding, PolicyKind } from '../../engine/index';
import { lintInWorker } from './lintClient';

/** Lint state for a policy text: findings of the latest finished check. */
export interface PolicyLintState {
  /** The text these findings belong to. */
  text: string | null;
  findings: Finding[];
  note?: string;
}

const DELAY_MS = 300;

/**
 * Lints `text` in the worker a moment after it stops changing; the newest text wins. Without a
 * kind nothing runs. `onFindings` hears every finished check.
 */
export function usePolicyLint(
  text: string,
  kind: PolicyKind | undefined,
  onFindings?: (findings: Finding[]) => void,
): PolicyLintState & { checking: boolean } {
  const [state, setState] = useState<PolicyLintState & { key: string }>({
    key: '',
    text: null,
    findings: [],
  });
  const key = `${kind ?? ''}\u0000${text}`;
  const onFindingsRef = useRef(onFindings);
  useEffect(() => {
    onFindingsRef.current = onFindings;
  }, [onFindings]);
  useEffect(() => {
    if (!kind) return;
    let live = true;
    const timer = setTimeout(() => {
      lintInWorker(text, kind)
        .then((result) => {
          if (!live) return;
          const next: PolicyLintState & { key: string } = { key, text, findings: result.findings };
          if (result.note) next.note = result.note;
          setState(next);
          onFindingsRef.current?.(result.findings);
        })
        .catch((error: unknown) => {
          if (!live) return;
          setState({
            key,
            text,
            findings: [],
            note: `The policy checks could not run: ${error instanceof Error ? error.message : String(error)}`,
          });
        });
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, kind, text]);
  return { ...state, checking: state.key !== key };
}
