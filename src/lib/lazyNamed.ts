import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Any props: the component's own props type flows through M[K].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

export type PreloadableLazy<C extends AnyComponent> = LazyExoticComponent<C> & {
  /** Starts loading the component's code (once); resolves when it has loaded. */
  preload(): Promise<unknown>;
};

/**
 * React.lazy for a module's named export: the component's code (and what only it imports)
 * becomes its own chunk, fetched on first render or on `preload()`, whichever comes first.
 */
export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): PreloadableLazy<M[K]> {
  let loading: Promise<{ default: M[K] }> | undefined;
  const start = () => (loading ??= load().then((m) => ({ default: m[name] })));
  return Object.assign(lazy(start), { preload: start });
}
