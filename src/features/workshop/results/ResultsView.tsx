import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { resultsForPack } from '../../../db/workshopResultRepo';
import { downloadText } from '../../../lib/download';
import { contentDigest, packChecksum, slug } from '../../../lib/pack/packUtils';
import { href } from '../../../lib/router';
import { classSummary } from '../classStats';
import { questionsCsv, studentsCsv, topicsCsv } from '../csv';
import { scoringShape } from '../packContent';
import { PackMissing } from '../PackMissing';
import { useBuiltPack } from '../useBuiltPack';
import { useResolvedPack } from '../useWorkshopContent';
import { ImportPanel } from './ImportPanel';
import { SummaryTables } from './SummaryTables';

/** Collect results: import files, see the class summary, export CSV. */
export function ResultsView({ packId }: { packId: string }) {
  const state = useBuiltPack(packId);
  const pack = state.status === 'ready' ? state.pack : null;
  const profileId = state.status === 'ready' ? state.profileId : null;
  const resolved = useResolvedPack(pack);
  const entries = useLiveQuery(
    async () => (profileId ? resultsForPack(profileId, packId) : []),
    [profileId, packId],
  );
  const summary = useMemo(() => {
    if (!resolved || !entries) return null;
    return classSummary({
      questions: resolved.questions,
      packChecksum: packChecksum(resolved.pack),
      contentDigest: contentDigest(scoringShape(resolved.questions)),
      seed: resolved.pack.seed,
      entries,
    });
  }, [resolved, entries]);
  if (state.status === 'loading') return <LoadingNotice label="Loading the pack…" />;
  if (state.status === 'missing') return <PackMissing error={state.error} />;
  const p = state.pack;
  const csv = (kind: string, text: string) =>
    downloadText(`${slug(p.title)}-${kind}.csv`, text, 'text/csv;charset=utf-8');

  return (
    <div className="workshop">
      <p>
        <a href={href('/workshop')}>← Workshop</a>
      </p>
      <PageTitle>Results: {p.title}</PageTitle>
      <ImportPanel profileId={state.profileId} pack={p} />
      <section aria-labelledby="ws-summary">
        <h2 id="ws-summary">Class summary</h2>
        {!summary && <LoadingNotice label="Scoring the results…" />}
        {summary && summary.students.length === 0 && (
          <p className="hint">No results imported yet.</p>
        )}
        {summary && summary.students.length > 0 && (
          <>
            <p className="lead" role="status">
              {summary.students.length} student{summary.students.length === 1 ? '' : 's'} · average{' '}
              {summary.meanPercent}% · median {summary.medianPercent}%
            </p>
            <p className="hint">
              Every result is scored again here with this copy's answer key. Each result carries the
              checksum of the pack it was made from: a mismatch means the student worked on an
              edited or different pack. The checksum is tamper-evidence for honest mistakes, not
              security — anyone can edit a file and recompute it.
            </p>
            {summary.mismatched > 0 && (
              <p className="notice notice-warn">
                ⚠ {summary.mismatched} result{summary.mismatched === 1 ? '' : 's'} came from a
                different pack checksum or other question versions; see Checks.
              </p>
            )}
            {summary.sameNameGroups.length > 0 && (
              <p className="notice notice-warn">
                ⚠ The same name appears on more than one result:{' '}
                {summary.sameNameGroups.map((g) => g[0]).join(', ')}. Remove the extra ones if they
                are the same student.
              </p>
            )}
            <p className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() => csv('students', studentsCsv(summary))}
              >
                Download students CSV
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => csv('questions', questionsCsv(summary))}
              >
                Download questions CSV
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => csv('topics', topicsCsv(summary))}
              >
                Download topics CSV
              </button>
            </p>
            <SummaryTables summary={summary} />
          </>
        )}
      </section>
    </div>
  );
}
