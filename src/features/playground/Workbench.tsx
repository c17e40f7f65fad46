import { useEffect, useRef, useState } from 'react';
import { notSavedNote, saveInBackground } from '../../db/writeFailures';
import { PolicyList } from './PolicyList';
import { RequestForm } from './RequestForm';
import { ResultPanel } from './ResultPanel';
import { ScenarioFileButtons } from './ScenarioFileButtons';
import { useEvaluation } from './useEvaluation';
import type { Workbench as WorkbenchState } from './workbench';

/**
 * Edit a request and its policies; the decision and trace follow every keystroke. With `save`,
 * every edit is saved (after a pause of 400 ms, and when the page is left).
 */
export function Workbench({
  initial,
  save,
}: {
  initial: WorkbenchState;
  /** stores the workbench; must be stable between renders; null: changes are not saved */
  save: ((workbench: WorkbenchState) => Promise<unknown>) | null;
}) {
  const [workbench, setWorkbench] = useState(initial);
  const evaluation = useEvaluation(workbench);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const first = useRef(true);
  const pending = useRef<WorkbenchState | null>(null);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!save) return;
    pending.current = workbench;
    const timer = window.setTimeout(() => {
      pending.current = null;
      save(workbench).then(
        () => setSaveProblem(null),
        (e: unknown) =>
          setSaveProblem(
            `${notSavedNote(e)} Your edits stay on this page; export the scenario to keep them.`,
          ),
      );
    }, 400);
    return () => window.clearTimeout(timer);
  }, [workbench, save]);
  // leaving the page with an edit still waiting for its save: save it now
  useEffect(
    () => () => {
      const unsaved = pending.current;
      if (unsaved && save) saveInBackground(save(unsaved));
    },
    [save],
  );

  return (
    <div className="workbench">
      <div className="workbench-head">
        <label className="field field-wide">
          <span>Experiment name</span>
          <input
            type="text"
            value={workbench.name}
            onChange={(e) => setWorkbench({ ...workbench, name: e.target.value })}
          />
        </label>
        <ScenarioFileButtons workbench={workbench} onOpen={setWorkbench} />
        {saveProblem && <p className="notice notice-warn">⚠ {saveProblem}</p>}
      </div>
      <div className="workbench-grid">
        <div className="workbench-inputs">
          <RequestForm workbench={workbench} onChange={setWorkbench} />
          <PolicyList workbench={workbench} onChange={setWorkbench} />
        </div>
        <ResultPanel evaluation={evaluation} />
      </div>
    </div>
  );
}
