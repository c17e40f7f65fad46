import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { lessons } from 'virtual:lp-content/lessons';
import { topics } from '../../content/vocabulary';
import { db } from '../../db/database';
import { computeDashboard, type Dashboard, type QuestionFact } from './dashboard';
import type { ExamFact } from './readiness';

interface Meta {
  questions: QuestionFact[];
  exams: ExamFact[];
}

/** The question bank's tags and the exam profiles, loaded with the page (a lazy chunk). */
function useContentMeta(): Meta | null {
  const [meta, setMeta] = useState<Meta | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([import('virtual:lp-content/questions'), import('virtual:lp-content/exams')]).then(
      ([bank, examModule]) => {
        if (!live) return;
        setMeta({
          questions: bank.questions.map((q) => ({ id: q.id, topics: q.topics, exams: q.exams })),
          exams: examModule.exams,
        });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return meta;
}

export type ProgressData =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; dashboard: Dashboard; now: number };

/** Everything one profile stored, kept live (other tabs included), turned into the dashboard. */
export function useProgressData(profileId: string | null): ProgressData {
  const meta = useContentMeta();
  const result = useLiveQuery(async () => {
    if (!profileId || !meta) return null;
    try {
      const started = performance.now();
      const records = await db.transaction(
        'r',
        [db.answers, db.lessonProgress, db.attempts, db.cards, db.challengeProgress],
        async () => ({
          answers: await db.answers.where('profileId').equals(profileId).toArray(),
          lessonProgress: await db.lessonProgress.where('profileId').equals(profileId).toArray(),
          attempts: await db.attempts.where('profileId').equals(profileId).toArray(),
          cardDue: (await db.cards.where('profileId').equals(profileId).toArray()).map(
            (c) => c.due,
          ),
          challenges: await db.challengeProgress.where('profileId').equals(profileId).toArray(),
        }),
      );
      const read = performance.now();
      const now = Date.now();
      const dashboard = computeDashboard({
        ...records,
        now,
        questions: meta.questions,
        exams: meta.exams,
        lessons,
        topics,
      });
      // Visible in the browser's performance panel (and read by the speed check).
      performance.measure('progress:read', { start: started, end: read });
      performance.measure('progress:compute', { start: read });
      return { dashboard, now };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [profileId, meta]);
  if (result && 'error' in result)
    return { state: 'error', message: `Your progress could not be read: ${result.error}` };
  if (!result) return { state: 'loading' };
  return { state: 'ready', dashboard: result.dashboard, now: result.now };
}
