import { lessonLoaders } from 'virtual:lp-content/lessons';

/** Starts loading a lesson's body (the reader's own load then finds it on its way). */
export function prefetchLesson(lessonId: string): void {
  lessonLoaders[lessonId]?.().catch(() => {}); // the reader loads it again and reports a failure
}
