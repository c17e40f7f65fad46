import { startTransition, useEffect, useState } from 'react';
import { LoadingNotice } from '../../components/LoadingNotice';
import {
  useData,
  useLazyActiveProfile,
  writeAsActiveProfile,
  writeData,
  type Data,
} from '../../db/lazyData';
import { useLocation } from '../../lib/router';
import { starterScenario } from './examples';
import { Workbench } from './Workbench';
import { scenarioToWorkbench, type Workbench as WorkbenchState } from './workbench';

/** A saved experiment read back through its schema (zod loads only when there is one). */
async function readSaved(value: unknown) {
  const { readSavedWorkbench } = await import('./scenarioChecks');
  return readSavedWorkbench(value);
}

type Save = (workbench: WorkbenchState) => Promise<unknown>;

/**
 * Saves the learner's scratch experiment for the profile it was read for, so an edit never
 * lands in another profile when another tab switches profiles. On a device that has stored
 * nothing (`owner` null) the first save creates the profile: `fresh` hears when that save
 * starts and which profile owns the experiment once it is done. Later saves go to that profile.
 */
function scratchSave(
  owner: string | null,
  fresh?: { started(): void; owned(profileId: string): void },
): Save {
  let profileId = owner;
  let claimed = false;
  return async (workbench) => {
    const write = (d: Data, id: string) =>
      d.saveSandbox({ id: d.scratchId(id), profileId: id, name: workbench.name, workbench }, d.db);
    if (profileId !== null) {
      const id = profileId;
      return writeData((d) => write(d, id));
    }
    if (!claimed) fresh?.started();
    claimed = true;
    const id = await writeAsActiveProfile(async (d, active) => {
      await write(d, active);
      return active;
    });
    profileId = id;
    fresh?.owned(id);
  };
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
  /** what it shows: 'scratch', or '<lesson>/<n>' for a lesson's example */
  key: string;
  /** every read gets its own number, and a new workbench */
  generation: number;
  workbench?: WorkbenchState;
  problem?: string;
  /** the profile a scratch experiment belongs to; null before a fresh device's first save */
  owner: string | null;
  /** whether a fresh device's first save has started (its new profile will be the owner) */
  claimed: boolean;
  /** how edits are saved; null: not saved */
  save: Save | null;
}

let generations = 0;

/**
 * #/playground opens the learner's scratch experiment (saved in IndexedDB);
 * #/playground/try/<lesson>/<n> opens a lesson's n-th "Try it" example.
 */
export function WorkbenchRoute() {
  const { segments } = useLocation();
  // The database loads with the page only on a device that has stored something.
  const data = useData();
  const { profile } = useLazyActiveProfile(data);
  const activeId = profile?.id ?? null;
  const [mode, lessonId, index] = segments.slice(1);
  const routeKey = mode === 'try' ? `${lessonId}/${index}` : 'scratch';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const shown = loaded?.key === routeKey ? loaded : null;
  // Another profile's experiment is never shown: when the active profile changes (in this tab's
  // switcher or another tab's), the page reads the new profile's. Until the profile is known,
  // the one read is kept; its edits are saved for the profile it was read for.
  const current =
    shown && (shown.owner === null || activeId === null || shown.owner === activeId) ? shown : null;
  const problem = current?.problem ?? null;

  // What must be read, if anything: a lesson's example, the starter for a fresh device, or the
  // active profile's experiment. A fresh device's experiment whose first save has started
  // belongs to the profile that save creates, so it is kept, not read again.
  let need: string | null = null;
  if (mode === 'try') need = shown ? null : `try:${routeKey}`;
  else if (data.empty) need = shown ? null : 'fresh';
  else if (activeId && !(shown && (shown.owner === activeId || shown.claimed)))
    need = `profile:${activeId}`;
  const d = data.data;

  useEffect(() => {
    if (need === null) return;
    let live = true;
    const generation = (generations += 1);
    // a transition: React builds the workbench in slices, leaving the main thread free for input
    const set = (value: Omit<Loaded, 'generation' | 'claimed'>) => {
      if (live) startTransition(() => setLoaded({ ...value, generation, claimed: false }));
    };
    const update = (change: Partial<Loaded>) =>
      setLoaded((l) => (l?.generation === generation ? { ...l, ...change } : l));
    const starter = () => scenarioToWorkbench(starterScenario);
    if (mode === 'try') {
      readTryIt(lessonId, index).then(
        (read) => set({ key: routeKey, ...read, owner: null, save: null }),
        (e: unknown) =>
          set({
            key: routeKey,
            problem: `The lesson could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
            owner: null,
            save: null,
          }),
      );
    } else if (need === 'fresh') {
      // nothing stored on this device: the starter experiment, saved from the first edit
      const save = scratchSave(null, {
        started: () => update({ claimed: true }),
        owned: (owner) => update({ owner }),
      });
      void Promise.resolve().then(() =>
        set({ key: routeKey, workbench: starter(), owner: null, save }),
      );
    } else if (d && activeId) {
      const owner = activeId;
      const save = scratchSave(owner);
      d.loadSandbox(d.scratchId(owner), d.db)
        .then(async (saved) => (saved ? readSaved(saved.workbench) : null))
        .then(
          (read) => {
            if (read && 'workbench' in read)
              set({ key: routeKey, workbench: read.workbench, owner, save });
            else
              set({
                key: routeKey,
                workbench: starter(),
                ...(read && {
                  problem: `Your saved experiment could not be read (${read.problem}), so the starter experiment is shown; your next edit replaces the damaged one.`,
                }),
                owner,
                save,
              });
          },
          () => set({ key: routeKey, workbench: starter(), owner, save: null }),
        );
    }
    return () => {
      live = false;
    };
  }, [need, mode, lessonId, index, routeKey, d, activeId]);

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
        <Workbench key={current.generation} initial={current.workbench} save={current.save} />
      )}
    </>
  );
}
