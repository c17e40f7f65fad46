import { startTransition, useEffect, useRef, useState } from 'react';
import { lessons } from 'virtual:lp-content/lessons';
import { PageTitle } from '../../components/PageTitle';
import { LoadingNotice } from '../../components/LoadingNotice';
import {
  useData,
  useLazyActiveProfile,
  useLiveData,
  writeAsActiveProfile,
} from '../../db/lazyData';
import { saveInBackground } from '../../db/writeFailures';
import { href } from '../../lib/router';
import { loadedLesson, loadLesson, type LoadedLesson } from './loadLesson';
import { ReadingProgressBar } from './ReadingProgressBar';

export function LessonReader({ lessonId, section }: { lessonId: string; section: string | null }) {
  const meta = lessons.find((l) => l.id === lessonId);
  // The body and the code that shows it arrive together; a deep link has them at once.
  const [loaded, setLoaded] = useState<LoadedLesson | null>(() => loadedLesson(lessonId) ?? null);
  const [failed, setFailed] = useState<string | null>(null);
  const [large, setLarge] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  // The database loads with the page only on a device that has stored something.
  const data = useData();
  const { profile } = useLazyActiveProfile(data);
  const progress = useLiveData(
    data,
    profile ? (d) => d.db.lessonProgress.get([profile.id, lessonId]) : null,
    [profile?.id, lessonId],
  );

  useEffect(() => {
    if (!meta || loadedLesson(lessonId)) return;
    loadLesson(lessonId).then(
      // a transition: React builds the lesson in slices, leaving the main thread free for input
      (lesson) => startTransition(() => setLoaded(lesson)),
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
  }, [lessonId, meta]);

  useEffect(() => {
    if (!loaded || !section) return;
    document.getElementById(section)?.scrollIntoView({ block: 'start' });
  }, [loaded, section]);

  if (!meta)
    return (
      <section className="panel" aria-labelledby="page-title">
        <PageTitle>Lesson not found</PageTitle>
        <p>
          There is no lesson called <code>{lessonId}</code>.{' '}
          <a href={href('/lessons')}>See all lessons</a>.
        </p>
      </section>
    );

  const next = lessons.find((l) => l.order > meta.order);
  const completed = progress?.completedAt != null;
  return (
    <div className={`lesson-layout${large ? ' large-text' : ''}`}>
      <ReadingProgressBar articleRef={articleRef} lessonId={lessonId} ready={loaded !== null} />
      <article ref={articleRef} className="lesson" aria-labelledby="page-title">
        <p className="breadcrumb">
          <a href={href('/lessons')}>Lessons</a> › Lesson {meta.order}
        </p>
        <PageTitle>{meta.title}</PageTitle>
        <p className="lead">{meta.summary}</p>
        <p className="lesson-meta">
          <span>{meta.minutes} min</span>
          <span>Last reviewed {meta.lastReviewed}</span>
          <button
            type="button"
            className="secondary small"
            aria-pressed={large}
            onClick={() => setLarge(!large)}
          >
            Large text
          </button>
          <button type="button" className="secondary small" onClick={() => window.print()}>
            Print
          </button>
        </p>
        <section className="objectives" aria-labelledby="objectives-title">
          <h2 id="objectives-title">You will be able to</h2>
          <ul>
            {meta.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        {failed && <p className="notice notice-warn">This lesson could not be loaded: {failed}</p>}
        {loaded ? (
          <loaded.View
            meta={meta}
            body={loaded.body}
            all={section !== null}
            profileId={profile?.id ?? null}
            data={data}
          />
        ) : (
          !failed && <LoadingNotice label="Loading the lesson…" />
        )}
        <footer className="lesson-end">
          <button
            type="button"
            aria-pressed={completed}
            onClick={() =>
              saveInBackground(
                writeAsActiveProfile((d, profileId) =>
                  d.setLessonCompleted(profileId, lessonId, !completed, d.db),
                ),
              )
            }
          >
            {completed ? '✓ Completed — mark as not completed' : 'Mark lesson as completed'}
          </button>
          {next && (
            <a className="button secondary" href={href(`/lessons/${next.id}`)}>
              Next: {next.title} →
            </a>
          )}
        </footer>
        <section className="references-list" aria-labelledby="refs-title">
          <h2 id="refs-title">AWS documentation used in this lesson</h2>
          <ul>
            {meta.references.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {url.replace(/^https:\/\//, '')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </article>
    </div>
  );
}
