import { useId, useState } from 'react';
import { addReport, maxReportLength } from '../../db/reportRepo';
import { href } from '../../lib/router';

/** "Report a problem" with a question: stored on this device, exportable from the reports page. */
export function ReportProblem({
  profileId,
  questionId,
}: {
  profileId: string;
  questionId: string;
}) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const send = async () => {
    try {
      await addReport(profileId, questionId, message);
      setMessage('');
      setStatus({ ok: true, text: 'Report saved on this device.' });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <details className="report-problem">
      <summary>Report a problem with this question</summary>
      <label htmlFor={id}>What is wrong? (question {questionId})</label>
      <textarea
        id={id}
        rows={3}
        maxLength={maxReportLength}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void send()}>
          Save report
        </button>
        <a href={href('/quiz/reports')}>All reports and export</a>
      </div>
      <p role="status" className={status?.ok === false ? 'error-detail' : undefined}>
        {status?.text}
      </p>
    </details>
  );
}
