// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import {
  applyTheme,
  readStoredTheme,
  storeTheme,
  subscribeThemeInUse,
  themeInUse,
} from '../../src/app/theme';

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
  });

  it('follows the system theme while the choice is "system", and stops when it is not', () => {
    const listeners = new Set<() => void>();
    const system = {
      matches: true,
      addEventListener: (_: string, f: () => void) => listeners.add(f),
      removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    };
    const matchMedia = vi.spyOn(window, 'matchMedia').mockReturnValue(system as never);
    const theme = () => document.documentElement.getAttribute('data-theme');
    // what the code editor follows: the theme in use, and each change of it
    const seen: string[] = [];
    const stop = subscribeThemeInUse(() => seen.push(themeInUse()));
    try {
      applyTheme('system');
      expect(matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
      expect(theme()).toBe('dark');
      system.matches = false;
      listeners.forEach((f) => f());
      expect(theme()).toBe('light');
      applyTheme('dark');
      expect(listeners.size).toBe(0);
      expect(theme()).toBe('dark');
      expect(seen).toEqual(['dark', 'light', 'dark']);
    } finally {
      stop();
      matchMedia.mockRestore();
    }
  });

  it('falls back to the system theme for an unknown stored value', () => {
    localStorage.setItem('lp-theme', 'purple');
    expect(readStoredTheme()).toBe('system');
  });
});
