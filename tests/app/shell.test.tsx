// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { applyTheme, readStoredTheme, storeTheme } from '../../src/app/theme';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('app shell', () => {
  it('shows a not-found page inside the shell for an unknown route', () => {
    window.location.hash = '#/nowhere';
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    expect(screen.getByText('/nowhere')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('marks the current area in the navigation', async () => {
    window.location.hash = '#/quiz';
    render(<App />);
    const link = screen.getByRole('link', { name: 'Quiz' });
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Lessons' }).getAttribute('aria-current')).toBeNull();
  });

  it('contains a render error in one area and offers a way back', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let explode = true;
    function Fragile() {
      if (explode) throw new Error('boom');
      return <p>recovered</p>;
    }
    render(
      <ErrorBoundary area="The quiz">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong here' })).toBeTruthy();
    expect(screen.getByText('boom')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the start page' })).toBeTruthy();
    explode = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeTruthy();
    spy.mockRestore();
    warn.mockRestore();
  });
});

describe('theme preference', () => {
  it('is remembered and applied to the document', () => {
    storeTheme('dark');
    expect(readStoredTheme()).toBe('dark');
    applyTheme('dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    applyTheme('system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('falls back to the system theme for an unknown stored value', () => {
    localStorage.setItem('lp-theme', 'purple');
    expect(readStoredTheme()).toBe('system');
  });
});
