import { switchProfile } from '../db/profileRepo';
import { useActiveProfile, useProfiles } from '../db/useActiveProfile';
import { saveInBackground } from '../db/writeFailures';
import { href } from '../lib/router';
import './profileSwitcher.css';
import { StorageAlert } from './StorageAlert';

/** The header's learner switcher (every open tab follows), and the alert for failed writes. */
export function ProfileSwitcher() {
  const { profile } = useActiveProfile();
  const profiles = useProfiles();
  return (
    <>
      {!(profile && profiles) && (
        <div className="profile-switcher-placeholder" aria-hidden="true" />
      )}
      {profile && profiles && (
        <div className="profile-switcher">
          <label htmlFor="profile-switch">
            <span className="profile-switch-label">Learner</span>
          </label>
          <select
            id="profile-switch"
            value={profile.id}
            onChange={(e) => saveInBackground(switchProfile(e.target.value))}
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
      <StorageAlert />
    </>
  );
}
