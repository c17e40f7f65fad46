// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { interactions, startInteraction } from '../../src/lib/perfMarks';
import { useLatestAsync } from '../../src/lib/useLatestAsync';

/** A computation the test finishes by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => performance.clearMeasures());

describe('useLatestAsync', () => {
  it('computes at once, then only the newest input when several arrive while it runs', async () => {
    const started: number[] = [];
    const jobs = new Map<number, ReturnType<typeof deferred<string>>>();
    const compute = (n: number) => () => {
      started.push(n);
      const job = deferred<string>();
      jobs.set(n, job);
      return job.promise;
    };
    const { result, rerender } = renderHook(({ n }) => useLatestAsync(compute(n), [n]), {
      initialProps: { n: 1 },
    });
    await waitFor(() => expect(started).toEqual([1]));
    expect(result.current).toEqual({ value: null, failure: null, pending: true });

    rerender({ n: 2 });
    rerender({ n: 3 });
    await act(async () => jobs.get(1)?.resolve('one'));
    // 1 was overtaken: never shown; 2 was skipped; 3 runs now
    await waitFor(() => expect(started).toEqual([1, 3]));
    expect(result.current.value).toBeNull();
    await act(async () => jobs.get(3)?.resolve('three'));
    expect(result.current).toEqual({ value: 'three', failure: null, pending: false });
  });

  it('keeps the last value when a newer computation fails', async () => {
    const { result, rerender } = renderHook(
      ({ fail }) =>
        useLatestAsync(
          () => (fail ? Promise.reject(new Error('worker gone')) : Promise.resolve('ok')),
          [fail],
        ),
      { initialProps: { fail: false } },
    );
    await waitFor(() => expect(result.current.value).toBe('ok'));
    rerender({ fail: true });
    await waitFor(() => expect(result.current.failure).toBe('Error: worker gone'));
    expect(result.current.value).toBe('ok');
  });

  it('measures an edit to its result in the DOM, under the interaction name', async () => {
    const { result, rerender } = renderHook(
      ({ n }) => useLatestAsync(() => Promise.resolve(n), [n], interactions.playgroundEval),
      { initialProps: { n: 1 } },
    );
    await waitFor(() => expect(result.current.value).toBe(1));
    expect(performance.getEntriesByName('lp:playground-eval')).toEqual([]);
    startInteraction(interactions.playgroundEval);
    rerender({ n: 2 });
    await waitFor(() => expect(result.current.value).toBe(2));
    expect(performance.getEntriesByName('lp:playground-eval')).toHaveLength(1);
  });
});
