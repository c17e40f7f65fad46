import { useLiveQuery } from 'dexie-react-hooks';
import { PageTitle } from '../../components/PageTitle';
import { deleteReport, exportReports, reportsFor } from '../../db/reportRepo';
import { saveInBackground } from '../../db/writeFailures';
import { downloadJson } from '../../lib/download';
import { href } from '../../lib/router';
import { findQuestion } from './bank';

/** Problems reported with questions: kept on this device, exported as a JSON file. */
export function ReportsPage({ profileId }: { profileId: string }) {
  const reports = useLiveQuery(() => reportsFor(profileId), [profileId]);
  const exportAll = async () => {
    const file = await exportReports(profileId);
    downloadJson(`question-reports-${file.exportedAt.slice(0, 10)}.json`, file);
  };
  return (
    <section aria-labelledby="page-title" className="quiz-setup">
      <PageTitle>Reported problems</PageTitle>
      <p className="lead">
        Problems you reported with questions stay on this device. Export them as a JSON file to send
        to whoever maintains the questions.
      </p>
      {!reports || reports.length === 0 ? (
        <p>No reports yet. Every question has a “Report a problem” link below it.</p>
      ) : (
        <>
          <button type="button" onClick={() => void exportAll()}>
            Export {reports.length} report{reports.length === 1 ? '' : 's'} as JSON
          </button>
          <ul className="plain-list reports">
            {reports.map((r) => (
              <li key={r.id} className="card">
                <p>
                  <strong>{r.questionId}</strong>{' '}
                  <span className="hint">{new Date(r.createdAt).toLocaleString()}</span>
                </p>
                <p className="hint">
                  {(findQuestion(r.questionId)?.stem ?? '(question no longer in the bank)').slice(
                    0,
                    140,
                  )}
                </p>
                <p>{r.message}</p>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => r.id !== undefined && saveInBackground(deleteReport(r.id))}
                >
                  Delete report
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={href('/quiz')}>Back to quizzes</a>
      </p>
    </section>
  );
}
