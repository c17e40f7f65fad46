import type { ExamProfile } from '../../content/schema';

/** An exam profile's format, with every unverified figure marked as such. */
export function ExamFacts({ exam }: { exam: ExamProfile }) {
  const mark = exam.verified ? '' : ' (unverified)';
  return (
    <div className="exam-facts">
      {!exam.verified && (
        <p className="badge badge-warn unverified-note">
          ⚠ Unverified: these figures were not checked against the official exam guide (checked on{' '}
          {exam.checkedOn}).
        </p>
      )}
      <dl className="facts">
        <dt>Questions</dt>
        <dd>
          {exam.questions}: {exam.scored} scored, {exam.questions - exam.scored} unscored
          {mark}
        </dd>
        <dt>Time</dt>
        <dd>
          {exam.minutes} minutes{mark}
        </dd>
        <dt>Passing score</dt>
        <dd>
          {exam.passingScore} on a scale of {exam.scale[0]}–{exam.scale[1]}
          {mark}
        </dd>
        <dt>Question types</dt>
        <dd>
          {exam.types.join(', ')}
          {mark}
        </dd>
        <dt>Domains</dt>
        <dd>
          <ul className="plain-list">
            {exam.domains.map((d) => (
              <li key={d.id}>
                {d.name}
                {typeof d.weight === 'number' ? ` — ${d.weight}%${mark}` : ' — weight unknown'}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {exam.notes && <p className="hint">{exam.notes}</p>}
      <p className="hint">
        Source: <a href={exam.source}>{exam.source}</a>
      </p>
    </div>
  );
}
