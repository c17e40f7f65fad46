import { startTransition, useEffect, useState } from 'react';
import { lessonLoaders } from 'virtual:lp-content/lessons';
import { LoadingNotice } from '../../components/LoadingNotice';
import { loadSandbox, scratchId } from '../../db/sandboxRepo';
import { useActiveProfile } from '../../db/useActiveProfile';
import { useLocation } from '../../lib/router';
import { starterScenario } from './examples';
import { Workbench } from './Workbench';
import { scenarioToWorkbench, type Workbench as WorkbenchState } from './workbench';

/** A saved experiment read back through its schema (zod loads only when there is one). */
async function readSaved(value: unknown) {
  const { readSavedWorkbench } = await import('./scenarioChecks');
  return readSavedWorkbench(value);
}

interface Loaded {
  key: string;
  workbench?: WorkbenchState;
  problem?: string;
  saveAs: string | null;
}

/**
 * #/playground opens the learner's scratch experiment (saved in IndexedDB);
 * #/playground/try/<lesson>/<n> opens a lesson's n-th "Try it" example.
 */
export function WorkbenchRoute() {
  const { segments } = useLocation();
  const { profile } = useActiveProfile();
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
      const load = lessonId ? lessonLoaders[lessonId] : undefined;
      const missing = {
        key: routeKey,
        problem: `Lesson “${lessonId}” has no example ${index}.`,
        saveAs: null,
      };
      if (!load)
        void Promise.resolve().then(() =>
          set({ ...missing, problem: `There is no lesson “${lessonId}”.` }),
        );
      else
        load().then((m) => {
          const block = m.default.blocks.find(
            (b) => b.kind === 'tryit' && b.index === Number(index),
          );
          if (!block || block.kind !== 'tryit') set(missing);
          else
            set({
              key: routeKey,
              workbench: scenarioToWorkbench(
                block.scenario as Parameters<typeof scenarioToWorkbench>[0],
              ),
              saveAs: null,
            });
        });
    } else if (profile) {
      loadSandbox(scratchId(profile.id))
        .then(async (saved) => (saved ? readSaved(saved.workbench) : null))
        .then(
          (read) => {
            const saveAs = scratchId(profile.id);
            if (read && 'workbench' in read)
              set({ key: routeKey, workbench: read.workbench, saveAs });
            else
              set({
                key: routeKey,
                workbench: scenarioToWorkbench(starterScenario),
                ...(read && {
                  problem: `Your saved experiment could not be read (${read.problem}), so the starter experiment is shown; your next edit replaces the damaged one.`,
                }),
                saveAs,
              });
          },
          () =>
            set({ key: routeKey, workbench: scenarioToWorkbench(starterScenario), saveAs: null }),
        );
    }
    return () => {
      live = false;
    };
  }, [mode, lessonId, index, profile, routeKey]);

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
          sandboxId={current.saveAs}
          profileId={profile?.id ?? null}
        />
      )}
    </>
  );
}
