import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import {
  deleteOrganization,
  listOrganizations,
  newOrganizationId,
  saveOrganization,
} from '../../../db/organizationRepo';
import { useActiveProfile } from '../../../db/useActiveProfile';
import { saveInBackground } from '../../../db/writeFailures';
import { downloadJson } from '../../../lib/download';
import { navigate } from '../../../lib/router';
import {
  maxSandboxChars,
  parseOrganization,
  parseOrganizationText,
} from '../../../lib/sandbox/parse';
import type { Organization } from '../../../lib/sandbox/schema';
import { emptyOrganization, exampleOrganization } from '../../../lib/sandbox/starter';
import { sandboxPath, shareLinkPayload } from './links';

/** The learner's sandbox organizations: create, import, open, export, delete. */
export function SandboxList() {
  const { profile, error } = useActiveProfile();
  const rows = useLiveQuery(
    () => (profile ? listOrganizations(profile.id) : Promise.resolve(null)),
    [profile],
  );
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const file = useRef<HTMLInputElement>(null);

  if (error) return <p className="notice notice-warn">{error}</p>;
  if (!profile || rows === undefined || rows === null)
    return <LoadingNotice label="Loading your sandboxes…" />;

  const create = async (org: Organization) => {
    const id = newOrganizationId(profile.id);
    try {
      await saveOrganization({ id, profileId: profile.id, name: org.name, organization: org });
      navigate(sandboxPath(id));
    } catch (e) {
      setMessage(`Could not save the new sandbox: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const importFile = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > maxSandboxChars) {
      setMessage(
        `“${f.name}” is larger than 1 MB; a sandbox file is much smaller. Nothing was imported.`,
      );
      return;
    }
    const parsed = parseOrganizationText(await f.text());
    if (!parsed.ok) {
      setMessage(
        `“${f.name}” is not a sandbox file: ${parsed.problems.join('; ')}. Nothing was imported.`,
      );
      return;
    }
    await create(parsed.org);
  };
  const openLink = () => {
    const payload = shareLinkPayload(link);
    if (!payload) setMessage('That is not a Least Privilege share link (it has no “s=” part).');
    else navigate(`/playground/import?s=${payload}`);
  };

  return (
    <section aria-labelledby="sandboxes-title" className="sandbox-list">
      <h2 id="sandboxes-title">Sandbox organizations</h2>
      <p className="lead">
        A simulated AWS organization that lives in your browser: accounts under OUs, SCPs and RCPs,
        users, groups, roles, policies, resources and Identity Center. Build it, then ask it
        questions. Everything is saved here as you work.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void create(exampleOrganization())}>
          New from the example organization
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void create(emptyOrganization())}
        >
          New empty organization
        </button>
        <button type="button" className="secondary" onClick={() => file.current?.click()}>
          Import a sandbox file
        </button>
        <input
          ref={file}
          hidden
          type="file"
          accept=".json,application/json"
          aria-label="Sandbox file to import"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </div>
      <div className="inline-form">
        <label className="field field-wide">
          <span>Open a share link</span>
          <input
            type="text"
            value={link}
            onChange={(e) => setLink(e.target.value)}
            spellCheck={false}
          />
        </label>
        <button type="button" className="secondary" onClick={openLink} disabled={!link.trim()}>
          Open link
        </button>
      </div>
      <p role="status" className="hint">
        {message}
      </p>
      {rows.length === 0 ? (
        <p>You have no sandbox yet. Start from the example organization to see one filled in.</p>
      ) : (
        <ul className="card-list">
          {rows.map((r) => (
            <li key={r.id} className="card">
              <a href={`#${sandboxPath(r.id)}`} className="card-title">
                {r.name}
              </a>
              <span className="hint"> · edited {new Date(r.updatedAt).toLocaleString()}</span>
              <div className="button-row">
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => {
                    const parsed = parseOrganization(r.workbench);
                    if (parsed.ok) downloadJson(`${fileName(r.name)}.sandbox.json`, parsed.org);
                    else
                      setMessage(
                        `“${r.name}” is damaged and cannot be exported: ${parsed.problems[0]}`,
                      );
                  }}
                >
                  Export <span className="visually-hidden">{r.name}</span>
                </button>
                {confirming === r.id ? (
                  <button
                    type="button"
                    className="danger small"
                    onClick={() => {
                      setConfirming(null);
                      saveInBackground(deleteOrganization(r.id));
                    }}
                  >
                    Really delete {r.name}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => setConfirming(r.id)}
                  >
                    Delete <span className="visually-hidden">{r.name}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const fileName = (name: string) =>
  name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'sandbox';
