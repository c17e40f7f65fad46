import { challengeLevelLabels, type ChallengeSummary } from '../../content/related';
import type { ChallengeProgressRecord } from '../../db/database';
import { useLiveData, type DataState } from '../../db/lazyData';
import { href } from '../../lib/router';

function statusText(p: ChallengeProgressRecord | undefined): string {
  if (p?.solvedAt) return 'Passed';
  if (p?.attempts) return `Not passed yet (${p.attempts} attempt${p.attempts === 1 ? '' : 's'})`;
  return 'Not tried yet';
}

/** The playground challenges that practise a lesson, with the learner's progress on each. */
export function PractiseChallenges({
  challenges,
  profileId,
  data,
}: {
  challenges: readonly ChallengeSummary[];
  profileId: string | null;
  /** the learner's data, as the lesson has it (src/db/lazyData.ts) */
  data: DataState;
}) {
  const progress = useLiveData(
    data,
    profileId ? (d) => d.listChallengeProgress(profileId, d.db) : null,
    [profileId],
    [],
  );
  if (challenges.length === 0) return null;
  const byId = new Map(progress?.map((p) => [p.challengeId, p]));
  const passed = challenges.filter((c) => byId.get(c.id)?.solvedAt).length;
  return (
    <section className="practise" aria-labelledby="practise-title">
      <h2 id="practise-title">Practise in the playground</h2>
      <p>
        {challenges.length === 1
          ? 'A graded challenge puts this lesson to work in a small sandbox.'
          : `${challenges.length} graded challenges put this lesson to work in a small sandbox.`}
        {progress && ` You have passed ${passed} of ${challenges.length}.`}
      </p>
      <ul className="practise-list">
        {challenges.map((c) => {
          const p = byId.get(c.id);
          return (
            <li key={c.id} data-challenge={c.id}>
              <a href={href(`/playground/challenge/${c.id}`)}>{c.title}</a>
              <span className="practise-goal">{c.goal}</span>
              <span className="practise-status">
                {challengeLevelLabels[c.level]} ·{' '}
                <span className={p?.solvedAt ? 'status-passed' : undefined}>
                  {p?.solvedAt && <span aria-hidden="true">✓ </span>}
                  {progress ? statusText(p) : 'Checking your progress…'}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
