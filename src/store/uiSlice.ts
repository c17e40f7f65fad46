import type { StateCreator } from 'zustand';
import { applyTheme, readStoredTheme, storeTheme, type ThemeChoice } from '../app/theme';
import type { AppState } from './index';

export interface UiSlice {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: readStoredTheme(),
  setTheme: (theme) => {
    storeTheme(theme);
    applyTheme(theme);
    set({ theme });
  },
});
