import { useCallback, useEffect, useRef, useState } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { AnswerFeedback } from '../../../components/question/AnswerFeedback';
import { QuestionCard } from '../../../components/question/QuestionCard';
import type { AttemptRecord } from '../../../db/database';
import {
  handInWorkshopAttempt,
  saveWorkshopAnswers,
  saveWorkshopProgress,
  type WorkshopAttemptMeta,
} from '../../../db/packRepo';
import { notSavedNote } from '../../../db/writeFailures';
import { isCorrect, type Response } from '../../../lib/scoring';
import { caseStudyText, type ResolvedPack } from '../packContent';
import { PackMaterials } from './PackMaterials';
import { QuestionPalette } from './QuestionPalette';
import { answerRecord, isAnswered, scoreOf } from './resultFromAttempt';
import { TimerDisplay } from './TimerDisplay';

interface Props {
  attempt: AttemptRecord;
  meta: WorkshopAttemptMeta;
  resolved: ResolvedPack;
}

/** Working through a pack: one question at a time, saved as the student goes, a timer. */
export function AttemptRunner({ attempt, meta, resolved }: Props) {
  const { pack, questions } = resolved;
  const last = Math.max(0, questions.length - 1);
  const [index, setIndex] = useState(() => Math.min(attempt.currentIndex, last));
  const [responses, setResponses] = useState<Record<string, unknown>>(() => attempt.responses);
  const [draft, setDraft] = useState<Response | null>(null);
  const [elapsed, setElapsed] = useState(attempt.elapsedMs);
  const [confirming, setConfirming] = useState(false);
  const [handingIn, setHandingIn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const state = useRef({ index, responses, elapsed: attempt.elapsedMs, handingIn: false });
  const msByQuestion = useRef<Record<string, number>>({ ...meta.msByQuestion });
  const question = questions[index];
  // What the run started with. The attempt is re-read from storage after every save; the
  // callbacks below must not change with it, or the clock would restart on every save.
  const [frozen] = useState(() => ({ attempt, meta, questions, reveal: pack.reveal }));

  const persist = useCallback(() => {
    const s = state.current;
    if (s.handingIn) return;
    saveWorkshopProgress(frozen.attempt.id, {
      responses: s.responses,
      currentIndex: s.index,
      elapsedMs: Math.round(s.elapsed),
      result: { ...frozen.meta, msByQuestion: { ...msByQuestion.current } },
    }).catch((e: unknown) =>
      setProblem(`Your answers could not be saved. ${notSavedNote(e)} Keep this tab open.`),
    );
  }, [frozen]);

  const handIn = useCallback(
    (timedOut: boolean) => {
      const s = state.current;
      if (s.handingIn) return;
      s.handingIn = true;
      setHandingIn(true);
      const now = Date.now();
      // Every answer: hand-in stores those not stored yet (when checked, or a failed write).
      const answers = frozen.questions.flatMap((q) => {
        const r = s.responses[q.id];
        return isAnswered(r)
          ? [answerRecord(frozen.attempt, q, r, msByQuestion.current[q.id] ?? 0, now)]
          : [];
      });
      const final = {
        ...frozen.meta,
        msByQuestion: { ...msByQuestion.current },
        timedOut,
        score: scoreOf(frozen.questions, s.responses),
      };
      handInWorkshopAttempt(
        frozen.attempt.id,
        { responses: s.responses, elapsedMs: Math.round(s.elapsed), meta: final },
        answers,
      ).catch((e: unknown) => {
        s.handingIn = false;
        setHandingIn(false);
        setProblem(`Handing in failed. ${notSavedNote(e)} Your answers stay on this page.`);
      });
    },
    [frozen],
  );

  // The clock: time per question and in total, saved every 5 s and when leaving the page.
  useEffect(() => {
    let before = performance.now();
    let ticks = 0;
    const timer = window.setInterval(() => {
      const now = performance.now();
      const delta = now - before;
      before = now;
      const s = state.current;
      if (s.handingIn) return;
      const id = frozen.questions[s.index]?.id;
      if (id) msByQuestion.current[id] = (msByQuestion.current[id] ?? 0) + delta;
      s.elapsed += delta;
      setElapsed(s.elapsed);
      if (frozen.attempt.limitMs !== null && s.elapsed >= frozen.attempt.limitMs) handIn(true);
      else if (++ticks % 5 === 0) persist();
    }, 1000);
    const onHide = () => document.visibilityState === 'hidden' && persist();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      persist();
    };
  }, [frozen, persist, handIn]);

  useEffect(() => {
    state.current.index = index;
    state.current.responses = responses;
  }, [index, responses]);

  const go = (to: number) => {
    const next = Math.max(0, Math.min(last, to));
    setIndex(next);
    setDraft(null);
    state.current.index = next;
    persist();
  };

  const record = (id: string, response: Response) => {
    const next = { ...state.current.responses, [id]: response };
    state.current.responses = next;
    setResponses(next);
    persist();
  };

  const check = () => {
    if (!question || !isAnswered(draft)) return;
    record(question.id, draft);
    setDraft(null);
    const ms = msByQuestion.current[question.id] ?? 0;
    saveWorkshopAnswers([answerRecord(attempt, question, draft, ms, Date.now())]).catch(
      (e: unknown) => setProblem(`Your answer could not be stored. ${notSavedNote(e)}`),
    );
  };

  const stored = question ? responses[question.id] : undefined;
  const checked = pack.reveal === 'each' && isAnswered(stored);
  const shown: Response | null =
    pack.reveal === 'each' ? (checked ? stored : draft) : isAnswered(stored) ? stored : null;
  const unanswered = questions.filter((q) => !isAnswered(responses[q.id])).length;

  return (
    <div className="workshop ws-attempt">
      <PageTitle>{pack.title}</PageTitle>
      <div className="ws-attempt-bar">
        <span>
          Working as <strong>{meta.student}</strong>
        </span>
        <TimerDisplay elapsedMs={elapsed} limitMs={attempt.limitMs} />
      </div>
      {problem && (
        <p className="notice notice-warn" role="alert">
          ⚠ {problem}
        </p>
      )}
      <PackMaterials resolved={resolved} open={questions.length === 0} />
      {question && (
        <>
          <QuestionPalette questions={questions} responses={responses} current={index} onGo={go} />
          <p className="visually-hidden" aria-live="polite">
            Question {index + 1} of {questions.length}
          </p>
          <div className="ws-question">
            <QuestionCard
              key={question.id}
              question={question}
              response={shown}
              onChange={(r) => (pack.reveal === 'each' ? setDraft(r) : record(question.id, r))}
              seed={pack.seed}
              locked={checked || handingIn}
              label={`Question ${index + 1} of ${questions.length}`}
              caseStudyText={caseStudyText(resolved, question)}
            />
            {checked && isAnswered(stored) && (
              <AnswerFeedback question={question} correct={isCorrect(question, stored)} />
            )}
          </div>
          <div className="actions ws-nav">
            <button
              type="button"
              className="secondary"
              onClick={() => go(index - 1)}
              disabled={index === 0}
            >
              ← Previous
            </button>
            {pack.reveal === 'each' && !checked && (
              <button type="button" onClick={check} disabled={!isAnswered(draft)}>
                Check answer
              </button>
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => go(index + 1)}
              disabled={index === last}
            >
              Next →
            </button>
          </div>
        </>
      )}
      <section className="ws-handin" aria-labelledby="ws-handin-title">
        <h2 id="ws-handin-title">Hand in</h2>
        <p>
          {questions.length - unanswered} of {questions.length} questions answered. Handing in
          closes this run and gives you the result file for your instructor.
        </p>
        {confirming ? (
          <p className="actions" role="group" aria-label="Confirm hand in">
            <span>
              {unanswered > 0
                ? `${unanswered} question${unanswered === 1 ? ' has' : 's have'} no answer and will count as wrong. Hand in anyway?`
                : 'Hand in now?'}
            </span>
            <button type="button" onClick={() => handIn(false)} disabled={handingIn}>
              Yes, hand in
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={handingIn}>
            Hand in…
          </button>
        )}
      </section>
    </div>
  );
}
