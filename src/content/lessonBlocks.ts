/** A lesson body, rendered at build time into blocks the reader shows in order. */
export type LessonBlock =
  | { kind: 'html'; html: string }
  | { kind: 'diagram'; name: string; caption: string; svg: string }
  | {
      kind: 'tryit';
      index: number;
      scenario: Record<string, unknown>;
      /** its policies, highlighted at build time */
      policies: import('./tryItPolicies').TryItPolicy[];
    }
  | { kind: 'keyfacts'; html: string };

export interface TocEntry {
  id: string;
  text: string;
  level: 2 | 3;
}

export interface LessonBody {
  id: string;
  blocks: LessonBlock[];
  toc: TocEntry[];
  /** checkpoint questions chosen at build time from the bank by the lesson's topics */
  checkpoints?: import('./schema').Question[];
}

/** One searchable section of a lesson (built into the offline search index). */
export interface LessonSection {
  lessonId: string;
  anchor: string;
  heading: string;
  text: string;
}
