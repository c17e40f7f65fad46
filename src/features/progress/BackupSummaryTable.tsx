import type { BackupSummary } from '../../db/backup/summary';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What a backup holds, per profile. */
export function BackupSummaryTable({ summary }: { summary: BackupSummary }) {
  return (
    <>
      <p>
        {summary.scope.kind === 'all' ? 'Everything from a device' : 'One profile'}, saved{' '}
        {dateTime.format(new Date(summary.createdAt))} by Least Privilege {summary.appVersion}:{' '}
        {summary.totalRecords} records.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Profiles in the backup</caption>
          <thead>
            <tr>
              <th scope="col">Profile</th>
              <th scope="col">Answers</th>
              <th scope="col">Lessons completed</th>
              <th scope="col">Quiz sessions</th>
              <th scope="col">Review cards</th>
              <th scope="col">Challenges solved</th>
              <th scope="col">Other</th>
              <th scope="col">Last activity</th>
            </tr>
          </thead>
          <tbody>
            {summary.profiles.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.answers}</td>
                <td>{p.lessonsCompleted}</td>
                <td>{p.quizSessions}</td>
                <td>{p.reviewCards}</td>
                <td>{p.challengesSolved}</td>
                <td>{p.otherRecords}</td>
                <td>{p.lastActivity === null ? '—' : dateTime.format(p.lastActivity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
