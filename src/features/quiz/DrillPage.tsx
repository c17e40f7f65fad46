import { useId, useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { topicLabels, topics, type Topic } from '../../content/vocabulary';
import { answerStats } from '../../db/attemptRepo';
import { href, useLocation } from '../../lib/router';
import { bank, newSeed } from './bank';
import { startAttempt } from './attemptFlow';
import { drillTopicFrom } from './drillTopic';
import { pickDrill } from './selectQuestions';

/** Topic drill: one topic, the questions you have not met or keep missing first. */
export function DrillPage({ profileId }: { profileId: string }) {
  const ids = { topic: useId(), count: useId() };
  const { query } = useLocation();
  const [topic, setTopic] = useState<Topic>(() => drillTopicFrom(query));
  const [count, setCount] = useState(10);
  const [problem, setProblem] = useState<string | null>(null);
  const inTopic = bank.filter((q) => q.topics.includes(topic)).length;
  const start = async () => {
    try {
      const stats = await answerStats(profileId);
      const seed = newSeed();
      const picked = pickDrill(bank, topic, stats, count, seed);
      await startAttempt({
        profileId,
        mode: 'drill',
        title: `Drill: ${topicLabels[topic]}`,
        examId: null,
        questionIds: picked.map((q) => q.id),
        seed,
        limitMs: null,
      });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="page-title" className="quiz-setup">
      <PageTitle>Topic drill</PageTitle>
      <p className="lead">
        One topic at a time. Questions you have never answered come first, then the ones you missed
        last time, then those with the lowest score.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <div className="form-row">
          <label htmlFor={ids.topic}>Topic</label>
          <select id={ids.topic} value={topic} onChange={(e) => setTopic(e.target.value as Topic)}>
            {topics.map((t) => (
              <option key={t} value={t}>
                {topicLabels[t]} ({bank.filter((q) => q.topics.includes(t)).length})
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor={ids.count}>Questions</label>
          <input
            id={ids.count}
            type="number"
            min={1}
            max={50}
            value={count}
            onChange={(e) => setCount(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
          />
          <span className="hint">{inTopic} in this topic</span>
        </div>
        {problem && (
          <p role="alert" className="error-detail">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit">Start the drill</button>
          <a className="button secondary" href={href('/quiz')}>
            Back
          </a>
        </div>
      </form>
    </section>
  );
}
