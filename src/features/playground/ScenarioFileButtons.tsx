import { useRef, useState } from 'react';
import { downloadJson } from '../../lib/download';
import { scenarioToWorkbench, workbenchToScenario, type Workbench } from './workbench';

// The file reader and the shape checks load when a file is opened, not with the playground.
const loadChecks = () =>
  Promise.all([import('../../engine/index'), import('./scenarioChecks')]).then(
    ([engine, checks]) => ({
      readScenarioFile: engine.readScenarioFile,
      openScenarioProblem: checks.openScenarioProblem,
    }),
  );

const maxBytes = 2 * 1024 * 1024;

/** Save the experiment as a scenario file (the format `npm run simulate` reads), or open one. */
export function ScenarioFileButtons({
  workbench,
  onOpen,
}: {
  workbench: Workbench;
  onOpen: (w: Workbench) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const exportFile = () => {
    const { scenario, problems } = workbenchToScenario(workbench);
    if (!scenario) {
      setMessage(`Fix the JSON first: ${problems[0]?.where}: ${problems[0]?.message}`);
      return;
    }
    downloadJson(
      `${workbench.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'scenario'}.json`,
      scenario,
    );
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxBytes) {
      setMessage(
        `“${file.name}” is larger than 2 MB; a scenario file is much smaller. Nothing was changed.`,
      );
      return;
    }
    try {
      const { readScenarioFile, openScenarioProblem } = await loadChecks();
      const scenarios = readScenarioFile(JSON.parse(await file.text()));
      const first = scenarios[0];
      if (!first) throw new Error('it holds no scenario');
      const problem = openScenarioProblem(first);
      if (problem) throw new Error(problem);
      onOpen(scenarioToWorkbench(first));
      setMessage(
        scenarios.length > 1
          ? `Opened the first of ${scenarios.length} scenarios.`
          : `Opened “${file.name}”.`,
      );
    } catch (error) {
      setMessage(
        `“${file.name}” is not a scenario file (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
      );
    }
  };
  return (
    <div className="file-buttons">
      <button type="button" className="secondary" onClick={exportFile}>
        Save as scenario file
      </button>
      <button type="button" className="secondary" onClick={() => input.current?.click()}>
        Open scenario file
      </button>
      <input
        ref={input}
        hidden
        type="file"
        aria-label="Scenario file to open"
        accept=".json,application/json"
        onChange={(e) => void open(e.target.files?.[0])}
      />
      <p role="status" className="hint">
        {message}
      </p>
    </div>
  );
}
