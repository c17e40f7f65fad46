// @vitest-environment happy-dom
// The access matrix and "who can do this?" send one batch each to the engine worker (here the
// engine in-process, answering when the test says so), and never show answers for a sandbox
// that has changed since.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulator } from '../../../src/engine/index';
import { AccessMatrix } from '../../../src/features/playground/ask/AccessMatrix';
import { WhoCan } from '../../../src/features/playground/ask/WhoCan';
import type { BatchOptions } from '../../../src/lib/engineClient';
import { runJobs, type EngineJob } from '../../../src/lib/engineJobs';
import type { Organization } from '../../../src/lib/sandbox/schema';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';

const worker = vi.hoisted(() => ({
  batches: [] as { jobs: readonly EngineJob[]; answer: () => void }[],
  singles: 0,
}));

vi.mock('../../../src/lib/engineClient', () => {
  const simulator = createSimulator();
  return {
    evaluateScenario: (scenario: unknown, explain = true) => {
      worker.singles++;
      return Promise.resolve(simulator.simulate(scenario, { explain }));
    },
    evaluateJobs: (jobs: readonly EngineJob[], options: BatchOptions = {}) =>
      new Promise((resolve, reject) => {
        options.signal?.addEventListener('abort', () =>
          reject(Object.assign(new Error('cancelled'), { name: 'AbortError' })),
        );
        worker.batches.push({
          jobs,
          answer: () => resolve(runJobs(simulator, jobs, options.explain ?? false)),
        });
      }),
  };
});

vi.mock('../../../src/catalog/browserCatalog', async () => {
  const { nodeCatalog } = await import('../../../src/catalog/nodeCatalog');
  return { browserCatalog: nodeCatalog };
});

/** Lets the pending promises (catalog, batch) run. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

async function answerBatches() {
  await settle();
  for (const b of worker.batches.splice(0)) b.answer();
  await settle();
}

/** The same sandbox, changed (a new object, as an edit makes). */
const edited = (org: Organization): Organization => ({ ...org, name: `${org.name} (edited)` });

beforeEach(() => {
  worker.batches.length = 0;
  worker.singles = 0;
});
afterEach(cleanup);

describe('the access matrix', () => {
  it('evaluates the whole matrix in one batch, and a cell on its own when asked why', async () => {
    render(<AccessMatrix org={exampleOrganization()} />);
    fireEvent.change(screen.getAllByRole('combobox')[0] as HTMLElement, {
      target: { value: 'user:222222222222:alice' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show the access matrix' }));
    await settle();
    expect(worker.batches).toHaveLength(1);
    expect(worker.batches[0]?.jobs.length).toBeGreaterThan(1);
    await answerBatches();
    expect(screen.getByRole('status').textContent).toMatch(
      /^\d+ requests evaluated in \d+ ms; \d+ allowed\.$/,
    );
    expect(worker.singles).toBe(0);
    fireEvent.click(
      screen.getByRole('button', { name: /^s3:GetObject on objects in dev-app-data: allowed/ }),
    );
    await settle();
    expect(worker.singles).toBe(1);
    expect(screen.getByText(/^Allowed: statement “ReadWriteAppData”/)).toBeTruthy();
  });

  it('shows no answer of a sandbox that changed during the run', async () => {
    const org = exampleOrganization();
    const { rerender } = render(<AccessMatrix org={org} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the access matrix' }));
    await settle();
    expect(worker.batches).toHaveLength(1);
    rerender(<AccessMatrix org={edited(org)} />);
    await answerBatches();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show the access matrix' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('hides a finished matrix once the sandbox changes', async () => {
    const org = exampleOrganization();
    const { rerender } = render(<AccessMatrix org={org} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the access matrix' }));
    await answerBatches();
    expect(screen.getByRole('table')).toBeTruthy();
    rerender(<AccessMatrix org={edited(org)} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'The sandbox changed: show the matrix again to see it.',
    );
  });
});

describe('who can do this?', () => {
  const props = {
    initialAction: 's3:GetObject',
    initialResource: 'arn:aws:s3:::dev-app-data/a.txt',
  };

  it('evaluates every principal in one batch, with the explanations', async () => {
    render(<WhoCan org={exampleOrganization()} {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Who can do this?' }));
    await settle();
    expect(worker.batches).toHaveLength(1);
    await answerBatches();
    expect(screen.getByText(/principals evaluated in \d+ ms/)).toBeTruthy();
    expect(screen.getByText('IAM user alice (Development)')).toBeTruthy();
    expect(screen.getAllByText(/^Allowed: /).length).toBeGreaterThan(0);
  });

  it('shows no answer of a sandbox that changed during the run', async () => {
    const org = exampleOrganization();
    const { rerender } = render(<WhoCan org={org} {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Who can do this?' }));
    await settle();
    rerender(<WhoCan org={edited(org)} {...props} />);
    await answerBatches();
    expect(screen.queryByText(/principals evaluated/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
