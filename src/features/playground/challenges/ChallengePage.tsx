import { useEffect, useState } from 'react';
import { challenges } from 'virtual:lp-content/challenges';
import { LoadingNotice } from '../../../components/LoadingNotice';
import {
  getChallengeProgress,
  readDraft,
  type ChallengeDraft,
} from '../../../db/challengeProgressRepo';
import { useActiveProfile } from '../../../db/useActiveProfile';
import type { Challenge } from '../../../lib/sandbox/challengeSchema';
import { ChallengeWork } from './ChallengeWork';

/** #/playground/challenge/<id>: loads the challenge and the learner's saved progress. */
export function ChallengePage({ id }: { id: string }) {
  const challenge: Challenge | undefined = challenges.find((c) => c.id === id);
  const { profile } = useActiveProfile();
  const [saved, setSaved] = useState<{
    key: string;
    draft: ChallengeDraft;
    solved: boolean;
    attempts: number;
  } | null>(null);
  const key = `${profile?.id}:${id}`;
  useEffect(() => {
    if (!profile) return;
    let live = true;
    getChallengeProgress(profile.id, id).then(
      (r) =>
        live &&
        setSaved({ key, draft: readDraft(r), solved: !!r?.solvedAt, attempts: r?.attempts ?? 0 }),
      () =>
        live &&
        setSaved({ key, draft: { hintsUsed: 0, gaveUp: false }, solved: false, attempts: 0 }),
    );
    return () => {
      live = false;
    };
  }, [profile, id, key]);
  if (!challenge)
    return (
      <p className="notice notice-warn" role="alert">
        There is no challenge “{id}”. <a href="#/playground/challenges">See all challenges</a>.
      </p>
    );
  if (!profile || saved?.key !== key) return <LoadingNotice label="Loading the challenge…" />;
  return <ChallengeWork key={key} challenge={challenge} profileId={profile.id} saved={saved} />;
}
