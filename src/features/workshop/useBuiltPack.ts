import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PackRecord } from '../../db/database';
import { getPackRecord, packRecordId, readPack } from '../../db/packRepo';
import { useActiveProfile } from '../../db/useActiveProfile';
import type { Pack } from '../../lib/pack/schema';

export type BuiltPackState =
  | { status: 'loading' }
  | { status: 'missing'; error: string | null }
  | { status: 'ready'; profileId: string; record: PackRecord; pack: Pack };

/** A pack this profile built, by pack id, kept current. */
export function useBuiltPack(packId: string): BuiltPackState {
  const { profile, error } = useActiveProfile();
  const record = useLiveQuery(
    async () =>
      profile
        ? ((await getPackRecord(packRecordId(profile.id, 'built', packId))) ?? null)
        : undefined,
    [profile?.id, packId],
  );
  // one parsed pack per stored record, so hooks keyed on the pack do not run on every render
  const pack = useMemo(() => (record ? readPack(record) : null), [record]);
  if (error) return { status: 'missing', error };
  if (!profile || record === undefined) return { status: 'loading' };
  if (!record || !pack) return { status: 'missing', error: null };
  return { status: 'ready', profileId: profile.id, record, pack };
}
