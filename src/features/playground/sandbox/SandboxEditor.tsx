import { useEffect, useState } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { loadOrganization } from '../../../db/organizationRepo';
import { useActiveProfile } from '../../../db/useActiveProfile';
import { parseOrganization } from '../../../lib/sandbox/parse';
import type { Organization } from '../../../lib/sandbox/schema';
import { SandboxWorkspace } from './SandboxWorkspace';

type Loaded = { id: string; org?: Organization; problem?: string };

/** #/playground/sandbox/<id>: loads a saved sandbox (checked as untrusted data), then edits it. */
export function SandboxEditor({ id }: { id: string }) {
  const { profile } = useActiveProfile();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    loadOrganization(id).then(
      (record) => {
        if (!live) return;
        if (!record || record.kind !== 'organization')
          return setLoaded({ id, problem: 'There is no such sandbox on this device.' });
        const parsed = parseOrganization(record.workbench);
        setLoaded(
          parsed.ok
            ? { id, org: parsed.org }
            : {
                id,
                problem: `This sandbox's saved data is damaged: ${parsed.problems.join('; ')}`,
              },
        );
      },
      (e: unknown) => live && setLoaded({ id, problem: `It cannot be read: ${String(e)}` }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const current = loaded?.id === id ? loaded : null;
  if (!current || !profile) return <LoadingNotice label="Loading the sandbox…" />;
  if (!current.org)
    return (
      <div className="notice notice-warn" role="alert">
        <p>{current.problem}</p>
        <p>
          <a href="#/playground/sandboxes">Back to your sandboxes</a>
        </p>
      </div>
    );
  return <SandboxWorkspace key={id} id={id} profileId={profile.id} initial={current.org} />;
}
