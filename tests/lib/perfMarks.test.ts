import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// a fresh module (and so no pending starts) for every test
const load = () => import('../../src/lib/perfMarks');

beforeEach(() => {
  vi.resetModules();
  performance.clearMeasures();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const measures = (name: string) => performance.getEntriesByName(name, 'measure');

describe('perfMarks', () => {
  it('names the measures as documented', async () => {
    const { interactions } = await load();
    expect(interactions).toEqual({
      playgroundEval: 'lp:playground-eval',
      quizNext: 'lp:quiz-next',
    });
  });

  it('measures from the start to the end, once', async () => {
    const { endInteraction, interactions, startInteraction } = await load();
    startInteraction(interactions.quizNext);
    endInteraction(interactions.quizNext);
    endInteraction(interactions.quizNext);
    const [entry, ...more] = measures('lp:quiz-next');
    expect(more).toEqual([]);
    expect(entry?.duration).toBeGreaterThanOrEqual(0);
    expect(measures('lp:playground-eval')).toEqual([]);
  });

  it('measures from a start taken earlier, and a newer start replaces an older one', async () => {
    const { endInteraction, interactions, startInteraction, takeInteraction } = await load();
    startInteraction(interactions.playgroundEval);
    const first = takeInteraction(interactions.playgroundEval);
    expect(takeInteraction(interactions.playgroundEval)).toBeUndefined();
    startInteraction(interactions.playgroundEval);
    startInteraction(interactions.playgroundEval);
    const latest = takeInteraction(interactions.playgroundEval);
    expect(latest).toBeGreaterThanOrEqual(first ?? Infinity);
    endInteraction(interactions.playgroundEval, latest);
    expect(measures('lp:playground-eval').map((m) => m.startTime)).toEqual([latest]);
  });

  it('records nothing without a start', async () => {
    const { endInteraction, interactions } = await load();
    endInteraction(interactions.quizNext);
    expect(measures('lp:quiz-next')).toEqual([]);
  });

  it('never throws where performance is missing', async () => {
    vi.stubGlobal('performance', undefined);
    const { endInteraction, interactions, startInteraction, takeInteraction } = await load();
    expect(() => {
      startInteraction(interactions.quizNext);
      endInteraction(interactions.quizNext);
      endInteraction(interactions.playgroundEval, 5);
    }).not.toThrow();
    expect(takeInteraction(interactions.quizNext)).toBeUndefined();
  });

  it('never throws where User Timing refuses', async () => {
    vi.stubGlobal('performance', {
      now: () => 1,
      measure: () => {
        throw new TypeError('not supported');
      },
      clearMeasures: () => undefined,
    });
    const { endInteraction, interactions, startInteraction } = await load();
    startInteraction(interactions.quizNext);
    expect(() => endInteraction(interactions.quizNext)).not.toThrow();
  });

  it('keeps the timeline small in a long session', async () => {
    const { endInteraction, interactions } = await load();
    for (let i = 0; i < 510; i += 1) endInteraction(interactions.quizNext, 0);
    expect(measures('lp:quiz-next').length).toBe(10);
  });
});
