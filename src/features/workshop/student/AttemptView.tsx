import { useLiveQuery } from 'dexie-react-hooks';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { getAttempt } from '../../../db/attemptRepo';
import { getPackRecord, readPack, workshopMeta } from '../../../db/packRepo';
import { href } from '../../../lib/router';
import { useResolvedPack } from '../useWorkshopContent';
import { AttemptRunner } from './AttemptRunner';
import { HandInView } from './HandInView';

/** A student's run through a pack: working on it, or handed in. */
export function AttemptView({ attemptId }: { attemptId: string }) {
  const data = useLiveQuery(async () => {
    const attempt = await getAttempt(attemptId);
    const meta = attempt ? workshopMeta(attempt) : null;
    const record = meta ? await getPackRecord(meta.packRecordId) : undefined;
    return { attempt, meta, pack: record ? readPack(record) : null };
  }, [attemptId]);
  const resolved = useResolvedPack(data?.pack ?? null);
  if (!data) return <LoadingNotice label="Loading your workshop…" />;
  const { attempt, meta, pack } = data;
  if (!attempt || !meta || !pack)
    return (
      <section className="panel" aria-labelledby="page-title">
        <PageTitle>Workshop not found</PageTitle>
        <p>This browser has no workshop run with that id. Open your instructor's link again.</p>
        <p>
          <a href={href('/workshop')}>Workshop</a>
        </p>
      </section>
    );
  if (!resolved) return <LoadingNotice label="Loading the questions…" />;
  if (attempt.status !== 'in-progress')
    return <HandInView attempt={attempt} meta={meta} resolved={resolved} />;
  return <AttemptRunner attempt={attempt} meta={meta} resolved={resolved} />;
}
