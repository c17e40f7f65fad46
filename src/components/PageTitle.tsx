import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page mounts so screen readers announce the new page
 * after a route change (hash navigation does not move focus by itself), and sets document.title.
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = title ?? ref.current?.textContent ?? '';
    document.title = text ? `${text} · Least Privilege` : 'Least Privilege';
    if (document.activeElement === document.body || document.activeElement === null) return;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <h1 id="page-title" ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
