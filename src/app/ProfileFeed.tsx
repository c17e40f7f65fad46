import { useEffect } from 'react';
import { useActiveProfile, useProfiles } from '../db/useActiveProfile';
import { writeProfileSnapshot } from './profileSnapshot';

/**
 * Keeps the header's profile snapshot in step with the database (live queries: a switch,
 * rename or delete in any tab arrives here). Renders nothing; loaded with the database code.
 */
export function ProfileFeed() {
  const { profile } = useActiveProfile();
  const profiles = useProfiles();
  useEffect(() => {
    if (!profile || !profiles?.some((p) => p.id === profile.id)) return;
    writeProfileSnapshot({
      activeId: profile.id,
      profiles: profiles.map(({ id, name }) => ({ id, name })),
    });
  }, [profile, profiles]);
  return null;
}
