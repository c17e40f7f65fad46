import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
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
  const records = useLiveQuery(async () => {
    if (!profileId) return null;
    try {
      return await db.transaction(
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
          now: Date.now(),
        }),
      );
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [profileId]);
  const dashboard = useMemo(() => {
    if (!meta || !records || 'error' in records) return null;
    return computeDashboard({
      ...records,
      questions: meta.questions,
      exams: meta.exams,
      lessons,
      topics,
    });
  }, [meta, records]);
  if (records && 'error' in records)
    return { state: 'error', message: `Your progress could not be read: ${records.error}` };
  if (!dashboard || !records) return { state: 'loading' };
  return { state: 'ready', dashboard, now: records.now };
}
