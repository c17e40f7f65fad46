import { href } from '../../lib/router';
import { formatDuration } from './activity';
import type { Dashboard } from './dashboard';

/** The headline numbers: answers, study time, streak, lessons, challenges, reviews due. */
export function SummaryTiles({ dashboard: d }: { dashboard: Dashboard }) {
  const accuracy = d.totalAnswers ? Math.round((d.correctAnswers / d.totalAnswers) * 100) : null;
  return (
    <ul className="summary-tiles" aria-label="Summary">
      <li className="tile">
        <span className="tile-value">{d.totalAnswers}</span>
        <span className="tile-label">
          answers{accuracy === null ? '' : `, ${accuracy}% correct`}
        </span>
      </li>
      <li className="tile">
        <span className="tile-value">{formatDuration(d.studyTime.totalSeconds)}</span>
        <span className="tile-label">
          study time ({formatDuration(d.studyTime.lessonSeconds)} reading,{' '}
          {formatDuration(d.studyTime.questionSeconds)} answering)
        </span>
      </li>
      <li className="tile">
        <span className="tile-value">
          {d.streak.current} day{d.streak.current === 1 ? '' : 's'}
        </span>
        <span className="tile-label">
          streak{d.streak.current > 0 && !d.streak.activeToday ? ' — study today to keep it' : ''}
          {d.streak.longest > d.streak.current ? ` (longest ${d.streak.longest})` : ''}
        </span>
      </li>
      <li className="tile">
        <span className="tile-value">
          {d.lessonsCompleted} of {d.lessonsTotal}
        </span>
        <span className="tile-label">
          <a href={href('/lessons')}>lessons completed</a>
        </span>
      </li>
      <li className="tile">
        <span className="tile-value">{d.challengesSolved}</span>
        <span className="tile-label">
          <a href={href('/playground')}>challenges solved</a>
        </span>
      </li>
      <li className="tile">
        <span className="tile-value">{d.reviewsDueToday}</span>
        <span className="tile-label">
          {d.reviewsDueToday > 0 ? (
            <a href={href('/quiz/review')}>reviews due today</a>
          ) : (
            'reviews due today'
          )}
        </span>
      </li>
    </ul>
  );
}
