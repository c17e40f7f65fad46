import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AreaRoute {
  /** first path segment, e.g. 'lessons' for #/lessons/… */
  segment: string;
  label: string;
  /** one line for the home page and the navigation title */
  blurb: string;
  page: LazyExoticComponent<ComponentType>;
}

/** The five areas, each loaded on first visit (and precached for offline use). */
export const areaRoutes: readonly AreaRoute[] = [
  {
    segment: 'lessons',
    label: 'Lessons',
    blurb: 'A complete IAM course: users, groups, roles, Identity Center, policies and evaluation.',
    page: lazy(() =>
      import('../features/lessons/LessonsPage').then((m) => ({ default: m.LessonsPage })),
    ),
  },
  {
    segment: 'playground',
    label: 'Playground',
    blurb:
      'A simulated AWS account: write policies, send requests, see every step of the decision.',
    page: lazy(() =>
      import('../features/playground/PlaygroundPage').then((m) => ({ default: m.PlaygroundPage })),
    ),
  },
  {
    segment: 'quiz',
    label: 'Quiz',
    blurb: 'Exam-style questions, timed exam simulations and spaced review of what you missed.',
    page: lazy(() => import('../features/quiz/QuizPage').then((m) => ({ default: m.QuizPage }))),
  },
  {
    segment: 'progress',
    label: 'Progress',
    blurb: 'Where you stand per topic and exam domain, and what to study next.',
    page: lazy(() =>
      import('../features/progress/ProgressPage').then((m) => ({ default: m.ProgressPage })),
    ),
  },
  {
    segment: 'workshop',
    label: 'Workshop',
    blurb: 'Run a classroom session with no server: share a pack, present, collect results.',
    page: lazy(() =>
      import('../features/workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })),
    ),
  },
];

export function findArea(segment: string | undefined): AreaRoute | undefined {
  return areaRoutes.find((r) => r.segment === segment);
}
