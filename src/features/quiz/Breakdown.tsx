import type { ExamProfile } from '../../content/schema';
import { topicLabels, type Topic } from '../../content/vocabulary';
import type { Tally } from '../../lib/examScore';
import { examProfiles } from './bank';

const pct = (t: Tally) => (t.total === 0 ? '—' : `${Math.round((t.correct / t.total) * 100)}%`);

function domainName(tag: string): string {
  const [examId, domainId] = tag.split(':');
  const exam = examProfiles.find((e) => e.id === examId);
  const domain = exam?.domains.find((d) => d.id === domainId);
  return exam && domain ? `${exam.code} ${domain.name}` : tag;
}

/** Per-domain results; for an exam, every domain of the profile (some may have no questions). */
export function DomainBreakdown({
  byDomain,
  exam,
}: {
  byDomain: Record<string, Tally>;
  exam: ExamProfile | null;
}) {
  const rows = exam
    ? exam.domains.map((d) => ({
        key: `${exam.id}:${d.id}`,
        name: d.name,
        weight: typeof d.weight === 'number' ? `${d.weight}%` : '—',
      }))
    : Object.keys(byDomain)
        .sort()
        .map((key) => ({ key, name: domainName(key), weight: '—' }));
  return (
    <table className="breakdown">
      <caption>Results by exam domain (scored questions)</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          {exam && <th scope="col">Exam weight</th>}
          <th scope="col">Correct</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const t = byDomain[r.key];
          return (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              {exam && <td>{r.weight}</td>}
              <td>{t ? `${t.correct} of ${t.total}` : 'no IAM questions in this domain'}</td>
              <td>{t ? pct(t) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function TopicBreakdown({ byTopic }: { byTopic: Record<string, Tally> }) {
  const rows = Object.entries(byTopic).sort(
    (a, b) => a[1].correct / a[1].total - b[1].correct / b[1].total || a[0].localeCompare(b[0]),
  );
  return (
    <table className="breakdown">
      <caption>Results by topic, weakest first</caption>
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Correct</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([topic, t]) => (
          <tr key={topic}>
            <th scope="row">{topicLabels[topic as Topic] ?? topic}</th>
            <td>
              {t.correct} of {t.total}
            </td>
            <td>{pct(t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
