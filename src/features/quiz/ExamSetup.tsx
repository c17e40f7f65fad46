import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { domainFor } from '../../lib/examScore';
import { href } from '../../lib/router';
import { bank, examProfiles, newSeed } from './bank';
import { startAttempt } from './attemptFlow';
import { ExamFacts } from './ExamFacts';
import { drawExam, examLength } from './selectQuestions';

/** Exam simulation: choose the exam and the length, then start the clock. */
export function ExamSetup({ profileId }: { profileId: string }) {
  const [examId, setExamId] = useState(examProfiles[0]?.id ?? '');
  const [short, setShort] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const exam = examProfiles.find((e) => e.id === examId);
  if (!exam) return <p role="alert">No exam profiles are available.</p>;
  const length = examLength(exam, short);
  const eligible = bank.filter((q) => exam.types.includes(q.type) && domainFor(q, exam.id)).length;
  const start = () => {
    const seed = newSeed();
    const draw = drawExam(bank, exam, length, seed);
    startAttempt({
      profileId,
      mode: 'exam',
      title: `${exam.code} exam simulation${short ? ' (short)' : ''}`,
      examId: exam.id,
      questionIds: draw.questionIds,
      unscoredIds: draw.unscoredIds,
      seed,
      limitMs: length.minutes * 60_000,
    }).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-labelledby="page-title" className="quiz-setup">
      <PageTitle>Exam simulation</PageTitle>
      <p className="lead">
        As on the real exam: a time limit, unscored questions you cannot tell apart, no feedback
        until you submit, flags and a review screen. Your place and the time left are saved all the
        time, so a reload or a closed tab does not lose the exam.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <fieldset className="exam-choice">
          <legend>Exam</legend>
          {examProfiles.map((e) => (
            <label key={e.id}>
              <input
                type="radio"
                name="exam"
                value={e.id}
                checked={e.id === examId}
                onChange={() => setExamId(e.id)}
              />{' '}
              {e.code} {e.name}
              {!e.verified && <span className="hint"> (figures unverified)</span>}
            </label>
          ))}
        </fieldset>
        <ExamFacts exam={exam} />
        <fieldset>
          <legend>Length</legend>
          <label>
            <input type="radio" name="length" checked={!short} onChange={() => setShort(false)} />{' '}
            Full: {exam.questions} questions in {exam.minutes} minutes
          </label>
          <label>
            <input type="radio" name="length" checked={short} onChange={() => setShort(true)} />{' '}
            Short, same pace: {examLength(exam, true).count} questions (
            {examLength(exam, true).scored} scored) in {examLength(exam, true).minutes} minutes
          </label>
        </fieldset>
        <p className="hint">
          The bank has {eligible} IAM questions for {exam.code} in its question types. The draw
          follows the exam’s domain weights where the bank has questions for a domain; this app
          covers IAM only, so domains without IAM questions are not represented.
        </p>
        {problem && (
          <p role="alert" className="error-detail">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit">
            Start the {short ? 'short ' : ''}
            {exam.code} simulation
          </button>
          <a className="button secondary" href={href('/quiz')}>
            Back
          </a>
        </div>
      </form>
    </section>
  );
}
