import { create } from 'zustand';
import { createOfflineSlice, type OfflineSlice } from './offlineSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** UI and session state only; persisted study data lives in Dexie (src/db). */
export type AppState = UiSlice & OfflineSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createOfflineSlice(...a),
}));
