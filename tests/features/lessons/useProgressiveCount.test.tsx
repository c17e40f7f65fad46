// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from '../../../src/features/lessons/useProgressiveCount';

afterEach(() => vi.useRealTimers());

describe('useProgressiveCount', () => {
  it('shows the first items at once, then one more per idle moment up to the total', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useProgressiveCount(5, 2));
    expect(result.current).toBe(2);
    await act(async () => vi.advanceTimersToNextTimerAsync());
    expect(result.current).toBe(3);
    for (let i = 0; i < 5; i += 1) await act(async () => vi.advanceTimersToNextTimerAsync());
    expect(result.current).toBe(5);
  });

  it('shows everything at once when asked (printing, jumping to a section)', () => {
    const { result } = renderHook(() => useProgressiveCount(7, 1, true));
    expect(result.current).toBe(7);
  });

  it('never reports more than the total', () => {
    const { result } = renderHook(() => useProgressiveCount(2, 5));
    expect(result.current).toBe(2);
  });
});
