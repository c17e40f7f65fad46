import type { Pack } from '../../../lib/pack/schema';

/** What a pack holds, in a few lines (instructor and student both see this). */
export function PackFacts({ pack, checksum }: { pack: Pack; checksum?: string }) {
  return (
    <dl className="ws-facts">
      <dt>Lessons</dt>
      <dd>{pack.lessons.length}</dd>
      <dt>Questions</dt>
      <dd>
        {pack.questions.length}
        {pack.questions.length > 0 && <span className="hint"> ({pack.source.label})</span>}
      </dd>
      {pack.challenges.length > 0 && (
        <>
          <dt>Challenges</dt>
          <dd>{pack.challenges.length}</dd>
        </>
      )}
      <dt>Time limit</dt>
      <dd>{pack.timeLimitMinutes === null ? 'none' : `${pack.timeLimitMinutes} minutes`}</dd>
      <dt>Answers shown</dt>
      <dd>{pack.reveal === 'each' ? 'after each question' : 'after handing in'}</dd>
      {checksum && (
        <>
          <dt>Checksum</dt>
          <dd>
            <code>{checksum.slice(0, 12)}</code>
          </dd>
        </>
      )}
    </dl>
  );
}
