import { LoadingNotice } from '../../components/LoadingNotice';
import { href } from '../../lib/router';
import { AccuracyChart } from './AccuracyChart';
import { DomainMastery } from './DomainMastery';
import { ReadinessCard } from './ReadinessCard';
import { SummaryTiles } from './SummaryTiles';
import { TopicMastery } from './TopicMastery';
import { useProgressData } from './useProgressData';
import { WeakestTopics } from './WeakestTopics';

/** The learner's dashboard: summary, weakest topics, readiness, mastery, accuracy over time. */
export function Dashboard({ profileId, profileName }: { profileId: string; profileName: string }) {
  const data = useProgressData(profileId);
  if (data.state === 'loading') return <LoadingNotice label="Loading your progress…" />;
  if (data.state === 'error') return <p className="notice notice-warn">{data.message}</p>;
  const d = data.dashboard;
  const started = d.totalAnswers > 0 || d.lessonsCompleted > 0 || d.challengesSolved > 0;
  const withEvidence = d.readiness.filter((r) => r.verdict !== 'no-evidence');
  return (
    <div className="dashboard">
      <p className="lead">
        Progress of <strong>{profileName}</strong>.{' '}
        {started
          ? 'Recent answers count most; older ones fade.'
          : 'Nothing yet: read a lesson and answer its checkpoint, or take a quiz, and it fills in here.'}
      </p>
      <SummaryTiles dashboard={d} />
      {!started && (
        <p className="actions">
          <a className="button" href={href('/lessons')}>
            Start the first lesson
          </a>
          <a className="button secondary" href={href('/quiz')}>
            Take a quiz
          </a>
        </p>
      )}

      <section aria-labelledby="weakest-title">
        <h2 id="weakest-title">Weakest topics</h2>
        <WeakestTopics weakest={d.weakest} />
      </section>

      <section aria-labelledby="readiness-title">
        <h2 id="readiness-title">Exam readiness</h2>
        {withEvidence.length === 0 ? (
          <p>
            No estimate yet. Answer quiz questions or{' '}
            <a href={href('/quiz/exam')}>take an exam simulation</a>; an estimate appears for each
            exam whose questions you have answered.
          </p>
        ) : (
          <div className="readiness-grid">
            {withEvidence.map((r) => (
              <ReadinessCard key={r.exam.id} readiness={r} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="accuracy-title">
        <h2 id="accuracy-title">Accuracy over time</h2>
        {d.timeline.points.length > 0 ? (
          <AccuracyChart timeline={d.timeline} />
        ) : (
          <p>No answers yet.</p>
        )}
      </section>

      <section aria-labelledby="topics-title">
        <h2 id="topics-title">Mastery per topic</h2>
        <TopicMastery topics={d.topics} />
      </section>

      {started && (
        <section aria-labelledby="domains-title">
          <h2 id="domains-title">Mastery per exam domain</h2>
          <DomainMastery domains={d.domains} />
        </section>
      )}
    </div>
  );
}
