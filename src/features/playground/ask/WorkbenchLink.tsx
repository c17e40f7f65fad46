import { useMemo, useState } from 'react';
import type { Scenario } from '../../../engine/index';
import { href, navigate } from '../../../lib/router';
import { encodeScenario } from '../../../lib/sandbox/share';

const path = '/playground/scenario';

/**
 * "Open this request in the workbench". The scenario travels in the link, and encoding a
 * large one costs milliseconds: the full address is built only once the learner points at or
 * focuses the link (so copying it works), not on every answer while they type.
 */
export function WorkbenchLink({ scenario }: { scenario: Scenario }) {
  const [armed, setArmed] = useState(false);
  const target = useMemo(
    () => (armed ? `${path}?d=${encodeScenario(scenario)}` : null),
    [armed, scenario],
  );
  return (
    <a
      className="button secondary"
      href={href(target ?? path)}
      onPointerEnter={() => setArmed(true)}
      onFocus={() => setArmed(true)}
      onClick={(e) => {
        if (target) return;
        e.preventDefault();
        navigate(`${path}?d=${encodeScenario(scenario)}`);
      }}
    >
      Open this request in the workbench
    </a>
  );
}
