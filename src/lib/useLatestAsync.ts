import { useLayoutEffect, useRef, useState } from 'react';
import { endInteraction, takeInteraction, type Interaction } from './perfMarks';

export interface LatestResult<R> {
  /** the newest result computed, kept while a newer one is on its way */
  value: R | null;
  /** why the newest computation failed, if it did */
  failure: string | null;
  /** true until the first result or failure */
  pending: boolean;
}

interface Job<R> {
  compute: () => Promise<R>;
  /** when the edit that asked for it happened (performance.now()), if it is measured */
  since: number | undefined;
}

/**
 * The result of `compute` for the newest `deps`, for work that runs elsewhere (the engine's
 * worker). It starts at once when nothing is running; deps that change while it runs wait, and
 * only the newest are computed when it ends: no fixed delay and no queue, so a result follows
 * an edit as soon as the worker allows. A result overtaken by newer deps is dropped.
 *
 * With `interaction`, the User Timing measure of that name runs from the edit that changed
 * the deps (its `startInteraction`) to its result committed to the DOM.
 */
export function useLatestAsync<R>(
  compute: () => Promise<R>,
  deps: readonly unknown[],
  interaction?: Interaction,
): LatestResult<R> {
  const [state, setState] = useState<LatestResult<R>>({
    value: null,
    failure: null,
    pending: true,
  });
  const wanted = useRef<Job<R> | null>(null);
  const busy = useRef(false);
  const mounted = useRef(false);
  const shown = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // a layout effect: the work starts before the browser paints the edit, not after
  useLayoutEffect(() => {
    wanted.current = { compute, since: interaction && takeInteraction(interaction) };
    if (busy.current) return; // the running job starts the newest one when it ends
    const run = (job: Job<R>) => {
      busy.current = true;
      const overtaken = () => !mounted.current || wanted.current !== job;
      Promise.resolve()
        .then(job.compute)
        .then(
          (value) => {
            if (overtaken()) return;
            shown.current = job.since;
            setState({ value, failure: null, pending: false });
          },
          (e: unknown) => {
            if (!overtaken())
              setState((s) => ({ value: s.value, failure: String(e), pending: false }));
          },
        )
        .finally(() => {
          busy.current = false;
          const next = wanted.current;
          if (mounted.current && next && next !== job) run(next);
        });
    };
    run(wanted.current);
    // the caller's deps decide when to compute again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useLayoutEffect(() => {
    if (interaction) endInteraction(interaction, shown.current);
    shown.current = undefined;
  }, [state, interaction]);
  return state;
}
