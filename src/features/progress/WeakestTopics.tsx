import { href } from '../../lib/router';
import type { WeakTopic } from './dashboard';
import { MasteryMeter } from './MasteryMeter';
import { topicName } from './TopicMastery';

/** The weakest topics, each with its lesson and a drill. */
export function WeakestTopics({ weakest }: { weakest: WeakTopic[] }) {
  if (weakest.length === 0)
    return (
      <p>No weak topic yet: answer at least three questions on a topic to see how it stands.</p>
    );
  return (
    <ol className="weakest-list">
      {weakest.map(({ mastery, lesson }) => (
        <li key={mastery.key} className="card">
          <h3>{topicName(mastery.key)}</h3>
          <MasteryMeter mastery={mastery} />
          <p className="actions">
            {lesson && (
              <a className="button secondary" href={href(`/lessons/${lesson.id}`)}>
                Read “{lesson.title}”
              </a>
            )}
            <a
              className="button"
              href={href(`/quiz/drill?topic=${encodeURIComponent(mastery.key)}`)}
            >
              Drill {topicName(mastery.key)}
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
