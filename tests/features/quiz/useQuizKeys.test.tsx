// @vitest-environment happy-dom
// Quiz shortcuts: number keys, Enter, F and arrows, never taken from text fields or selects.
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useQuizKeys, type QuizKeyHandlers } from '../../../src/features/quiz/useQuizKeys';

function Harness({ handlers }: { handlers: QuizKeyHandlers }) {
  useQuizKeys(handlers);
  return (
    <div>
      <h2 tabIndex={-1}>Question</h2>
      <input aria-label="note" type="text" />
      <select aria-label="match">
        <option>a</option>
      </select>
      <input aria-label="option" type="radio" />
      <button type="button">Next</button>
    </div>
  );
}

afterEach(cleanup);

function setup() {
  const handlers = { pick: vi.fn(), enter: vi.fn(), flag: vi.fn(), prev: vi.fn(), next: vi.fn() };
  const view = render(<Harness handlers={handlers} />);
  return { handlers, view };
}

describe('useQuizKeys', () => {
  it('maps number keys, Enter, F and arrows from the page', () => {
    const { handlers, view } = setup();
    const heading = view.getByText('Question');
    fireEvent.keyDown(heading, { key: '3' });
    fireEvent.keyDown(heading, { key: 'Enter' });
    fireEvent.keyDown(heading, { key: 'f' });
    fireEvent.keyDown(heading, { key: 'F' });
    fireEvent.keyDown(heading, { key: 'ArrowLeft' });
    fireEvent.keyDown(heading, { key: 'ArrowRight' });
    expect(handlers.pick).toHaveBeenCalledWith(3);
    expect(handlers.enter).toHaveBeenCalledTimes(1);
    expect(handlers.flag).toHaveBeenCalledTimes(2);
    expect(handlers.prev).toHaveBeenCalledTimes(1);
    expect(handlers.next).toHaveBeenCalledTimes(1);
  });

  it('leaves text fields and selects alone', () => {
    const { handlers, view } = setup();
    for (const label of ['note', 'match']) {
      const el = view.getByLabelText(label);
      for (const key of ['2', 'Enter', 'f', 'ArrowRight']) fireEvent.keyDown(el, { key });
    }
    expect(handlers.pick).not.toHaveBeenCalled();
    expect(handlers.enter).not.toHaveBeenCalled();
    expect(handlers.flag).not.toHaveBeenCalled();
    expect(handlers.next).not.toHaveBeenCalled();
  });

  it('keeps Enter on buttons and arrows on radio buttons native, and ignores modified keys', () => {
    const { handlers, view } = setup();
    fireEvent.keyDown(view.getByText('Next'), { key: 'Enter' });
    fireEvent.keyDown(view.getByLabelText('option'), { key: 'ArrowRight' });
    fireEvent.keyDown(view.getByLabelText('option'), { key: '1' });
    fireEvent.keyDown(view.getByText('Question'), { key: 'f', ctrlKey: true });
    expect(handlers.enter).not.toHaveBeenCalled();
    expect(handlers.next).not.toHaveBeenCalled();
    expect(handlers.pick).toHaveBeenCalledWith(1);
    expect(handlers.flag).not.toHaveBeenCalled();
  });
});
