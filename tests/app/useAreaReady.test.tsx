// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AreaRoute } from '../../src/app/routes';
import { firstViewReady, useAreaReady } from '../../src/app/useAreaReady';
import { lazyNamed } from '../../src/lib/lazyNamed';

afterEach(cleanup);

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function fakeArea(preload: AreaRoute['preload']): AreaRoute {
  const page = lazyNamed(() => Promise.resolve({ Page: () => <p>page</p> }), 'Page');
  return { segment: 'x', label: 'X', blurb: '', page, preload };
}

function Probe({ area, segments }: { area: AreaRoute | undefined; segments: string[] }) {
  return <p>{useAreaReady(area, segments) ? 'ready' : 'loading'}</p>;
}

describe('useAreaReady', () => {
  it("waits for the area's first view, preloaded for the location, then stays ready", async () => {
    const gate = deferred();
    const preload = vi.fn(() => gate.promise);
    const area = fakeArea(preload);
    const first = render(<Probe area={area} segments={['x', 'view']} />);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(preload).toHaveBeenCalledWith(['x', 'view']);
    await act(async () => gate.resolve());
    expect(screen.getByText('ready')).toBeTruthy();
    first.unmount();
    // a later visit to the same area is ready at once and loads nothing again
    render(<Probe area={area} segments={['x', 'other']} />);
    expect(screen.getByText('ready')).toBeTruthy();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('shows the page after a failed load too (its error boundary reports the failure)', async () => {
    const gate = deferred();
    render(<Probe area={fakeArea(() => gate.promise)} segments={['x']} />);
    await act(async () => gate.reject(new Error('offline')));
    expect(screen.getByText('ready')).toBeTruthy();
  });

  it('is ready at once where there is no area (home, not found)', () => {
    render(<Probe area={undefined} segments={[]} />);
    expect(screen.getByText('ready')).toBeTruthy();
  });
});

describe("the first render's wait for the page a deep link opens", () => {
  const settled = (p: Promise<void>) => {
    const state = { done: false };
    void p.then(() => (state.done = true));
    return state;
  };

  it('ends when the page and its view have loaded, and the area is then ready', async () => {
    const gate = deferred();
    const area = fakeArea(() => gate.promise);
    const wait = settled(firstViewReady(area, ['x', 'view'], 60_000));
    await Promise.resolve();
    expect(wait.done).toBe(false);
    await act(async () => gate.resolve());
    expect(wait.done).toBe(true);
    // the app's first render then shows the page, not a loading notice
    render(<Probe area={area} segments={['x', 'view']} />);
    expect(screen.getByText('ready')).toBeTruthy();
  });

  it('gives up after the time allowed, so a slow network still shows the shell', async () => {
    vi.useFakeTimers();
    try {
      const wait = settled(
        firstViewReady(
          fakeArea(() => new Promise(() => {})),
          ['x'],
          1500,
        ),
      );
      await vi.advanceTimersByTimeAsync(1499);
      expect(wait.done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(wait.done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not wait where the location has no area (home)', async () => {
    const wait = settled(firstViewReady(undefined, [], 60_000));
    await Promise.resolve();
    expect(wait.done).toBe(true);
  });
});

describe('lazyNamed', () => {
  it('loads its module once, whether preloaded or rendered', async () => {
    const load = vi.fn(() => Promise.resolve({ Hello: () => <p>hello</p> }));
    const Hello = lazyNamed(load, 'Hello');
    await Hello.preload();
    await Hello.preload();
    await act(async () => {
      render(
        <Suspense fallback={<p>wait</p>}>
          <Hello />
        </Suspense>,
      );
    });
    expect(screen.getByText('hello')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
