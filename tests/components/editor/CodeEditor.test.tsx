// @vitest-environment happy-dom
// CodeEditor starts as the plain editor and swaps to Monaco on first use; Monaco itself is
// replaced by a stand-in that shows the props it was given.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CodeEditorProps } from '../../../src/components/editor/CodeEditor';

vi.mock('../../../src/components/editor/lintClient', () => ({
  lintInWorker: async () => ({ findings: [] }),
  expandInWorker: async () => ({ entries: [] }),
}));

let monacoImports = 0;
vi.mock('../../../src/components/editor/MonacoEditor', () => {
  monacoImports += 1;
  return {
    MonacoEditor: (props: CodeEditorProps & { focusOffset?: number }) => (
      <div data-testid="monaco" data-label={props.ariaLabel}>
        {props.focusOffset === undefined ? 'no focus' : `focus at ${props.focusOffset}`}
      </div>
    ),
  };
});

const { CodeEditor } = await import('../../../src/components/editor/CodeEditor');

afterEach(cleanup);

describe('CodeEditor', () => {
  it('renders a plain editor and does not load Monaco before any use', async () => {
    render(<CodeEditor value='{"a": 1}' ariaLabel="First policy" />);
    expect(screen.getByRole('textbox', { name: 'First policy' })).toHaveProperty(
      'value',
      '{"a": 1}',
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(monacoImports).toBe(0);
    expect(screen.queryByTestId('monaco')).toBeNull();
  });

  it('on first focus every editor becomes Monaco; the focused one keeps its caret', async () => {
    render(
      <>
        <CodeEditor value='{"a": 1}' ariaLabel="First policy" />
        <CodeEditor value='{"b": 2}' ariaLabel="Second policy" />
      </>,
    );
    const second = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Second policy' });
    second.focus();
    second.setSelectionRange(4, 4);
    fireEvent.focus(second);
    await waitFor(() => expect(screen.getAllByTestId('monaco')).toHaveLength(2));
    expect(monacoImports).toBe(1);
    const [first, secondMonaco] = screen.getAllByTestId('monaco');
    expect(first?.dataset.label).toBe('First policy');
    expect(first?.textContent).toBe('no focus');
    expect(secondMonaco?.textContent).toBe('focus at 4');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('editors mounted after Monaco arrived use it at once', () => {
    render(<CodeEditor value="{}" ariaLabel="Later policy" />);
    expect(screen.getByTestId('monaco').dataset.label).toBe('Later policy');
  });
});
