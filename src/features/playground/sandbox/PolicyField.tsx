import { useState } from 'react';
import { ActionExpansion } from '../../../components/editor/ActionExpansion';
import { CodeEditor } from '../../../components/editor/CodeEditor';
import type { PolicyKind } from '../../../engine/index';
import { interactions, startInteraction } from '../../../lib/perfMarks';

/**
 * A policy document in the editor. The text is kept while the learner types; a change AWS
 * would refuse (a quota) is reported and not applied, and nothing typed is lost.
 */
export function PolicyField({
  label,
  value,
  kind,
  onCommit,
  readOnly = false,
  mattered,
}: {
  label: string;
  value: string;
  kind: PolicyKind;
  /** Applies the text; returns AWS's error when it is refused. */
  onCommit?: (text: string) => string | null;
  readOnly?: boolean;
  /** Statements of this policy that mattered in the last answer. */
  mattered?: string[] | undefined;
}) {
  const [draft, setDraft] = useState(value);
  const [refused, setRefused] = useState<string | null>(null);
  const [expand, setExpand] = useState(false);
  return (
    <div className={`policy-field${mattered?.length ? ' policy-field-mattered' : ''}`}>
      {mattered && mattered.length > 0 && (
        <p className="mattered-note">
          <span aria-hidden="true">★ </span>
          Decided the last answer: {mattered.join(', ')}
        </p>
      )}
      <CodeEditor
        ariaLabel={label}
        value={draft}
        readOnly={readOnly}
        minLines={6}
        policyKind={kind}
        onChange={(text) => {
          startInteraction(interactions.playgroundEval);
          setDraft(text);
          setRefused(onCommit ? onCommit(text) : null);
        }}
      />
      {refused && (
        <p className="notice notice-warn" role="alert">
          Not saved — AWS refuses it: {refused}
        </p>
      )}
      <details onToggle={(e) => setExpand(e.currentTarget.open)}>
        <summary>What the actions expand to</summary>
        {expand && <ActionExpansion policyText={draft} headingLevel={4} />}
      </details>
    </div>
  );
}
