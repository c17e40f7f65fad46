// Loads Monaco's editor component once per tab, on the first interaction with any code editor
// (focus, pointer), so pages with editors render and become interactive without parsing
// Monaco first. Every mounted editor then switches to it; the one the learner was typing in
// keeps the focus and the caret.
import type { MonacoEditor } from './MonacoEditor';

export type MonacoComponent = typeof MonacoEditor;

export interface MonacoState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  component: MonacoComponent | null;
  /** The plain editor that had the focus when Monaco arrived, and where its caret was. */
  handoff: { editorId: string; offset: number } | null;
}

let state: MonacoState = { status: 'idle', component: null, handoff: null };
const listeners = new Set<() => void>();

function set(next: MonacoState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export function subscribeMonaco(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For useSyncExternalStore: the same object until something changes. */
export function monacoState(): MonacoState {
  return state;
}

/** The focused plain editor's id and caret, so Monaco can take over where the learner was. */
function focusedPlainEditor(): MonacoState['handoff'] {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  if (!(active instanceof HTMLTextAreaElement)) return null;
  const editorId = active.dataset.editorId;
  return editorId ? { editorId, offset: active.selectionStart } : null;
}

/** Starts loading Monaco unless it is loading or loaded; after a failure, tries again. */
export function loadMonaco(): void {
  if (state.status === 'loading' || state.status === 'ready') return;
  set({ status: 'loading', component: null, handoff: null });
  import('./MonacoEditor').then(
    (m) => set({ status: 'ready', component: m.MonacoEditor, handoff: focusedPlainEditor() }),
    () => set({ status: 'failed', component: null, handoff: null }),
  );
}
