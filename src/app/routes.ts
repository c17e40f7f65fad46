import type { ComponentType } from 'react';
import { lazyNamed, type PreloadableLazy } from '../lib/lazyNamed';

export interface AreaRoute {
  /** first path segment, e.g. 'lessons' for #/lessons/… */
  segment: string;
  label: string;
  /** one line for the home page and the navigation title */
  blurb: string;
  page: PreloadableLazy<ComponentType>;
  /**
   * Loads what the area shows first at this location (its page and the view inside it), so
   * the view appears in one commit instead of behind a loading notice.
   */
  preload(segments: readonly string[]): Promise<unknown>;
}

/** An area page module; `preloadView` (optional) loads the view a location shows inside it. */
type AreaModule<K extends string> = Record<K, ComponentType> & {
  preloadView?: (segments: readonly string[]) => Promise<unknown>;
};

function areaPage<K extends string>(
  load: () => Promise<AreaModule<K>>,
  name: K,
): Pick<AreaRoute, 'page' | 'preload'> {
  let loading: Promise<AreaModule<K>> | undefined;
  const loadOnce = () => (loading ??= load());
  const page = lazyNamed(loadOnce, name);
  return {
    page,
    preload: (segments) =>
      Promise.all([page.preload(), loadOnce().then((m) => m.preloadView?.(segments))]),
  };
}

/** The five areas, each loaded on first visit (and precached for offline use). */
export const areaRoutes: readonly AreaRoute[] = [
  {
    segment: 'lessons',
    label: 'Lessons',
    blurb: 'A complete IAM course: users, groups, roles, Identity Center, policies and evaluation.',
    ...areaPage(() => import('../features/lessons/LessonsPage'), 'LessonsPage'),
  },
  {
    segment: 'playground',
    label: 'Playground',
    blurb:
      'A simulated AWS account: write policies, send requests, see every step of the decision.',
    ...areaPage(() => import('../features/playground/PlaygroundPage'), 'PlaygroundPage'),
  },
  {
    segment: 'quiz',
    label: 'Quiz',
    blurb: 'Exam-style questions, timed exam simulations and spaced review of what you missed.',
    ...areaPage(() => import('../features/quiz/QuizPage'), 'QuizPage'),
  },
  {
    segment: 'progress',
    label: 'Progress',
    blurb: 'Where you stand per topic and exam domain, and what to study next.',
    ...areaPage(() => import('../features/progress/ProgressPage'), 'ProgressPage'),
  },
  {
    segment: 'workshop',
    label: 'Workshop',
    blurb: 'Run a classroom session with no server: share a pack, present, collect results.',
    ...areaPage(() => import('../features/workshop/WorkshopPage'), 'WorkshopPage'),
  },
];

export function findArea(segment: string | undefined): AreaRoute | undefined {
  return areaRoutes.find((r) => r.segment === segment);
}
