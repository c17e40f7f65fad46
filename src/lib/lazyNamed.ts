import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Any props: the component's own props type flows through M[K].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

/**
 * React.lazy for a module's named export: the component's code (and what only it imports)
 * becomes its own chunk, fetched on first render.
 */
export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
