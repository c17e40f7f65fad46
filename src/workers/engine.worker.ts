// The policy engine in a Web Worker, so evaluation never blocks typing or scrolling.
// The messages are described in engineProtocol.ts.
import { createSimulator } from '../engine/index';
import { answerEngineMessage, type EngineRequest } from './engineProtocol';

const simulator = createSimulator();

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  self.postMessage(answerEngineMessage(simulator, event.data));
};
