import { useState } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { inline, RichText } from '../../../components/RichText';
import { packChecksum } from '../../../lib/pack/packUtils';
import { href } from '../../../lib/router';
import { caseStudyText } from '../packContent';
import { PackMissing } from '../PackMissing';
import { answerWithText } from '../questionText';
import { useBuiltPack } from '../useBuiltPack';
import { useResolvedPack } from '../useWorkshopContent';
import { PrintQuestion } from './PrintQuestion';

/** The handout (questions to answer on paper) and the answer key with explanations. */
export function PrintView({ packId }: { packId: string }) {
  const state = useBuiltPack(packId);
  const resolved = useResolvedPack(state.status === 'ready' ? state.pack : null);
  const [handout, setHandout] = useState(true);
  const [key, setKey] = useState(true);
  if (state.status === 'loading') return <LoadingNotice label="Loading the pack…" />;
  if (state.status === 'missing') return <PackMissing error={state.error} />;
  if (!resolved) return <LoadingNotice label="Loading the questions…" />;
  const { pack, questions, lessons } = resolved;
  return (
    <div className="workshop ws-print">
      <div className="ws-print-controls">
        <p>
          <a href={href(`/workshop/pack/${pack.id}`)}>← Hand out</a>
        </p>
        <PageTitle title={`Print: ${pack.title}`}>Print “{pack.title}”</PageTitle>
        <fieldset>
          <legend>Include</legend>
          <label>
            <input
              type="checkbox"
              checked={handout}
              onChange={(e) => setHandout(e.target.checked)}
            />
            Handout (questions)
          </label>
          <label>
            <input type="checkbox" checked={key} onChange={(e) => setKey(e.target.checked)} />
            Answer key with explanations (starts on a new page)
          </label>
        </fieldset>
        <p className="actions">
          <button type="button" onClick={() => window.print()} disabled={!handout && !key}>
            Print…
          </button>
        </p>
        <p className="hint">
          Options are in the same order as on the projector and in the students' app, where A is
          option 1, B option 2, and so on. To make a PDF, choose “Save as PDF” in the print dialog.
        </p>
      </div>
      {handout && (
        <article className="ws-sheet" aria-label="Handout">
          <h2 className="ws-sheet-title">{pack.title}</h2>
          <p className="ws-name-line">Name: ______________________________ Date: ______________</p>
          {lessons.length > 0 && <p>Lessons: {lessons.map((l) => l.title).join(' · ')}</p>}
          {resolved.challenges.length > 0 && (
            <p>Playground challenges: {resolved.challenges.map((c) => c.title).join(' · ')}</p>
          )}
          {pack.timeLimitMinutes !== null && <p>Time: {pack.timeLimitMinutes} minutes.</p>}
          <ol className="ws-print-questions">
            {questions.map((q, i) => (
              <PrintQuestion
                key={q.id}
                question={q}
                number={i + 1}
                seed={pack.seed}
                caseStudyText={caseStudyText(resolved, q)}
              />
            ))}
          </ol>
        </article>
      )}
      {key && (
        <article className="ws-sheet ws-answer-key" aria-label="Answer key">
          <h2 className="ws-sheet-title">Answer key: {pack.title}</h2>
          <p className="hint">Pack checksum {packChecksum(pack).slice(0, 12)}</p>
          <ol className="ws-print-questions">
            {questions.map((q) => (
              <li key={q.id} className="ws-print-item">
                <p>
                  <strong>{inline(answerWithText(q, pack.seed).join(' · '))}</strong>
                </p>
                <RichText text={q.explanation} />
              </li>
            ))}
          </ol>
        </article>
      )}
    </div>
  );
}
