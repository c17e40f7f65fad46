import { startTransition, useEffect, useState } from 'react';
import { LoadingNotice } from '../../components/LoadingNotice';
import { useData, useLazyActiveProfile, writeAsActiveProfile } from '../../db/lazyData';
import { useLocation } from '../../lib/router';
import { starterScenario } from './examples';
import { Workbench } from './Workbench';
import { scenarioToWorkbench, type Workbench as WorkbenchState } from './workbench';

/** A saved experiment read back through its schema (zod loads only when there is one). */
async function readSaved(value: unknown) {
  const { readSavedWorkbench } = await import('./scenarioChecks');
  return readSavedWorkbench(value);
}

/**
 * Saves the learner's scratch experiment (on a device that has stored nothing, the first save
 * creates its profile).
 */
function saveScratch(workbench: WorkbenchState) {
  return writeAsActiveProfile((d, profileId) =>
    d.saveSandbox({ id: d.scratchId(profileId), profileId, name: workbench.name, workbench }, d.db),
  );
}

/** A lesson's n-th "Try it" example as a workbench, or what is wrong with the link. */
async function readTryIt(
  lessonId: string | undefined,
  index: string | undefined,
): Promise<{ workbench: WorkbenchState } | { problem: string }> {
  // the lesson list loads only for this route, not for the learner's own experiment
  const { lessonLoaders } = await import('virtual:lp-content/lessons');
  if (!lessonId || !Object.hasOwn(lessonLoaders, lessonId))
    return { problem: `There is no lesson “${lessonId}”.` };
  const { default: body } = await lessonLoaders[lessonId]!();
  const block = body.blocks.find((b) => b.kind === 'tryit' && b.index === Number(index));
  if (!block || block.kind !== 'tryit')
    return { problem: `Lesson “${lessonId}” has no example ${index}.` };
  return {
    workbench: scenarioToWorkbench(block.scenario as Parameters<typeof scenarioToWorkbench>[0]),
  };
}

interface Loaded {
  key: string;
  workbench?: WorkbenchState;
  problem?: string;
  /** whether edits are saved as the learner's scratch experiment */
  saves: boolean;
}

/**
 * #/playground opens the learner's scratch experiment (saved in IndexedDB);
 * #/playground/try/<lesson>/<n> opens a lesson's n-th "Try it" example.
 */
export function WorkbenchRoute() {
  const { segments } = useLocation();
  // The database loads with the page only on a device that has stored something.
  const data = useData();
  const { profile } = useLazyActiveProfile(data);
  const [mode, lessonId, index] = segments.slice(1);
  const routeKey = mode === 'try' ? `${lessonId}/${index}` : 'scratch';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const current = loaded?.key === routeKey ? loaded : null;
  const problem = current?.problem ?? null;

  useEffect(() => {
    let live = true;
    // a transition: React builds the workbench in slices, leaving the main thread free for input
    const set = (value: Loaded) => {
      if (live) startTransition(() => setLoaded(value));
    };
    if (mode === 'try') {
      readTryIt(lessonId, index).then(
        (read) => set({ key: routeKey, ...read, saves: false }),
        (e: unknown) =>
          set({
            key: routeKey,
            problem: `The lesson could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
            saves: false,
          }),
      );
    } else if (data.empty) {
      // nothing stored on this device: the starter experiment, saved from the first edit
      void Promise.resolve().then(() =>
        set({ key: routeKey, workbench: scenarioToWorkbench(starterScenario), saves: true }),
      );
    } else if (data.data && profile) {
      const d = data.data;
      d.loadSandbox(d.scratchId(profile.id), d.db)
        .then(async (saved) => (saved ? readSaved(saved.workbench) : null))
        .then(
          (read) => {
            if (read && 'workbench' in read)
              set({ key: routeKey, workbench: read.workbench, saves: true });
            else
              set({
                key: routeKey,
                workbench: scenarioToWorkbench(starterScenario),
                ...(read && {
                  problem: `Your saved experiment could not be read (${read.problem}), so the starter experiment is shown; your next edit replaces the damaged one.`,
                }),
                saves: true,
              });
          },
          () =>
            set({ key: routeKey, workbench: scenarioToWorkbench(starterScenario), saves: false }),
        );
    }
    return () => {
      live = false;
    };
  }, [mode, lessonId, index, profile, routeKey, data]);

  return (
    <>
      <p className="lead">
        A sandboxed request and every policy that applies to it. Edit anything: IAM's decision and
        the reason for it update as you type. Nothing here talks to AWS.
      </p>
      {mode === 'try' && (
        <p className="notice">
          Opened from a lesson example. Your changes here are not saved;{' '}
          <a href="#/playground">your own experiment</a> is kept separately.
        </p>
      )}
      {problem && <p className="notice notice-warn">{problem}</p>}
      {!current && <LoadingNotice label="Loading the experiment…" />}
      {current?.workbench && (
        <Workbench
          key={current.key}
          initial={current.workbench}
          save={current.saves ? saveScratch : null}
        />
      )}
    </>
  );
}
