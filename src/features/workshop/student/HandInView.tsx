import { useEffect, useMemo, useState } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { AnswerFeedback } from '../../../components/question/AnswerFeedback';
import { QuestionCard } from '../../../components/question/QuestionCard';
import type { AttemptRecord } from '../../../db/database';
import type { WorkshopAttemptMeta } from '../../../db/packRepo';
import { downloadJson } from '../../../lib/download';
import { appBaseUrl, encodeResultData, resultLink } from '../../../lib/pack/codec';
import { resultFileName } from '../../../lib/pack/packUtils';
import { limits } from '../../../lib/pack/schema';
import { href } from '../../../lib/router';
import { isCorrect } from '../../../lib/scoring';
import { minutesSeconds } from '../csv';
import { caseStudyText, type ResolvedPack } from '../packContent';
import { CopyField } from '../share/CopyField';
import { QrCode } from '../share/QrCode';
import { isAnswered, resultFromAttempt, scoreOf } from './resultFromAttempt';

/** After handing in: the score, the result file, a QR code of the result, the review. */
export function HandInView({
  attempt,
  meta,
  resolved,
}: {
  attempt: AttemptRecord;
  meta: WorkshopAttemptMeta;
  resolved: ResolvedPack;
}) {
  const { pack, questions } = resolved;
  const built = useMemo(() => {
    try {
      return { result: resultFromAttempt(attempt, meta, pack), error: null };
    } catch (e) {
      return { result: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [attempt, meta, pack]);
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    if (!built.result) return;
    let live = true;
    void encodeResultData(built.result).then(
      (data) => live && setLink(resultLink(appBaseUrl(window.location), data)),
    );
    return () => {
      live = false;
    };
  }, [built.result]);
  useEffect(() => {
    // the hand-in button is gone: take focus (and the view) to the new page's heading
    document.getElementById('page-title')?.focus();
  }, []);
  const score = meta.score ?? scoreOf(questions, attempt.responses);
  const n = (x: number) => x.toLocaleString('en');

  return (
    <div className="workshop ws-handed-in">
      <p>
        <a href={href('/workshop')}>← Workshop</a>
      </p>
      <PageTitle>Handed in: {pack.title}</PageTitle>
      <p className="lead" role="status">
        {meta.student}: {score.right} of {score.total} right
        {meta.timedOut ? ' (the time limit ended the run)' : ''}, in{' '}
        {minutesSeconds(attempt.elapsedMs)}.
      </p>
      {built.error && (
        <p className="notice notice-warn" role="alert">
          ⚠ The result file cannot be made from what this browser stored: {built.error}
        </p>
      )}
      {built.result && (
        <section aria-labelledby="ws-give" className="ws-share">
          <h2 id="ws-give">Give your result to your instructor</h2>
          <p>
            Download the result file and hand it over (USB stick, shared folder, e-mail, chat). It
            holds your name as typed, the pack, your answers and your time.
          </p>
          <button
            type="button"
            onClick={() => built.result && downloadJson(resultFileName(built.result), built.result)}
          >
            Download result file
          </button>
          <h3>Or show this QR code</h3>
          {!link && <p className="hint">Preparing the QR code…</p>}
          {link && link.length <= limits.qrLinkChars && (
            <figure className="ws-qr-figure">
              <QrCode text={link} label={`QR code of ${meta.student}'s result`} />
              <figcaption>
                Your instructor scans it with a phone camera: it opens their copy of this app at
                this address, which imports the result. (This app cannot scan codes itself.)
              </figcaption>
            </figure>
          )}
          {link && link.length <= limits.qrLinkChars && (
            <CopyField label="Or send this result link" value={link} />
          )}
          {link && link.length > limits.qrLinkChars && (
            <p className="notice notice-warn">
              ⚠ Your result makes a link of {n(link.length)} characters; a QR code holds at most{' '}
              {n(limits.qrLinkChars)}. Hand in the file.
            </p>
          )}
        </section>
      )}
      {questions.length > 0 && (
        <section aria-labelledby="ws-review">
          <h2 id="ws-review">Your answers</h2>
          {questions.map((q, i) => {
            const r = attempt.responses[q.id];
            const answered = isAnswered(r);
            return (
              <div key={q.id} className="ws-question">
                <QuestionCard
                  question={q}
                  response={answered ? r : null}
                  onChange={() => {}}
                  seed={pack.seed}
                  locked
                  label={`Question ${i + 1} of ${questions.length}${answered ? '' : ' (no answer)'}`}
                  caseStudyText={caseStudyText(resolved, q)}
                />
                <AnswerFeedback question={q} correct={answered && isCorrect(q, r)} />
              </div>
            );
          })}
        </section>
      )}
    </div>
  );
}
