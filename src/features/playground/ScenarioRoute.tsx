import { useMemo } from 'react';
import { readScenarioFile, type Scenario } from '../../engine/index';
import { decodeScenario, maxScenarioChars } from '../../lib/sandbox/share';
import { Workbench } from './Workbench';
import { openScenarioProblem } from './scenarioChecks';
import { scenarioToWorkbench } from './workbench';

/** Reads `d` (base64url scenario JSON) into a scenario, or says what is wrong with it. */
export function readScenarioLink(d: string | null): { scenario: Scenario } | { problem: string } {
  const decoded = decodeScenario(d ?? '');
  if (!decoded.ok) return { problem: decoded.problem };
  const shape = openScenarioProblem(decoded.value);
  if (shape) return { problem: `it is not a scenario (${shape})` };
  try {
    const [first] = readScenarioFile(decoded.value);
    return first ? { scenario: first } : { problem: 'it holds no scenario' };
  } catch (error) {
    return {
      problem: `it is not a scenario (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** #/playground/scenario?d=<base64url of a scenario JSON>: opens a scenario, unsaved. */
export function ScenarioRoute({ d }: { d: string | null }) {
  const read = useMemo(() => readScenarioLink(d), [d]);
  if ('problem' in read)
    return (
      <div className="notice notice-warn" role="alert">
        <p>
          This link cannot be opened: {read.problem}. Nothing was changed; a scenario link holds at
          most {maxScenarioChars.toLocaleString('en')} characters of base64url-encoded scenario
          JSON.
        </p>
        <p>
          <a href="#/playground">Open your own experiment</a>
        </p>
      </div>
    );
  return (
    <>
      <p className="notice">
        Opened from a link. Your changes here are not saved;{' '}
        <a href="#/playground">your own experiment</a> is kept separately.
      </p>
      <Workbench key={d} initial={scenarioToWorkbench(read.scenario)} save={null} />
    </>
  );
}
