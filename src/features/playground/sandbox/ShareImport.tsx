import { useEffect, useState } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { newOrganizationId, saveOrganization } from '../../../db/organizationRepo';
import { useActiveProfile } from '../../../db/useActiveProfile';
import { navigate } from '../../../lib/router';
import type { ParseOrgResult } from '../../../lib/sandbox/parse';
import { decodeSandbox, maxShareChars } from '../../../lib/sandbox/share';
import { sandboxPath } from './links';

/** #/playground/import?s=…: a shared sandbox, checked, shown, then saved on request. */
export function ShareImport({ payload }: { payload: string | null }) {
  const { profile } = useActiveProfile();
  const [read, setRead] = useState<{ payload: string | null; result: ParseOrgResult } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const done = (result: ParseOrgResult) => live && setRead({ payload, result });
    if (!payload) {
      const none: ParseOrgResult = { ok: false, problems: ['the link holds no sandbox'] };
      void Promise.resolve(none).then(done);
    } else void decodeSandbox(payload).then(done);
    return () => {
      live = false;
    };
  }, [payload]);
  const current = read?.payload === payload ? read.result : null;
  if (!current) return <LoadingNotice label="Reading the shared sandbox…" />;
  if (!current.ok)
    return (
      <div className="notice notice-warn" role="alert">
        <p>
          This share link cannot be opened: {current.problems.join('; ')}. Nothing was changed. (A
          share link holds at most {maxShareChars.toLocaleString('en')} characters.)
        </p>
        <p>
          <a href="#/playground/sandboxes">Back to your sandboxes</a>
        </p>
      </div>
    );
  const org = current.org;
  const save = async () => {
    if (!profile) return;
    const id = newOrganizationId(profile.id);
    try {
      await saveOrganization({ id, profileId: profile.id, name: org.name, organization: org });
      navigate(sandboxPath(id));
    } catch (e) {
      setProblem(`Could not save it: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const count = (f: (a: (typeof org.accounts)[number]) => number) =>
    org.accounts.reduce((n, a) => n + f(a), 0);
  return (
    <section className="panel" aria-labelledby="shared-title">
      <h2 id="shared-title">Shared sandbox: {org.name}</h2>
      <p>
        {org.accounts.length} accounts, {org.ous.length} OUs, {count((a) => a.users.length)} users,{' '}
        {count((a) => a.roles.length)} roles, {count((a) => a.resources.length)} resources,{' '}
        {org.orgPolicies.length} SCPs and RCPs. It was checked and holds only data.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void save()} disabled={!profile}>
          Save as a new sandbox
        </button>
        <a href="#/playground/sandboxes">Cancel</a>
      </div>
      {problem && (
        <p className="notice notice-warn" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
