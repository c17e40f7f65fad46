import { href } from '../../lib/router';
import type { Readiness, Verdict } from './readiness';
import { topicName } from './TopicMastery';

const verdicts: Record<Verdict, { icon: string; text: string }> = {
  'no-evidence': { icon: '…', text: 'No evidence yet' },
  'too-little': { icon: '…', text: 'Too little evidence for a verdict' },
  'not-yet': { icon: '✗', text: 'Not ready yet' },
  borderline: { icon: '◐', text: 'Borderline: could go either way' },
  'likely-pass': { icon: '✓', text: 'Likely to pass' },
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function ScaleBar({ r }: { r: Readiness }) {
  const [min, max] = r.exam.scale;
  const x = (v: number) => 2 + ((v - min) / (max - min)) * 296;
  if (r.estimate === null || r.low === null || r.high === null) return null;
  return (
    <svg className="scale-bar" viewBox="0 0 300 34" aria-hidden="true">
      <rect className="scale-track" x={2} y={12} width={296} height={10} rx={5} />
      <rect
        className="scale-range"
        x={x(r.low)}
        y={12}
        width={Math.max(2, x(r.high) - x(r.low))}
        height={10}
        rx={5}
      />
      <line
        className="scale-pass"
        x1={x(r.exam.passingScore)}
        x2={x(r.exam.passingScore)}
        y1={4}
        y2={30}
      />
      <circle className="scale-estimate" cx={x(r.estimate)} cy={17} r={6} />
    </svg>
  );
}

/** One exam's estimated score, how sure it is, and what to study next. */
export function ReadinessCard({ readiness: r }: { readiness: Readiness }) {
  const v = verdicts[r.verdict];
  const latest = r.simulations[0];
  return (
    <article
      className={`card readiness readiness-${r.verdict}`}
      aria-labelledby={`ready-${r.exam.id}`}
    >
      <h3 id={`ready-${r.exam.id}`}>
        {r.exam.code} <span className="muted">{r.exam.name}</span>
      </h3>
      <p className="verdict-line">
        <span aria-hidden="true">{v.icon}</span> <strong>{v.text}</strong>
      </p>
      {r.estimate !== null && r.low !== null && r.high !== null ? (
        <>
          <p>
            Estimated score <strong>{r.estimate}</strong>; 80% likely between {r.low} and {r.high}.
            Passing is {r.exam.passingScore} (scale {r.exam.scale[0]}–{r.exam.scale[1]}).
            {r.passProbability !== null && r.verdict !== 'too-little' && (
              <> Chance of passing: about {Math.round(r.passProbability * 100)}%.</>
            )}
          </p>
          <ScaleBar r={r} />
          <p className="muted">
            Based on{' '}
            {latest
              ? `${r.simulations.length} exam simulation${r.simulations.length === 1 ? '' : 's'} (latest ${latest.scaledScore} on ${dateFormat.format(latest.submittedAt)}) and `
              : ''}
            {r.practiceAnswers} practice answer{r.practiceAnswers === 1 ? '' : 's'} on this exam’s
            questions{latest ? '' : ', with no exam simulation yet'}. It covers the IAM questions of
            the exam only, and the mapping to AWS’s scaled score is an assumption.
          </p>
        </>
      ) : (
        <p>Answer questions tagged for this exam or take an exam simulation to get an estimate.</p>
      )}
      {r.verdict === 'too-little' && (
        <p>Take a full exam simulation: it tells far more than a few practice answers.</p>
      )}
      {r.studyNext.length > 0 && (
        <>
          <h4>Study next</h4>
          <ul className="study-next">
            {r.studyNext.map((s) => (
              <li key={s.topic}>
                <a href={href(`/quiz/drill?topic=${encodeURIComponent(s.topic)}`)}>
                  {topicName(s.topic)}
                </a>{' '}
                <span className="muted">
                  ({Math.round(s.share * 100)}% of the questions,{' '}
                  {s.mastery === null ? 'not started' : `mastery ${Math.round(s.mastery * 100)}%`})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={href('/quiz/exam')}>Take an exam simulation</a>
      </p>
    </article>
  );
}
