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

/** Sets data-theme on <html>; 'system' removes it so the prefers-color-scheme media query decides. */
export function applyTheme(choice: ThemeChoice): void {
  const html = document.documentElement;
  if (choice === 'system') html.removeAttribute('data-theme');
  else html.setAttribute('data-theme', choice);
}
