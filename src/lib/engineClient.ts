// Talks to the engine worker: one worker per page, replies matched to requests by id. A batch
// (many jobs, one message) answers the access matrix and "who can do this?" at once.
import type { SimulationResult } from '../engine/index';
import type { EngineReply, EngineRequest } from '../workers/engineProtocol';
import type { EngineJob, QueryOutcome } from './engineJobs';

/** Where messages go: the engine worker in the app, a plain function in tests. */
export interface EngineChannel {
  post(message: EngineRequest): void;
}

/** Opens a channel; replies and crashes come back through the two callbacks. */
export type ConnectEngine = (
  onReply: (reply: EngineReply) => void,
  onCrash: (message: string) => void,
) => EngineChannel;

export interface BatchOptions {
  explain?: boolean;
  /** Aborting rejects the promise at once (an AbortError) and drops the reply when it comes. */
  signal?: AbortSignal;
}

export interface EngineClient {
  evaluate(scenario: unknown, explain: boolean): Promise<SimulationResult>;
  evaluateJobs(jobs: readonly EngineJob[], options?: BatchOptions): Promise<QueryOutcome[][]>;
}

interface Pending {
  resolve: (reply: EngineReply) => void;
  reject: (error: Error) => void;
}

const abortError = () =>
  Object.assign(new Error('the evaluation was cancelled'), { name: 'AbortError' });

/** A client that matches replies to requests by id; the channel opens on first use. */
export function createEngineClient(connect: ConnectEngine): EngineClient {
  let channel: EngineChannel | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const onReply = (reply: EngineReply) => {
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    entry.resolve(reply);
  };
  const onCrash = (message: string) => {
    for (const entry of pending.values()) entry.reject(new Error(message));
    pending.clear();
    channel = null;
  };

  const send = (make: (id: number) => EngineRequest, signal?: AbortSignal) => {
    const id = nextId++;
    return new Promise<EngineReply>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const onAbort = () => {
        if (pending.delete(id)) reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const detach = () => signal?.removeEventListener('abort', onAbort);
      pending.set(id, {
        resolve: (reply) => {
          detach();
          resolve(reply);
        },
        reject: (error) => {
          detach();
          reject(error);
        },
      });
      try {
        channel ??= connect(onReply, onCrash);
        channel.post(make(id));
      } catch (error) {
        // e.g. a job that cannot be cloned into the worker
        pending.get(id)?.reject(error instanceof Error ? error : new Error(String(error)));
        pending.delete(id);
      }
    });
  };

  return {
    async evaluate(scenario, explain) {
      const reply = await send((id) => ({ id, kind: 'one', scenario, explain }));
      if ('result' in reply) return reply.result;
      throw new Error('failure' in reply ? reply.failure : 'the engine gave no answer');
    },
    async evaluateJobs(jobs, options = {}) {
      const explain = options.explain ?? false;
      const reply = await send((id) => ({ id, kind: 'batch', jobs, explain }), options.signal);
      if ('results' in reply) return reply.results;
      throw new Error('failure' in reply ? reply.failure : 'the engine gave no answer');
    },
  };
}

/** The engine worker: one per page, started on the first evaluation. */
const client = createEngineClient((onReply, onCrash) => {
  const worker = new Worker(new URL('../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<EngineReply>) => onReply(event.data);
  worker.onerror = (event) => onCrash(event.message || 'the engine worker failed');
  return { post: (message) => worker.postMessage(message) };
});

/** Evaluates a scenario in the engine worker, with the step-by-step trace. */
export function evaluateScenario(scenario: unknown, explain = true): Promise<SimulationResult> {
  return client.evaluate(scenario, explain);
}

/**
 * Decides many jobs (one scenario, many queries each) in one worker message; results[j][q]
 * answers jobs[j].queries[q]. Traces only when options.explain is true.
 */
export function evaluateJobs(
  jobs: readonly EngineJob[],
  options?: BatchOptions,
): Promise<QueryOutcome[][]> {
  return client.evaluateJobs(jobs, options);
}
