import { Suspense, useState } from 'react';
import { useDatabaseInUse } from '../db/databaseInUse';
import { reportWriteFailure, saveInBackground } from '../db/writeFailures';
import { lazyNamed } from '../lib/lazyNamed';
import { href } from '../lib/router';
import { useProfileSnapshot } from './profileSnapshot';
import './profileSwitcher.css';

// Lazy: it brings the database code. The switcher paints from the snapshot without it.
const ProfileFeed = lazyNamed(() => import('./ProfileFeed'), 'ProfileFeed');

function switchTo(id: string) {
  import('../db/profileRepo').then(
    ({ switchProfile }) => saveInBackground(switchProfile(id)),
    (e: unknown) => reportWriteFailure(e, ['settings']),
  );
}

/**
 * The header's learner switcher. It shows the last known profiles at once and follows the
 * database (every open tab follows) from when a page loads it or the learner reaches for the
 * switcher, so a page that needs no stored data never opens the database.
 */
export function ProfileSwitcher() {
  const snapshot = useProfileSnapshot();
  const databaseInUse = useDatabaseInUse();
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  return (
    <>
      {(databaseInUse || wanted) && (
        <Suspense fallback={null}>
          <ProfileFeed />
        </Suspense>
      )}
      {snapshot ? (
        <div className="profile-switcher" onPointerEnter={want} onFocus={want}>
          <label htmlFor="profile-switch">
            <span className="profile-switch-label">Learner</span>
          </label>
          <select
            id="profile-switch"
            value={snapshot.activeId}
            onChange={(e) => switchTo(e.target.value)}
          >
            {snapshot.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <a href={href('/progress/profiles')} className="profile-manage">
            <span aria-hidden="true">⚙</span>
            <span className="visually-hidden">Manage learner profiles</span>
          </a>
        </div>
      ) : (
        <div className="profile-switcher-placeholder" aria-hidden="true" />
      )}
    </>
  );
}
