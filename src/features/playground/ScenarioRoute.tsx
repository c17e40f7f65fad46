import { useMemo } from 'react';
import { z } from '../../lib/zod';
import { readScenarioFile, type Scenario } from '../../engine/index';
import { decodeScenario, maxScenarioChars } from '../../lib/sandbox/share';
import { Workbench } from './Workbench';
import { scenarioToWorkbench } from './workbench';

const text = z.string().max(4096);
const scenarioShape = z.looseObject({
  name: z.string().max(500).optional(),
  request: z.strictObject({
    principal: text,
    action: text,
    resource: text,
    resourceAccount: text.optional(),
    sessionIssuer: text.optional(),
    context: z.record(text, z.union([text, z.array(text).max(100)])).optional(),
  }),
  identityPolicies: z.array(z.unknown()).max(50).optional(),
  endpointPolicies: z.array(z.unknown()).max(10).optional(),
  scps: z.array(z.array(z.unknown()).max(20)).max(10).optional(),
  rcps: z.array(z.array(z.unknown()).max(20)).max(10).optional(),
});

/** Reads `d` (base64url scenario JSON) into a scenario, or says what is wrong with it. */
export function readScenarioLink(d: string | null): { scenario: Scenario } | { problem: string } {
  const decoded = decodeScenario(d ?? '');
  if (!decoded.ok) return { problem: decoded.problem };
  const shape = scenarioShape.safeParse(decoded.value);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return {
      problem: `it is not a scenario (${issue?.path.join('.') || 'the top level'}: ${issue?.message})`,
    };
  }
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
      <Workbench
        key={d}
        initial={scenarioToWorkbench(read.scenario)}
        sandboxId={null}
        profileId={null}
      />
    </>
  );
}
