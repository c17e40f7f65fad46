import { useEffect, useRef } from 'react';

export interface QuizKeyHandlers {
  /** 1–9: choose the n-th option */
  pick?: (n: number) => void;
  enter?: () => void;
  flag?: () => void;
  prev?: () => void;
  next?: () => void;
}

/** Elements whose own keys must not be taken over: typing, selects, editors. */
function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/**
 * Quiz shortcuts: number keys pick options, Enter submits or moves on, F flags, arrows
 * navigate. Nothing is taken while focus is in a text field or select; Enter on a button or
 * link and arrows on a radio button or checkbox keep their usual meaning.
 */
export function useQuizKeys(handlers: QuizKeyHandlers, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (typingTarget(target)) return;
      const h = ref.current;
      const el = target instanceof HTMLElement ? target : null;
      if (/^[1-9]$/.test(event.key) && h.pick) {
        event.preventDefault();
        h.pick(Number(event.key));
      } else if (event.key === 'Enter' && h.enter) {
        if (el?.closest('button, a, summary, [role="button"]')) return;
        event.preventDefault();
        h.enter();
      } else if ((event.key === 'f' || event.key === 'F') && h.flag) {
        event.preventDefault();
        h.flag();
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        if (el instanceof HTMLInputElement) return;
        const go = event.key === 'ArrowLeft' ? h.prev : h.next;
        if (!go) return;
        event.preventDefault();
        go();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** Clicks the n-th option input of the question inside `root` (as a number key does). */
export function pickOption(root: HTMLElement | null, n: number): void {
  const input = root?.querySelector<HTMLInputElement>(`input[data-key="${n}"]`);
  if (input && !input.disabled) input.click();
}
