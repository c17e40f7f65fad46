import { topicLabels, type Topic } from '../../../content/vocabulary';
import { removeResult } from '../../../db/workshopResultRepo';
import { saveInBackground } from '../../../db/writeFailures';
import type { ClassSummary, StudentRow } from '../classStats';
import { minutesSeconds } from '../csv';
import { shortStem } from '../questionText';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const timeFormat = new Intl.DateTimeFormat('en', { timeStyle: 'short' });

function checks(s: StudentRow): string[] {
  const out: string[] = [];
  if (!s.packMatches) out.push('⚠ made from an edited or different pack (checksum differs)');
  if (!s.contentMatches) out.push('⚠ the student’s copy had other question versions');
  if (s.sameName) out.push('⚠ same name as another result');
  if (s.timedOut) out.push('⚠ ended by the time limit');
  return out.length ? out : ['✓ ok'];
}

/** Per student, per question and per topic tables of the class summary. */
export function SummaryTables({ summary }: { summary: ClassSummary }) {
  return (
    <>
      <h3 id="ws-students">Students</h3>
      <div className="ws-table-wrap" tabIndex={0} role="region" aria-labelledby="ws-students">
        <table>
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Score</th>
              <th scope="col">Time</th>
              <th scope="col">Handed in</th>
              <th scope="col">Checks</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.students.map((s) => (
              <tr key={s.recordId}>
                <th scope="row">{s.student}</th>
                <td>
                  {s.right} / {s.total} ({s.percent}%)
                </td>
                <td>{minutesSeconds(s.elapsedMs)}</td>
                <td>{timeFormat.format(s.submittedAt)}</td>
                <td>
                  {checks(s).map((c) => (
                    <div key={c}>{c}</div>
                  ))}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={`Remove ${s.student}'s result`}
                    onClick={() => saveInBackground(removeResult(s.recordId))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="ws-questions">Questions</h3>
      <div className="ws-table-wrap" tabIndex={0} role="region" aria-labelledby="ws-questions">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Question</th>
              <th scope="col">Right</th>
              <th scope="col">Answered</th>
              <th scope="col">Most common wrong answer</th>
            </tr>
          </thead>
          <tbody>
            {summary.questions.map((q) => (
              <tr key={q.question.id}>
                <td>{q.index + 1}</td>
                <th scope="row">
                  {shortStem(q.question, 110)} <span className="hint">({q.question.id})</span>
                </th>
                <td>
                  <span className="ws-bar" aria-hidden="true">
                    <span style={{ width: percent(q.shareRight) }} />
                  </span>
                  {percent(q.shareRight)} ({q.right})
                </td>
                <td>{q.answered}</td>
                <td>
                  {q.mostCommonWrong
                    ? `${q.mostCommonWrong.text} (${q.mostCommonWrong.count} student${q.mostCommonWrong.count === 1 ? '' : 's'})`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="ws-topics">Topics</h3>
      <div className="ws-table-wrap" tabIndex={0} role="region" aria-labelledby="ws-topics">
        <table>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Right</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {summary.topics.map((t) => (
              <tr key={t.topic}>
                <th scope="row">{topicLabels[t.topic as Topic] ?? t.topic}</th>
                <td>{percent(t.shareRight)}</td>
                <td>{t.answers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
