import { useEffect, useState } from 'react';
import type { Profile } from './database';
import { ensureActiveProfile } from './profileRepo';

/** The active learner profile (created on first use); null while it loads or if storage fails. */
export function useActiveProfile(): { profile: Profile | null; error: string | null } {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    ensureActiveProfile().then(
      (p) => live && setProfile(p),
      (e: unknown) =>
        live &&
        setError(
          `Your progress cannot be saved in this browser: ${e instanceof Error ? e.message : String(e)}`,
        ),
    );
    return () => {
      live = false;
    };
  }, []);
  return { profile, error };
}
