// The engine worker's messages, without a Worker: the worker's answer is a plain function
// (answerEngineMessage), and the client talks to a channel that tests drive by hand.
import { describe, expect, it } from 'vitest';
import { createSimulator, type Scenario } from '../../src/engine/index';
import { createEngineClient, type ConnectEngine } from '../../src/lib/engineClient';
import type { EngineJob } from '../../src/lib/engineJobs';
import {
  answerEngineMessage,
  type EngineReply,
  type EngineRequest,
} from '../../src/workers/engineProtocol';

const A = '111122223333';
const scenario: Scenario = {
  request: {
    principal: `arn:aws:iam::${A}:user/alice`,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/key',
  },
  identityPolicies: [
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*' }],
    },
  ],
};
const jobs: EngineJob[] = [
  {
    scenario,
    queries: [
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/key' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::b/key' },
      { action: 'not an action', resource: 'arn:aws:s3:::b/key' },
    ],
  },
  { scenario: { ...scenario, identityPolicies: [{ Statement: 'nonsense' }] } as Scenario },
  { scenario },
];

/**
 * A channel to a worker that holds its messages until the test delivers them (structured
 * clones, as postMessage makes), so tests choose the order and the timing.
 */
function manualWorker() {
  const simulator = createSimulator();
  const inbox: EngineRequest[] = [];
  let reply: (r: EngineReply) => void = () => {};
  let crash: (m: string) => void = () => {};
  let connections = 0;
  const connect: ConnectEngine = (onReply, onCrash) => {
    connections++;
    reply = onReply;
    crash = onCrash;
    return { post: (message) => inbox.push(structuredClone(message)) };
  };
  return {
    client: createEngineClient(connect),
    inbox,
    connections: () => connections,
    /** Answers the waiting messages, last first when `reversed`. */
    deliver(reversed = false) {
      const waiting = inbox.splice(0);
      if (reversed) waiting.reverse();
      for (const m of waiting) reply(structuredClone(answerEngineMessage(simulator, m)));
    },
    crash: (message: string) => crash(message),
  };
}

describe('the engine worker answers', () => {
  it('a batch with one result per query, errors per query, and one result per job without queries', () => {
    const simulator = createSimulator();
    const reply = answerEngineMessage(simulator, { id: 7, kind: 'batch', jobs, explain: false });
    if (!('results' in reply)) throw new Error('no results');
    expect(reply.id).toBe(7);
    expect(reply.results.map((r) => r.length)).toEqual([3, 1, 1]);
    const [get, put, bad] = reply.results[0] ?? [];
    expect(get).toEqual(simulator.simulate(scenario));
    expect(put).toMatchObject({ decision: 'implicitDeny', blockedBy: ['identity'] });
    expect(bad).toMatchObject({ error: { code: 'invalid-request', path: 'queries[2].action' } });
    expect(reply.results[1]?.[0]).toHaveProperty('error');
    expect(reply.results[2]?.[0]).toEqual(simulator.simulate(scenario));
  });

  it('a batch with traces when asked to explain', () => {
    const reply = answerEngineMessage(createSimulator(), {
      id: 1,
      kind: 'batch',
      jobs: [{ scenario }],
      explain: true,
    });
    expect('results' in reply && reply.results[0]?.[0]).toHaveProperty('trace');
  });

  it('one scenario as before, and a failure for a batch that is not a list', () => {
    const simulator = createSimulator();
    expect(
      answerEngineMessage(simulator, { id: 2, kind: 'one', scenario, explain: false }),
    ).toEqual({ id: 2, result: simulator.simulate(scenario) });
    const broken = { id: 3, kind: 'batch', jobs: null, explain: false } as unknown as EngineRequest;
    expect(answerEngineMessage(simulator, broken)).toEqual({
      id: 3,
      failure: 'a batch needs a list of jobs',
    });
  });

  it('a failure for the job whose evaluation throws, and results for the others', () => {
    const simulator = createSimulator();
    const throwing = {
      ...simulator,
      simulateActions: () => {
        throw new Error('out of memory');
      },
    };
    const reply = answerEngineMessage(throwing, { id: 4, kind: 'batch', jobs, explain: false });
    expect('results' in reply && reply.results).toEqual([
      [{ failure: 'out of memory' }, { failure: 'out of memory' }, { failure: 'out of memory' }],
      [simulator.simulate(jobs[1]?.scenario)],
      [simulator.simulate(scenario)],
    ]);
  });
});

describe('the engine client', () => {
  it('matches replies to requests by id, in whatever order they come', async () => {
    const w = manualWorker();
    const batch = w.client.evaluateJobs(jobs);
    const one = w.client.evaluate(scenario, true);
    expect(w.inbox.map((m) => m.kind)).toEqual(['batch', 'one']);
    w.deliver(true);
    const [results, result] = await Promise.all([batch, one]);
    expect(results.map((r) => r.length)).toEqual([3, 1, 1]);
    expect(result).toHaveProperty('trace');
    expect(w.connections()).toBe(1);
  });

  it('drops the reply to a cancelled batch and rejects it at once', async () => {
    const w = manualWorker();
    const controller = new AbortController();
    const cancelled = w.client.evaluateJobs(jobs, { signal: controller.signal });
    const kept = w.client.evaluateJobs([{ scenario }]);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    w.deliver();
    expect((await kept)[0]?.[0]).toMatchObject({ decision: 'allowed' });
  });

  it('does not send a batch whose signal was already aborted', async () => {
    const w = manualWorker();
    const controller = new AbortController();
    controller.abort();
    await expect(w.client.evaluateJobs(jobs, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(w.inbox).toHaveLength(0);
  });

  it('rejects every waiting request when the worker crashes, then starts a new one', async () => {
    const w = manualWorker();
    const a = w.client.evaluateJobs(jobs);
    const b = w.client.evaluate(scenario, false);
    w.crash('the engine worker failed');
    await expect(a).rejects.toThrow('the engine worker failed');
    await expect(b).rejects.toThrow('the engine worker failed');
    w.inbox.splice(0);
    const c = w.client.evaluate(scenario, false);
    w.deliver();
    expect(await c).toMatchObject({ decision: 'allowed' });
    expect(w.connections()).toBe(2);
  });

  it('rejects a request the channel cannot send, and one the worker could not answer', async () => {
    const failing = createEngineClient(() => ({
      post: () => {
        throw new Error('could not be cloned');
      },
    }));
    await expect(failing.evaluateJobs(jobs)).rejects.toThrow('could not be cloned');
    const refusing = createEngineClient((onReply) => ({
      post: (m) => onReply({ id: m.id, failure: 'a batch needs a list of jobs' }),
    }));
    await expect(refusing.evaluateJobs(jobs)).rejects.toThrow('a batch needs a list of jobs');
  });
});
