// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeCatalog } from '../../../src/catalog/nodeCatalog';
import { lintPolicyText } from '../../../src/engine/index';
import type { PolicyKind } from '../../../src/engine/index';

// The worker is not available in happy-dom: answer with the same lint, in process.
vi.mock('../../../src/components/editor/lintClient', () => ({
  lintInWorker: async (text: string, kind: PolicyKind) => ({
    findings: await lintPolicyText(text, { kind, catalog: nodeCatalog() }),
  }),
  expandInWorker: async () => ({ entries: [] }),
}));

const { PlainEditor, applyEdits } = await import('../../../src/components/editor/CodeEditor');

afterEach(cleanup);

function Controlled({ initial, kind }: { initial: string; kind?: PolicyKind }) {
  const [text, setText] = useState(initial);
  return (
    <PlainEditor
      value={text}
      onChange={setText}
      ariaLabel="Policy"
      {...(kind ? { policyKind: kind } : {})}
    />
  );
}

const typo = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }],
  },
  null,
  2,
);

describe('the textarea fallback', () => {
  it('shows where text stops being JSON, and keeps the text', () => {
    render(<Controlled initial={'{"a": 1'} />);
    expect(screen.getByRole('status').textContent).toMatch(/Not valid JSON/);
    expect((screen.getByLabelText('Policy') as HTMLTextAreaElement).value).toBe('{"a": 1');
  });

  it('checks a policy: findings with why, documentation, and a fix that edits the text', async () => {
    const onFindings = vi.fn();
    render(<Controlled initial={typo} kind="identity" />);
    await waitFor(() => expect(screen.getByText(/s3:GetObjekt does not exist/)).toBeTruthy(), {
      timeout: 5000,
    });
    expect(screen.getByText(/Policy check: 1 error/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Invalid action: AWS documentation/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fix: Change to s3:GetObject' }));
    });
    const area = screen.getByLabelText('Policy') as HTMLTextAreaElement;
    expect(area.value).toContain('"s3:GetObject"');
    await waitFor(() => expect(screen.getByText('Policy check: No problems found')).toBeTruthy(), {
      timeout: 5000,
    });
    expect(onFindings).not.toHaveBeenCalled();
  });

  it('renders policy text as text, never as HTML', async () => {
    const evil = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '<img src=x onerror=alert(1)>:x', Resource: '*' }],
    });
    const { container } = render(<Controlled initial={evil} kind="identity" />);
    await waitFor(() => expect(screen.getByText(/There is no service/)).toBeTruthy(), {
      timeout: 5000,
    });
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('applyEdits', () => {
  it('applies every edit of a fix, last first', () => {
    const finding = {
      fix: {
        title: 't',
        edits: [
          {
            range: {
              start: { line: 1, column: 1, offset: 0 },
              end: { line: 1, column: 2, offset: 1 },
            },
            text: 'X',
          },
          {
            range: {
              start: { line: 1, column: 4, offset: 3 },
              end: { line: 1, column: 5, offset: 4 },
            },
            text: 'YY',
          },
        ],
      },
    } as Parameters<typeof applyEdits>[1];
    expect(applyEdits('abcde', finding)).toBe('XbcYYe');
  });
});
