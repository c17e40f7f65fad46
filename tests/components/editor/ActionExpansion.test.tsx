// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeCatalog } from '../../../src/catalog/nodeCatalog';
import { expandPolicy } from '../../../src/components/editor/actionExpansion';

vi.mock('../../../src/components/editor/lintClient', () => ({
  expandInWorker: (text: string) => expandPolicy(text, nodeCatalog()),
  lintInWorker: async () => ({ findings: [] }),
}));

const { ActionExpansion } = await import('../../../src/components/editor/ActionExpansion');
const { FindingsList, summarize } = await import('../../../src/components/editor/FindingsList');

afterEach(cleanup);

describe('ActionExpansion', () => {
  it('lists each pattern with its count, and the actions on demand', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Reads', Effect: 'Allow', Action: ['s3:GetObject*', '*'], Resource: '*' }],
    });
    render(<ActionExpansion policyText={policy} />);
    expect(
      screen.getByRole('heading', { level: 3, name: 'What the actions expand to' }),
    ).toBeTruthy();
    const row = await waitFor(() => screen.getByRole('row', { name: /s3:GetObject\*/ }), {
      timeout: 5000,
    });
    expect(within(row).getByText(/matches \d+ actions/)).toBeTruthy();
    expect(screen.getByRole('row', { name: /every action of every service/ })).toBeTruthy();
    const toggle = within(row).getByRole('button', { name: 'Show the list' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const list = within(row).getByRole('list');
    expect(within(list).getByText('s3:GetObjectAcl')).toBeTruthy();
    expect(
      within(row).getByRole('button', { name: 'Hide the list' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('says when the text is not a policy yet', async () => {
    render(<ActionExpansion policyText="{ oops" headingLevel={2} title="Expansion" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Expansion' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/not valid JSON yet/)).toBeTruthy(), {
      timeout: 5000,
    });
  });
});

describe('FindingsList', () => {
  it('summarizes by severity in words, not only colour', () => {
    const f = (severity: 'ERROR' | 'SUGGESTION') =>
      ({
        severity,
        code: 'X',
        message: 'm',
        path: '',
        title: 't',
        why: 'w',
        docUrl: 'https://docs.aws.amazon.com/',
        range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
      }) as const;
    expect(summarize([f('ERROR'), f('SUGGESTION'), f('SUGGESTION')])).toBe(
      '1 error, 2 suggestions',
    );
    expect(summarize([])).toBe('No problems found');
    render(<FindingsList findings={[f('ERROR')]} />);
    expect(screen.getByRole('status').textContent).toBe('Policy check: 1 error');
    expect(screen.getByText('Error')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Fix/ })).toBeNull();
  });
});
