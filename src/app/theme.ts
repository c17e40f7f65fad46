/** Theme preference, remembered in localStorage (a UI preference, not study data). */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const storageKey = 'lp-theme';

export function readStoredTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(storageKey);
    return themeChoices.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

export function storeTheme(choice: ThemeChoice): void {
  try {
    localStorage.setItem(storageKey, choice);
  } catch {
    // Storage can be unavailable (private mode, quota): the choice still applies this session.
  }
}

let stopFollowing: (() => void) | null = null;
const themeListeners = new Set<() => void>();

/** The theme the page shows: what applyTheme last set on <html> (light until then). */
export function themeInUse(): 'light' | 'dark' {
  return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

/** Calls `listener` whenever the theme in use changes; returns the unsubscribe function. */
export function subscribeThemeInUse(listener: () => void): () => void {
  themeListeners.add(listener);
  return () => themeListeners.delete(listener);
}

/**
 * Sets data-theme on <html> to the theme in use ('light' or 'dark'), the one attribute the
 * stylesheet's colours follow. For 'system' that is the system's theme, followed as it changes.
 */
export function applyTheme(choice: ThemeChoice): void {
  stopFollowing?.();
  stopFollowing = null;
  const set = (theme: 'light' | 'dark') => {
    document.documentElement.setAttribute('data-theme', theme);
    for (const listener of themeListeners) listener();
  };
  if (choice !== 'system') return set(choice);
  const system = window.matchMedia?.('(prefers-color-scheme: dark)');
  if (!system) return set('light');
  const follow = () => set(system.matches ? 'dark' : 'light');
  follow();
  system.addEventListener('change', follow);
  stopFollowing = () => system.removeEventListener('change', follow);
}
