import { useEffect, type RefObject } from 'react';

/**
 * While `active`, everything on the page outside `ref` is inert: the presenter covers the app,
 * so keyboard focus and screen readers must not wander into the hidden page behind it.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const inside = ref.current;
    if (!active || !inside) return;
    const changed: HTMLElement[] = [];
    for (
      let node: HTMLElement | null = inside;
      node && node !== document.body;
      node = node.parentElement
    ) {
      const parent: HTMLElement | null = node.parentElement;
      if (!parent) break;
      for (const sibling of Array.from(parent.children))
        if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
          sibling.inert = true;
          changed.push(sibling);
        }
    }
    return () => {
      for (const el of changed) el.inert = false;
    };
  }, [ref, active]);
}
