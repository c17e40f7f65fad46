import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** Service-worker status: whether offline use works and whether an update waits. */
export type OfflineStatus = 'checking' | 'ready' | 'unavailable';

export interface OfflineSlice {
  offlineStatus: OfflineStatus;
  offlineProblem: string | null;
  updateWaiting: boolean;
  /** activates the waiting service worker and reloads; set by the registration */
  applyUpdate: (() => void) | null;
  setOfflineStatus: (status: OfflineStatus, problem?: string) => void;
  setUpdateWaiting: (applyUpdate: () => void) => void;
  dismissUpdate: () => void;
}

export const createOfflineSlice: StateCreator<AppState, [], [], OfflineSlice> = (set) => ({
  offlineStatus: 'checking',
  offlineProblem: null,
  updateWaiting: false,
  applyUpdate: null,
  setOfflineStatus: (offlineStatus, problem) =>
    set({ offlineStatus, offlineProblem: problem ?? null }),
  setUpdateWaiting: (applyUpdate) => set({ updateWaiting: true, applyUpdate }),
  dismissUpdate: () => set({ updateWaiting: false }),
});
