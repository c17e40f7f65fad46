import { useLiveQuery } from 'dexie-react-hooks';
import { challenges } from 'virtual:lp-content/challenges';
import { listChallengeProgress, readDraft } from '../../../db/challengeProgressRepo';
import { useActiveProfile } from '../../../db/useActiveProfile';

const levels = [
  ['first-steps', 'First steps'],
  ['easy', 'Easy'],
  ['medium', 'Medium'],
  ['hard', 'Hard'],
] as const;

/** Every challenge by level, with the learner's progress. */
export function ChallengeList() {
  const { profile } = useActiveProfile();
  const progress =
    useLiveQuery(
      () => (profile ? listChallengeProgress(profile.id) : Promise.resolve([])),
      [profile],
    ) ?? [];
  const byId = new Map(progress.map((p) => [p.challengeId, p]));
  const solved = challenges.filter((c) => byId.get(c.id)?.solvedAt).length;
  return (
    <section aria-labelledby="challenges-title">
      <h2 id="challenges-title">Challenges</h2>
      <p className="lead">
        Graded exercises in a small sandbox: write or fix a policy until every request case comes
        out right. Some cases stay hidden until you solve it. {solved} of {challenges.length}{' '}
        solved.
      </p>
      {levels.map(([level, label]) => (
        <section key={level} aria-labelledby={`level-${level}`}>
          <h3 id={`level-${level}`}>{label}</h3>
          <ol className="challenge-list">
            {challenges
              .filter((c) => c.level === level)
              .map((c) => {
                const p = byId.get(c.id);
                const status = p?.solvedAt
                  ? '✓ Solved'
                  : readDraft(p).gaveUp
                    ? 'Solution seen'
                    : p?.attempts
                      ? `${p.attempts} attempt${p.attempts > 1 ? 's' : ''}`
                      : 'New';
                return (
                  <li key={c.id} data-challenge={c.id}>
                    <a href={`#/playground/challenge/${c.id}`}>{c.title}</a>{' '}
                    <span className={p?.solvedAt ? 'status-solved' : 'hint'}>{status}</span>
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </section>
  );
}
