import type { Finding, PolicyKind } from '../../engine/index';
import type { ExpansionResult } from './actionExpansion';

/** The lint worker's answer for one policy text. */
export interface LintResult {
  findings: Finding[];
  /** Set when only part of the checks could run. */
  note?: string;
}

interface Reply {
  id: number;
  findings?: Finding[];
  note?: string;
  expansion?: ExpansionResult;
  failure?: string;
}

/** Talks to the lint worker: one per page, requests matched to replies by id. */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    if (event.data.failure !== undefined) entry.reject(new Error(event.data.failure));
    else entry.resolve(event.data);
  };
  worker.onerror = (event) => {
    for (const entry of pending.values())
      entry.reject(new Error(event.message || 'the lint worker failed'));
    pending.clear();
    worker = null;
  };
  return worker;
}

function ask(message: Record<string, unknown>): Promise<Reply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, ...message });
  });
}

/** Lints a policy's text off the main thread. */
export async function lintInWorker(text: string, kind: PolicyKind): Promise<LintResult> {
  const reply = await ask({ type: 'lint', text, kind });
  const result: LintResult = { findings: reply.findings ?? [] };
  if (reply.note) result.note = reply.note;
  return result;
}

/** Expands a policy's Action / NotAction patterns off the main thread. */
export async function expandInWorker(text: string): Promise<ExpansionResult> {
  const reply = await ask({ type: 'expand', text });
  return reply.expansion ?? { entries: [], error: 'No answer from the catalog worker.' };
}
