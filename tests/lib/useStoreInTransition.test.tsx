// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useStoreInTransition } from '../../src/lib/useStoreInTransition';

/** A minimal external store: a value and the listeners to tell when it changes. */
function makeStore(initial: string) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    read: () => value,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: string) {
      value = next;
      for (const l of listeners) l();
    },
    listenerCount: () => listeners.size,
  };
}

function Show({ store }: { store: ReturnType<typeof makeStore> }) {
  return <p>value: {useStoreInTransition(store.subscribe, store.read)}</p>;
}

afterEach(cleanup);

describe('useStoreInTransition', () => {
  it('renders the current value, then every change', async () => {
    const store = makeStore('a');
    render(<Show store={store} />);
    expect(screen.getByText('value: a')).toBeTruthy();
    await act(async () => store.set('b'));
    expect(screen.getByText('value: b')).toBeTruthy();
    await act(async () => store.set('c'));
    expect(screen.getByText('value: c')).toBeTruthy();
  });

  it('picks up a change made between the render and the subscription', async () => {
    const store = makeStore('before');
    function ChangeOnMount() {
      useEffect(() => store.set('after'), []);
      return null;
    }
    // a child's effect runs before its parent's: the change lands before the parent subscribes
    function ShowWithChild() {
      return (
        <>
          <p>value: {useStoreInTransition(store.subscribe, store.read)}</p>
          <ChangeOnMount />
        </>
      );
    }
    render(<ShowWithChild />);
    await act(async () => {});
    expect(screen.getByText('value: after')).toBeTruthy();
  });

  it('follows a new store and stops listening to the old one, and to any on unmount', async () => {
    const first = makeStore('first');
    const second = makeStore('second');
    const { rerender, unmount } = render(<Show store={first} />);
    expect(first.listenerCount()).toBe(1);
    rerender(<Show store={second} />);
    await act(async () => {});
    expect(screen.getByText('value: second')).toBeTruthy();
    expect(first.listenerCount()).toBe(0);
    expect(second.listenerCount()).toBe(1);
    unmount();
    expect(second.listenerCount()).toBe(0);
  });
});
