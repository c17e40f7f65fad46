import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { saveOrganization } from '../../../db/organizationRepo';
import { notSavedNote, saveInBackground } from '../../../db/writeFailures';
import { downloadJson } from '../../../lib/download';
import type { PolicyLocation } from '../../../lib/sandbox/locations';
import type { OpResult } from '../../../lib/sandbox/ops';
import { parseOrganization } from '../../../lib/sandbox/parse';
import type { Organization } from '../../../lib/sandbox/schema';
import { encodeSandbox, maxShareChars } from '../../../lib/sandbox/share';
import { statementsThatMattered } from '../../../lib/sandbox/explain';
import { AskPanel } from '../ask/AskPanel';
import { draftRequest, initialDraft, type RequestDraft } from '../ask/requestDraft';
import { useSandboxAnswer } from '../ask/useSandboxAnswer';
import { DetailPanel } from './DetailPanel';
import { locationKey, selectionFor, type EditContext, type Selection } from './editing';
import { shareLink } from './links';
import { fileName } from './SandboxList';
import { StructureTree } from './StructureTree';

/** One sandbox organization: its structure on the left, questions to ask it on the right. */
export function SandboxWorkspace({
  id,
  profileId,
  initial,
}: {
  id: string;
  profileId: string;
  initial: Organization;
}) {
  const [org, setOrg] = useState(initial);
  const [selection, setSelection] = useState<Selection>({ kind: 'org' });
  const [status, setStatus] = useState('All changes saved.');
  const [share, setShare] = useState<string | null>(null);
  const [draft, setDraft] = useState<RequestDraft>(() => initialDraft(initial));
  const request = useMemo(() => draftRequest(draft), [draft]);
  const { current, failure } = useSandboxAnswer(org, request);
  const mattered = useMemo(() => {
    const map = new Map<string, string[]>();
    const last = current?.answer.outcomes.at(-1);
    const final = last?.result;
    if (!last || !final || !('decision' in final)) return map;
    for (const n of statementsThatMattered(final.trace ?? [], last.step.sources)) {
      if (n.role === 'nearMiss' || !n.source) continue;
      const key = locationKey(n.source.location);
      const name = `${n.statement.sid ? `“${n.statement.sid}”` : `statement ${n.statement.index + 1}`} (${n.statement.effect})`;
      map.set(key, [...(map.get(key) ?? []), name]);
    }
    return map;
  }, [current]);
  const first = useRef(true);

  // save shortly after each change, and at once when the page is left with a change pending
  const pending = useRef<Organization | null>(null);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = org;
    const timer = window.setTimeout(() => {
      pending.current = null;
      // a sandbox that would not load again is never written over the last good one (checked
      // here, not on every keystroke: the check reads the whole sandbox)
      const problems = integrityOrSchema(org);
      if (problems) {
        setStatus(`Not saved: ${problems}. Undo the last change; the last good version is kept.`);
        return;
      }
      saveOrganization({ id, profileId, name: org.name, organization: org }).then(
        () => setStatus('All changes saved.'),
        (e: unknown) =>
          setStatus(
            `${notSavedNote(e)} Your changes stay on this page; export the sandbox to keep them.`,
          ),
      );
    }, 400);
    return () => window.clearTimeout(timer);
  }, [org, id, profileId]);
  useEffect(
    () => () => {
      const unsaved = pending.current;
      if (unsaved && !integrityOrSchema(unsaved))
        saveInBackground(
          saveOrganization({ id, profileId, name: unsaved.name, organization: unsaved }),
        );
    },
    [id, profileId],
  );

  const update = useCallback((change: (draft: Organization) => void) => {
    setStatus('Saving…');
    setOrg((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }, []);
  const apply = useCallback((result: OpResult) => {
    if (!result.ok) return result.error;
    setStatus('Saving…');
    setOrg(result.org);
    return null;
  }, []);
  const ctx: EditContext = { org, update, apply, select: setSelection, mattered };
  const show = useCallback((loc: PolicyLocation) => {
    const s = selectionFor(loc);
    if (s) setSelection(s);
  }, []);

  const makeLink = async () => {
    const payload = await encodeSandbox(org);
    setShare(
      payload.length > maxShareChars
        ? `This sandbox is too large for a link (${payload.length.toLocaleString('en')} of at most ${maxShareChars.toLocaleString('en')} characters compressed). Export it as a file instead.`
        : shareLink(payload),
    );
  };

  return (
    <div className="sandbox">
      <div className="workbench-head">
        <label className="field field-wide">
          <span>Sandbox name</span>
          <input
            type="text"
            value={org.name}
            maxLength={200}
            onChange={(e) => update((d) => void (d.name = e.target.value || 'Untitled'))}
          />
        </label>
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            onClick={() => downloadJson(`${fileName(org.name)}.sandbox.json`, org)}
          >
            Export as JSON
          </button>
          <button type="button" className="secondary" onClick={() => void makeLink()}>
            Share as a link
          </button>
          <a href="#/playground/sandboxes">All sandboxes</a>
        </div>
        <p role="status" className="hint save-status">
          {status}
        </p>
      </div>
      {share && (
        <div className="notice">
          {share.startsWith('This sandbox') ? (
            <p>{share}</p>
          ) : (
            <label className="field">
              <span>
                Share link (the sandbox travels inside it, compressed; at most{' '}
                {maxShareChars.toLocaleString('en')} characters)
              </span>
              <input type="text" readOnly value={share} onFocus={(e) => e.target.select()} />
            </label>
          )}
        </div>
      )}
      <div className="sandbox-grid">
        <StructureTree org={org} selection={selection} onSelect={setSelection} />
        <DetailPanel ctx={ctx} selection={selection} />
        <AskPanel
          org={org}
          draft={draft}
          onDraft={setDraft}
          current={current}
          failure={failure}
          onShow={show}
        />
      </div>
    </div>
  );
}

/** Why a sandbox would not load again (schema or references), or null. */
function integrityOrSchema(org: Organization): string | null {
  const parsed = parseOrganization(org);
  return parsed.ok ? null : parsed.problems.slice(0, 2).join('; ');
}
