import { useEffect, useRef, useState } from 'react';
import { canonicalJson } from '../../lib/pack/checksum';
import type { Question } from '../../content/schema';
import type { Pack } from '../../lib/pack/schema';
import { resolvePack, type ResolvedPack, type WorkshopContent } from './packContent';

/** Lessons and the question bank, loaded on first use (they are precached for offline use). */
export function useWorkshopContent(): WorkshopContent | null {
  const [content, setContent] = useState<WorkshopContent | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      import('virtual:lp-content/lessons'),
      import('virtual:lp-content/questions'),
      import('virtual:lp-content/challenges'),
    ]).then(([l, q, c]) => {
      if (live)
        setContent({
          lessons: [...l.lessons].sort((a, b) => a.order - b.order),
          questions: q.questions,
          caseStudies: q.caseStudies,
          challenges: c.challenges.map(({ id, title, level, order, lessons }) => ({
            id,
            title,
            level,
            order,
            lessons,
          })),
        });
    });
    return () => {
      live = false;
    };
  }, []);
  return content;
}

const generatedPrefix = 'gen-';

/** The generator, loaded only for packs with generated questions (it brings the engine). */
export async function loadGenerator(): Promise<(id: string) => Question | null> {
  const gen = await import('../../lib/quizgen/index');
  return (id) => (id.startsWith(generatedPrefix) ? gen.generatedQuestionById(id) : null);
}

/**
 * Resolves a pack against this copy's content, building generated questions when it has any.
 * Keyed by the pack's content, so a pack re-read from storage does not resolve again.
 */
export function useResolvedPack(pack: Pack | null): ResolvedPack | null {
  const content = useWorkshopContent();
  const key = pack ? canonicalJson(pack) : '';
  const [resolved, setResolved] = useState<{ key: string; value: ResolvedPack } | null>(null);
  const packRef = useRef(pack);
  useEffect(() => {
    packRef.current = pack;
  });
  useEffect(() => {
    const current = packRef.current;
    if (!current || !content) return;
    let live = true;
    const needsGenerator = current.questions.some((id) => id.startsWith(generatedPrefix));
    void (needsGenerator ? loadGenerator() : Promise.resolve(undefined)).then((generate) => {
      if (live) setResolved({ key, value: resolvePack(current, content, generate) });
    });
    return () => {
      live = false;
    };
  }, [key, content]);
  return resolved?.key === key && key ? resolved.value : null;
}
