import { assumedPassPercent, defaultScale, type ScaleFacts } from '../../lib/examScore';

/** How the scaled score is estimated, in words, for this exam's figures. */
export function ScaledScoreNote({ exam }: { exam: ScaleFacts | null }) {
  const facts = exam ?? defaultScale;
  const [min, max] = facts.scale;
  const anchor = Math.round(assumedPassPercent(facts) * 10) / 10;
  return (
    <details className="method-note">
      <summary>How the scaled score is estimated (an estimate, not AWS's method)</summary>
      <p>
        AWS reports results on a scale of {min}–{max} but does not publish how it turns correct
        answers into that score: it adjusts for the difficulty of each exam form. This app only
        estimates it, from the percentage of <strong>scored</strong> questions you got right
        (unscored questions and nothing else are left out; unanswered ones count as wrong).
      </p>
      <p>
        <strong>Assumption:</strong> passing takes {anchor}% correct, the passing score (
        {facts.passingScore}) as a share of the top of the scale ({max}). The estimate is a straight
        line from 0% → {min} to {anchor}% → {facts.passingScore}, and another from there to 100% →{' '}
        {max}, rounded to a whole point. Your real result can differ in either direction.
      </p>
    </details>
  );
}
