import { useEffect, useState } from 'react';
import type { LessonBody } from '../../../content/lessonBlocks';
import type { LessonMeta } from '../../../content/schema';

/** Loads the bodies of the given lessons (precached, so this works offline). */
export function useLessonBodies(
  lessons: readonly LessonMeta[] | null,
): { meta: LessonMeta; body: LessonBody }[] | null {
  const key = lessons?.map((l) => l.id).join(',') ?? null;
  const [loaded, setLoaded] = useState<{
    key: string;
    value: { meta: LessonMeta; body: LessonBody }[];
  } | null>(null);
  useEffect(() => {
    if (key === null || !lessons) return;
    let live = true;
    void import('virtual:lp-content/lessons').then(async ({ lessonLoaders }) => {
      const value = await Promise.all(
        lessons.flatMap((meta) => {
          const load = lessonLoaders[meta.id];
          return load ? [load().then((m) => ({ meta, body: m.default }))] : [];
        }),
      );
      if (live) setLoaded({ key, value });
    });
    return () => {
      live = false;
    };
    // the key stands for the lesson list
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return loaded && loaded.key === key ? loaded.value : null;
}
