import { topicLabels, type Topic } from '../../content/vocabulary';
import { href } from '../../lib/router';
import type { Mastery } from './mastery';
import { MasteryMeter } from './MasteryMeter';

export const topicName = (topic: string) => topicLabels[topic as Topic] ?? topic;

/** Mastery of every topic, in course order, as a table (a name, a meter, a drill link). */
export function TopicMastery({ topics }: { topics: Mastery[] }) {
  return (
    <table className="mastery-table">
      <caption className="visually-hidden">Mastery per topic</caption>
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Mastery</th>
          <th scope="col">
            <span className="visually-hidden">Practice</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {topics.map((m) => (
          <tr key={m.key}>
            <th scope="row">{topicName(m.key)}</th>
            <td>
              <MasteryMeter mastery={m} />
            </td>
            <td>
              <a href={href(`/quiz/drill?topic=${encodeURIComponent(m.key)}`)}>
                Drill<span className="visually-hidden"> {topicName(m.key)}</span>
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
