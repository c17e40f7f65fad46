import { useState } from 'react';
import type { PolicyLocation } from '../../../lib/sandbox/locations';
import type { Organization } from '../../../lib/sandbox/schema';
import { AccessMatrix } from './AccessMatrix';
import { AnswerView } from './AnswerView';
import { RequestBuilder } from './RequestBuilder';
import type { RequestDraft } from './requestDraft';
import type { SandboxAnswer } from './useSandboxAnswer';
import { WhoCan } from './WhoCan';

const tabs = [
  ['request', 'Ask a request'],
  ['matrix', 'What can this principal do?'],
  ['who', 'Who can do this?'],
] as const;
type Tab = (typeof tabs)[number][0];

/** Questions to ask the sandbox. */
export function AskPanel({
  org,
  draft,
  onDraft,
  current,
  failure,
  onShow,
}: {
  org: Organization;
  draft: RequestDraft;
  onDraft: (d: RequestDraft) => void;
  current: SandboxAnswer | null;
  failure: string | null;
  onShow: (loc: PolicyLocation) => void;
}) {
  const [tab, setTab] = useState<Tab>('request');
  return (
    <section className="ask panel" aria-labelledby="ask-title">
      <h2 id="ask-title">Ask the sandbox</h2>
      <div role="tablist" aria-label="Questions" className="tabs">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((t) => t[0] === tab);
              const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
              if (next === null) return;
              const t = tabs[(next + tabs.length) % tabs.length];
              if (t) {
                setTab(t[0]);
                document.getElementById(`tab-${t[0]}`)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'request' && (
          <>
            <RequestBuilder
              org={org}
              draft={draft}
              onChange={onDraft}
              resolution={current?.resolution ?? null}
            />
            {failure && <p className="verdict verdict-deny">⚠ The engine failed: {failure}</p>}
            {current ? (
              <AnswerView current={current} onShow={onShow} />
            ) : (
              <p role="status">Evaluating…</p>
            )}
          </>
        )}
        {tab === 'matrix' && <AccessMatrix org={org} />}
        {tab === 'who' && (
          <WhoCan org={org} initialAction={draft.action} initialResource={draft.resource} />
        )}
      </div>
    </section>
  );
}
