import type { Question } from '../../content/schema';
import { PracticeQuestion } from '../../components/question/PracticeQuestion';
import { writeAsActiveProfile } from '../../db/lazyData';
import { saveInBackground } from '../../db/writeFailures';
import { hashString } from '../../lib/random';
import { useProgressiveCount } from './useProgressiveCount';

/** 3–5 questions from the bank on the lesson's topics, answered inline; answers are stored. */
export function Checkpoints({ lessonId, questions }: { lessonId: string; questions: Question[] }) {
  // At the end of the lesson: built one question per idle moment, after the lesson's start.
  const shown = useProgressiveCount(questions?.length ?? 0, 0);
  if (!questions || questions.length === 0) return null;
  return (
    <section className="checkpoints" aria-labelledby="checkpoints-title">
      <h2 id="checkpoints-title">Checkpoint</h2>
      <p>Check what stuck before you move on. Each answer explains every option.</p>
      {questions.slice(0, shown).map((q, i) => (
        <PracticeQuestion
          key={q.id}
          question={q}
          label={`Checkpoint ${i + 1} of ${questions.length}`}
          seed={hashString(lessonId)}
          onAnswered={(e) => {
            const answeredAt = Date.now();
            saveInBackground(
              writeAsActiveProfile((d, profileId) =>
                d.saveAnswer(
                  {
                    profileId,
                    questionId: q.id,
                    attemptId: `checkpoint:${lessonId}`,
                    response: e.response,
                    correct: e.correct,
                    confidence: null,
                    msTaken: e.msTaken,
                    answeredAt,
                  },
                  d.db,
                ),
              ),
            );
          }}
        />
      ))}
    </section>
  );
}
