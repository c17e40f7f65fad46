// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AreaRoute } from '../../src/app/routes';
import { useAreaReady } from '../../src/app/useAreaReady';
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
