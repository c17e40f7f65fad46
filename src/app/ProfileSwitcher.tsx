import { switchProfile } from '../db/profileRepo';
import { storageFullMessage } from '../db/storage';
import { useActiveProfile, useProfiles } from '../db/useActiveProfile';
import { useStorageGuard } from '../db/useStorageGuard';
import { href } from '../lib/router';
import './profileSwitcher.css';

/** The header's learner switcher (every open tab follows), and the storage-full alert. */
export function ProfileSwitcher() {
  const { profile } = useActiveProfile();
  const profiles = useProfiles();
  const { storageFull, dismiss } = useStorageGuard();
  return (
    <>
      {profile && profiles && (
        <div className="profile-switcher">
          <label htmlFor="profile-switch">
            <span className="profile-switch-label">Learner</span>
          </label>
          <select
            id="profile-switch"
            value={profile.id}
            onChange={(e) => void switchProfile(e.target.value)}
          >
            {profiles.map((p) => (
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
      )}
      {storageFull && (
        <div className="storage-alert" role="alert">
          <p>
            <span aria-hidden="true">⚠ </span>
            {storageFullMessage}
          </p>
          <p className="actions">
            <a className="button" href={href('/progress/data')} onClick={dismiss}>
              Export a backup
            </a>
            <button type="button" className="secondary" onClick={dismiss}>
              Dismiss
            </button>
          </p>
        </div>
      )}
    </>
  );
}
