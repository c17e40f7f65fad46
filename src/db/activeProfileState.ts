// The active profile as a page sees it, from the latest read of its live query: a device
// without one gets a first profile, and a storage failure becomes a message for the learner.
// Shared by useActiveProfile (database loaded with the page) and useLazyActiveProfile (database
// on demand, src/db/lazyData.ts). No Dexie import here.
import { useEffect, useState } from 'react';
import type { Profile } from './database';

/** One read of the active profile: the profile (null when none is active yet) or a failure. */
export type ProfileRead = { ok: true; value: Profile | null } | { ok: false; message: string };

/** A storage failure, in words for the learner. */
export function describeStorageFailure(e: unknown): string {
  return `Your progress cannot be saved in this browser: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * The profile in `read` (null while it loads), creating the first one through `ensure` when
 * the read finds none. `ensure` must be stable between renders.
 */
export function useProfileFromRead(
  read: ProfileRead | undefined,
  ensure: (() => Promise<unknown>) | null,
): { profile: Profile | null; error: string | null } {
  const [ensureError, setEnsureError] = useState<string | null>(null);
  const missing = read?.ok === true && read.value === null;
  useEffect(() => {
    if (!missing || !ensure) return;
    let live = true;
    // The live query picks the new profile up; only a failure needs reporting here.
    ensure().catch((e: unknown) => live && setEnsureError(describeStorageFailure(e)));
    return () => {
      live = false;
    };
  }, [missing, ensure]);
  if (read?.ok === false) return { profile: null, error: read.message };
  return { profile: read?.value ?? null, error: ensureError };
}
