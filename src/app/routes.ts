import type { ComponentType, LazyExoticComponent } from 'react';
import { lazyNamed } from '../lib/lazyNamed';

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
    page: lazyNamed(() => import('../features/lessons/LessonsPage'), 'LessonsPage'),
  },
  {
    segment: 'playground',
    label: 'Playground',
    blurb:
      'A simulated AWS account: write policies, send requests, see every step of the decision.',
    page: lazyNamed(() => import('../features/playground/PlaygroundPage'), 'PlaygroundPage'),
  },
  {
    segment: 'quiz',
    label: 'Quiz',
    blurb: 'Exam-style questions, timed exam simulations and spaced review of what you missed.',
    page: lazyNamed(() => import('../features/quiz/QuizPage'), 'QuizPage'),
  },
  {
    segment: 'progress',
    label: 'Progress',
    blurb: 'Where you stand per topic and exam domain, and what to study next.',
    page: lazyNamed(() => import('../features/progress/ProgressPage'), 'ProgressPage'),
  },
  {
    segment: 'workshop',
    label: 'Workshop',
    blurb: 'Run a classroom session with no server: share a pack, present, collect results.',
    page: lazyNamed(() => import('../features/workshop/WorkshopPage'), 'WorkshopPage'),
  },
];

export function findArea(segment: string | undefined): AreaRoute | undefined {
  return areaRoutes.find((r) => r.segment === segment);
}
