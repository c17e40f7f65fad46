import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import {
  deletePack,
  listPacks,
  listWorkshopAttempts,
  readPack,
  workshopMeta,
} from '../../db/packRepo';
import { useActiveProfile } from '../../db/useActiveProfile';
import { resultCounts } from '../../db/workshopResultRepo';
import { notSavedNote } from '../../db/writeFailures';
import { href } from '../../lib/router';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function WorkshopHome() {
  const { profile, error } = useActiveProfile();
  const data = useLiveQuery(async () => {
    if (!profile) return null;
    const [built, attempts, counts] = await Promise.all([
      listPacks(profile.id, 'built'),
      listWorkshopAttempts(profile.id),
      resultCounts(profile.id),
    ]);
    return { built, attempts, counts };
  }, [profile?.id]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  return (
    <div className="workshop">
      <PageTitle>Workshop</PageTitle>
      <p className="lead">
        Run a classroom session with no server: build a pack of lessons and questions, hand it out
        as a link, QR code or file, present it on a projector, and collect the result files students
        hand back. Everything stays on the devices in the room.
      </p>
      {error && <p className="notice notice-warn">{error}</p>}
      <p aria-live="polite" className="visually-hidden">
        {status}
      </p>

      <section aria-labelledby="ws-built">
        <h2 id="ws-built">Your packs (instructor)</h2>
        <p className="actions">
          <a className="button" href={href('/workshop/new')}>
            Build a new pack
          </a>
        </p>
        {data && data.built.length === 0 && <p className="hint">You have not built a pack yet.</p>}
        <ul className="ws-card-list">
          {data?.built.map((record) => {
            const pack = readPack(record);
            if (!pack) return null;
            const results = data.counts.get(pack.id) ?? 0;
            return (
              <li key={record.id} className="card">
                <h3>{pack.title}</h3>
                <p className="hint">
                  {pack.lessons.length} lessons · {pack.questions.length} questions
                  {pack.challenges.length ? ` · ${pack.challenges.length} challenges` : ''} · built{' '}
                  {dateFormat.format(record.createdAt)} · {results} result
                  {results === 1 ? '' : 's'} imported
                </p>
                <p className="actions">
                  <a className="button secondary small" href={href(`/workshop/pack/${pack.id}`)}>
                    Hand out
                  </a>
                  <a className="button secondary small" href={href(`/workshop/present/${pack.id}`)}>
                    Present
                  </a>
                  <a className="button secondary small" href={href(`/workshop/print/${pack.id}`)}>
                    Print
                  </a>
                  <a className="button secondary small" href={href(`/workshop/results/${pack.id}`)}>
                    Results
                  </a>
                  {confirming === record.id ? (
                    <>
                      <button
                        type="button"
                        className="small danger"
                        onClick={() => {
                          deletePack(record.id).then(
                            () => setStatus(`Deleted the pack “${pack.title}”.`),
                            (e: unknown) =>
                              setStatus(`The pack was not deleted. ${notSavedNote(e)}`),
                          );
                          setConfirming(null);
                        }}
                      >
                        Delete pack and {results} result{results === 1 ? '' : 's'}
                      </button>
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => setConfirming(null)}
                      >
                        Keep it
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => setConfirming(record.id)}
                      aria-label={`Delete “${pack.title}”`}
                    >
                      Delete…
                    </button>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="ws-joined">
        <h2 id="ws-joined">Packs you joined (student)</h2>
        <p>
          Open the link your instructor shared, or{' '}
          <a href={href('/workshop/open')}>open a pack file</a>.
        </p>
        {data && data.attempts.length === 0 && (
          <p className="hint">You have not joined a pack yet.</p>
        )}
        <ul className="ws-card-list">
          {data?.attempts.map((attempt) => {
            const meta = workshopMeta(attempt);
            if (!meta) return null;
            const done = attempt.status === 'submitted';
            return (
              <li key={attempt.id} className="card">
                <h3>{attempt.title}</h3>
                <p className="hint">
                  As {meta.student} · started {dateFormat.format(attempt.startedAt)} ·{' '}
                  {done
                    ? `handed in${meta.score ? `: ${meta.score.right} of ${meta.score.total} right` : ''}`
                    : 'in progress'}
                </p>
                <p>
                  <a
                    className="button secondary small"
                    href={href(`/workshop/attempt/${attempt.id}`)}
                  >
                    {done ? 'See result and hand in again' : 'Continue'}
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
