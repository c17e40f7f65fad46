import { useEffect, useState } from 'react';
import type { ExpansionEntry, ExpansionResult } from './actionExpansion';
import { expandInWorker } from './lintClient';
import './editor.css';

export interface ActionExpansionProps {
  /** The policy's JSON text (the same text the editor shows). */
  policyText: string;
  /** Heading level for the section title (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** Section title (default "What the actions expand to"). */
  title?: string;
}

const DELAY_MS = 400;

interface State {
  text: string | null;
  result: ExpansionResult | null;
  failure?: string;
}

function Row({ entry }: { entry: ExpansionEntry }) {
  const [open, setOpen] = useState(false);
  const where = entry.sid
    ? `${entry.sid} (statement ${entry.statement + 1})`
    : `statement ${entry.statement + 1}`;
  const verb = entry.element === 'NotAction' ? 'excludes' : 'matches';
  let summary: string;
  if (entry.problem) summary = `matches nothing: ${entry.problem}`;
  else if (entry.all)
    summary = `${verb} every action of every service (${entry.count.toLocaleString('en-US')})`;
  else
    summary = `${verb} ${entry.count.toLocaleString('en-US')} action${entry.count === 1 ? '' : 's'}`;
  const listId = `expansion-${entry.statement}-${entry.element}-${entry.pattern}`.replace(
    /[^\w-]/g,
    '_',
  );
  return (
    <tr>
      <td>{where}</td>
      <td>
        {entry.effect ?? '?'} {entry.element}
      </td>
      <td>
        <code>{entry.pattern}</code>
      </td>
      <td>
        {summary}
        {entry.actions.length > 0 && (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              aria-expanded={open}
              aria-controls={listId}
              onClick={() => setOpen(!open)}
            >
              {open ? 'Hide the list' : 'Show the list'}
            </button>
            {open && (
              <ul id={listId} aria-label={`Actions ${entry.pattern} ${verb}`}>
                {entry.actions.map((a) => (
                  <li key={a.name}>
                    <code>{a.name}</code> <span className="hint">({a.level})</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * For a policy's text: what each Action and NotAction pattern expands to in the AWS catalog,
 * with counts and, on demand, the list of actions. Computed in the lint worker.
 */
export function ActionExpansion({ policyText, headingLevel = 3, title }: ActionExpansionProps) {
  const [state, setState] = useState<State>({ text: null, result: null });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      expandInWorker(policyText)
        .then((result) => live && setState({ text: policyText, result }))
        .catch((error: unknown) => {
          if (live)
            setState({
              text: policyText,
              result: null,
              failure: error instanceof Error ? error.message : String(error),
            });
        });
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [policyText]);
  const Heading = `h${headingLevel}` as const;
  const result = state.result;
  return (
    <section className="action-expansion" aria-busy={state.text !== policyText}>
      <Heading>{title ?? 'What the actions expand to'}</Heading>
      <div role="status" aria-live="polite">
        {state.failure && <p>The action catalog could not be read: {state.failure}</p>}
        {!state.failure && !result && <p className="hint">Reading the action catalog…</p>}
        {result?.error && <p className="hint">{result.error}</p>}
        {result && !result.error && result.entries.length === 0 && (
          <p className="hint">The policy has no Action or NotAction entries.</p>
        )}
      </div>
      {result && result.entries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Element</th>
              <th scope="col">Pattern</th>
              <th scope="col">Expands to</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((e, i) => (
              <Row key={`${e.statement}-${e.element}-${e.pattern}-${i}`} entry={e} />
            ))}
          </tbody>
        </table>
      )}
      {result?.catalogDate && (
        <p className="hint">AWS service authorization data of {result.catalogDate.slice(0, 10)}.</p>
      )}
    </section>
  );
}
