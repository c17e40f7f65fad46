import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { joinWorkshop, listWorkshopAttempts, workshopMeta } from '../../../db/packRepo';
import { notSavedNote } from '../../../db/writeFailures';
import { useActiveProfile } from '../../../db/useActiveProfile';
import { contentDigest, newToken, packChecksum } from '../../../lib/pack/packUtils';
import type { Pack } from '../../../lib/pack/schema';
import { href, navigate } from '../../../lib/router';
import { scoringShape } from '../packContent';
import { PackFacts } from '../share/PackFacts';
import { useResolvedPack } from '../useWorkshopContent';

/** A valid pack, before the student starts: what it holds, a display name, Start. */
export function JoinForm({ pack }: { pack: Pack }) {
  const { profile, error } = useActiveProfile();
  const resolved = useResolvedPack(pack);
  const earlier = useLiveQuery(
    async () =>
      profile
        ? (await listWorkshopAttempts(profile.id)).filter(
            (a) => workshopMeta(a)?.packId === pack.id,
          )
        : [],
    [profile?.id, pack.id],
    [],
  );
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!resolved) return <LoadingNotice label="Loading the pack's lessons and questions…" />;
  const digest = contentDigest(scoringShape(resolved.questions));
  const start = (e: FormEvent) => {
    e.preventDefault();
    const student = name.trim();
    if (!student) return setProblem('Enter a name or alias for your result.');
    if (!profile) return setProblem(error ?? 'Your profile is still loading; try again.');
    setBusy(true);
    joinWorkshop({
      id: newToken(20),
      profileId: profile.id,
      pack,
      packChecksum: packChecksum(pack),
      contentDigest: digest,
      student,
      questionIds: resolved.questions.map((q) => q.id),
    }).then(
      (attempt) => navigate(`/workshop/attempt/${attempt.id}`),
      (err: unknown) => {
        setBusy(false);
        setProblem(`Could not start. ${notSavedNote(err)}`);
      },
    );
  };
  return (
    <div className="workshop">
      <PageTitle>Workshop: {pack.title}</PageTitle>
      <PackFacts pack={pack} />
      {resolved.missing.length > 0 && (
        <p className="notice notice-warn">
          ⚠ This copy of the app lacks {resolved.missing.length} item
          {resolved.missing.length === 1 ? '' : 's'} of the pack ({resolved.missing.join(', ')}); it
          may be older or newer than your instructor's. You can work through the rest.
        </p>
      )}
      {resolved.missing.length === 0 && digest !== pack.contentDigest && (
        <p className="notice notice-warn">
          ⚠ Some questions differ in this copy of the app from your instructor's. Your result will
          say so; your instructor's copy scores it.
        </p>
      )}
      {earlier.length > 0 && (
        <section aria-labelledby="ws-earlier">
          <h2 id="ws-earlier">You started this pack before</h2>
          <ul>
            {earlier.map((a) => (
              <li key={a.id}>
                <a href={href(`/workshop/attempt/${a.id}`)}>
                  As {workshopMeta(a)?.student}:{' '}
                  {a.status === 'submitted' ? 'handed in' : 'continue'}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form onSubmit={start} className="ws-join" noValidate>
        <label>
          Your name or an alias
          <input
            value={name}
            maxLength={60}
            autoComplete="nickname"
            required
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p className="hint">
          Your answers are stored in this browser only. When you hand in, you download a result file
          with this name, the pack and your answers, and give it to your instructor.
        </p>
        {problem && (
          <p className="notice notice-warn" role="alert">
            ⚠ {problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Start
        </button>
      </form>
    </div>
  );
}
