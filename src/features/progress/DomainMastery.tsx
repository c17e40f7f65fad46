import type { DomainMastery as DomainMasteryData } from './dashboard';
import { MasteryMeter } from './MasteryMeter';

/** Mastery per exam domain, for the domains the question bank covers. */
export function DomainMastery({ domains }: { domains: DomainMasteryData[] }) {
  const covered = domains.filter((d) => d.domains.length > 0);
  if (covered.length === 0) return null;
  return (
    <div className="domain-grid">
      {covered.map(({ exam, domains: rows }) => (
        <table key={exam.id} className="mastery-table">
          <caption>
            {exam.code} <span className="muted">{exam.name}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Mastery</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.name}
                  {d.weight !== null && <span className="muted"> ({d.weight}% of the exam)</span>}
                </th>
                <td>
                  <MasteryMeter mastery={d.mastery} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
