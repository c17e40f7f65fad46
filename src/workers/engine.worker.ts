// The policy engine in a Web Worker, so evaluation never blocks typing or scrolling.
// Messages: { id, scenario, explain } → { id, result } | { id, failure }.
import { createSimulator } from '../engine/index';

const simulator = createSimulator();

self.onmessage = (event: MessageEvent<{ id: number; scenario: unknown; explain: boolean }>) => {
  const { id, scenario, explain } = event.data;
  try {
    const result = simulator.simulate(scenario, { explain });
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
