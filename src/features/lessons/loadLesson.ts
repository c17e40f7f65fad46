import { lessonLoaders } from 'virtual:lp-content/lessons';
import type { LessonBody as LessonContent } from '../../content/lessonBlocks';
import type { LessonBody } from './LessonBody';

/** A lesson's body and the component that shows it, which load together. */
export interface LoadedLesson {
  body: LessonContent;
  View: typeof LessonBody;
}

const loaded = new Map<string, LoadedLesson>();
const loading = new Map<string, Promise<LoadedLesson>>();

/**
 * Loads a lesson's body with the code that shows it (once per lesson; a failed load is tried
 * again next time). Rejects for a lesson that does not exist or could not be fetched.
 */
export function loadLesson(lessonId: string): Promise<LoadedLesson> {
  let pending = loading.get(lessonId);
  if (!pending) {
    const load = lessonLoaders[lessonId];
    if (!load) return Promise.reject(new Error(`There is no lesson called ${lessonId}`));
    pending = Promise.all([load(), import('./LessonBody')]).then(
      ([content, view]) => {
        const lesson = { body: content.default, View: view.LessonBody };
        loaded.set(lessonId, lesson);
        return lesson;
      },
      (e: unknown) => {
        loading.delete(lessonId);
        throw e;
      },
    );
    loading.set(lessonId, pending);
  }
  return pending;
}

/** The lesson, if it has loaded already: a reader can then show it in its first render. */
export function loadedLesson(lessonId: string): LoadedLesson | undefined {
  return loaded.get(lessonId);
}
