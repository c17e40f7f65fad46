import type { ChallengeInfo } from '../packContent';
import { CheckList } from './CheckList';

/** Playground challenges to include; those that practise a chosen lesson are marked. */
export function ChallengePicker({
  challenges,
  lessons,
  chosen,
  onChange,
}: {
  challenges: readonly ChallengeInfo[];
  lessons: readonly string[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const suggested = (c: ChallengeInfo) => c.lessons.some((l) => lessons.includes(l));
  return (
    <fieldset className="ws-section">
      <legend>Challenges</legend>
      <p className="hint">
        Students open them in the playground, where each is graded against hidden test requests. ★
        marks challenges that practise a lesson you chose.
      </p>
      {challenges.length === 0 ? (
        <p className="hint">This copy of the app has no playground challenges.</p>
      ) : (
        <CheckList
          items={challenges.map((c) => ({
            id: c.id,
            label: (
              <span>
                {suggested(c) && (
                  <>
                    <span aria-hidden="true">★ </span>
                    <span className="visually-hidden">Suggested: </span>
                  </>
                )}
                {c.title} <span className="hint">({c.level})</span>
              </span>
            ),
          }))}
          chosen={chosen}
          onChange={onChange}
        />
      )}
    </fieldset>
  );
}
