import { useState, type FormEvent } from 'react';
import type { Profile } from '../../db/database';
import { createProfile, renameProfile, switchProfile } from '../../db/profileRepo';
import { useActiveProfile, useProfiles } from '../../db/useActiveProfile';
import { DeleteProfileDialog } from './DeleteProfileDialog';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function RenameForm({ profile, onDone }: { profile: Profile; onDone: (message: string) => void }) {
  const [name, setName] = useState(profile.name);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const renamed = await renameProfile(profile.id, name);
      onDone(`Renamed to ${renamed.name}.`);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const id = `rename-${profile.id}`;
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor={id}>New name for {profile.name}</label>
      <input
        id={id}
        value={name}
        maxLength={40}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoFocus
      />
      <button type="submit">Save name</button>
      <button type="button" className="secondary" onClick={() => onDone('')}>
        Cancel
      </button>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Create, rename, switch and delete learner profiles. */
export function ProfilesPanel() {
  const profiles = useProfiles();
  const { profile: active } = useActiveProfile();
  const [newName, setNewName] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Profile | null>(null);
  const [message, setMessage] = useState('');

  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const p = await createProfile(newName);
      setNewName('');
      setCreateError(null);
      setMessage(`Created ${p.name}; it is now the active profile.`);
    } catch (err) {
      setCreateError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="profiles-title" className="profiles-panel">
      <h2 id="profiles-title">Learner profiles</h2>
      <p>
        Several people can study on this device, each with their own progress. Profiles are not
        passwords: anyone using this browser can open them.
      </p>
      <p role="status" className="status-line">
        {message}
      </p>
      <ul className="profile-list">
        {(profiles ?? []).map((p) => (
          <li key={p.id} className="card profile-row">
            {renaming === p.id ? (
              <RenameForm
                profile={p}
                onDone={(m) => {
                  setRenaming(null);
                  if (m) setMessage(m);
                }}
              />
            ) : (
              <>
                <span className="profile-name">
                  {p.name}
                  {p.id === active?.id && <span className="badge badge-ok">✓ Active</span>}
                </span>
                <span className="actions">
                  {p.id !== active?.id && (
                    <button
                      type="button"
                      onClick={() =>
                        switchProfile(p.id).then(
                          () => setMessage(`Switched to ${p.name}.`),
                          (e: unknown) => setMessage(errorText(e)),
                        )
                      }
                    >
                      Switch to {p.name}
                    </button>
                  )}
                  <button type="button" className="secondary" onClick={() => setRenaming(p.id)}>
                    Rename<span className="visually-hidden"> {p.name}</span>
                  </button>
                  <button type="button" className="secondary danger" onClick={() => setDeleting(p)}>
                    Delete<span className="visually-hidden"> {p.name}</span>…
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={create}>
        <label htmlFor="new-profile">New profile name</label>
        <input
          id="new-profile"
          value={newName}
          maxLength={40}
          onChange={(e) => setNewName(e.target.value)}
          aria-invalid={createError ? true : undefined}
          aria-describedby={createError ? 'new-profile-error' : undefined}
        />
        <button type="submit">Create profile</button>
        {createError && (
          <p id="new-profile-error" className="form-error" role="alert">
            {createError}
          </p>
        )}
      </form>
      {deleting && (
        <DeleteProfileDialog
          profile={deleting}
          onClose={(m) => {
            setDeleting(null);
            if (m) setMessage(m);
          }}
        />
      )}
    </section>
  );
}
