import type { Options } from 'minisearch';

/** Shared by the build (which indexes) and the app (which loads the index). */
export const searchOptions: Options = {
  idField: 'key',
  fields: ['title', 'heading', 'text'],
  storeFields: ['lessonId', 'anchor', 'heading', 'title'],
  searchOptions: { boost: { title: 3, heading: 2 }, prefix: true, fuzzy: 0.2 },
};

export interface SearchHit {
  lessonId: string;
  anchor: string;
  heading: string;
  title: string;
  score: number;
}
