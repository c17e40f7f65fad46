import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { getPackRecord, packRecordId } from '../../../db/packRepo';
import { useActiveProfile } from '../../../db/useActiveProfile';
import { importResults } from '../../../db/workshopResultRepo';
import { decodeResultData, PackError } from '../../../lib/pack/codec';
import type { WorkshopResult } from '../../../lib/pack/schema';
import { href } from '../../../lib/router';

/** #/workshop/collect?r=…: a student's result from a scanned QR code, imported on request. */
export function CollectView({ data }: { data: string }) {
  const { profile } = useActiveProfile();
  const [state, setState] = useState<{ result: WorkshopResult } | { error: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    decodeResultData(data).then(
      (result) => live && setState({ result }),
      (e: unknown) =>
        live &&
        setState({ error: e instanceof PackError ? e.message : 'This result cannot be read.' }),
    );
    return () => {
      live = false;
    };
  }, [data]);
  const result = state && 'result' in state ? state.result : null;
  const record = useLiveQuery(
    async () =>
      profile && result
        ? ((await getPackRecord(packRecordId(profile.id, 'built', result.packId))) ?? null)
        : undefined,
    [profile?.id, result],
  );
  if (!state || (result && record === undefined))
    return <LoadingNotice label="Reading the result…" />;
  if ('error' in state)
    return (
      <section className="panel workshop" aria-labelledby="page-title">
        <PageTitle>This result cannot be imported</PageTitle>
        <p className="notice notice-warn" role="alert">
          ⚠ {state.error} Nothing was saved. Ask the student for the result file.
        </p>
      </section>
    );
  const r = state.result;
  const doImport = () => {
    if (!profile) return;
    importResults(profile.id, [r]).then(
      (o) =>
        setStatus(
          o.added.length
            ? `Imported ${r.student}'s result.`
            : 'This result was already imported; nothing changed.',
        ),
      (e: unknown) => setStatus(`Nothing was imported: ${String(e)}`),
    );
  };
  return (
    <section className="panel workshop" aria-labelledby="page-title">
      <PageTitle>Result of {r.student}</PageTitle>
      <p>
        For the pack “{r.packTitle}”: {r.answers.filter((a) => a.response !== null).length} of{' '}
        {r.answers.length} questions answered.
      </p>
      {record ? (
        <>
          <button type="button" onClick={doImport} disabled={status !== null}>
            Import into “{record.title}”
          </button>
          <p role="status">{status}</p>
          {status && <a href={href(`/workshop/results/${r.packId}`)}>See the class summary</a>}
        </>
      ) : (
        <p className="notice notice-warn">
          ⚠ You have not built this pack in this profile on this device, so there is nothing to
          import it into. Open this code on the device (and profile) where you built the pack.
        </p>
      )}
    </section>
  );
}
