// What the header's profile switcher shows before the database has loaded: the active profile
// and the profile names, copied from IndexedDB into localStorage whenever they change (a display
// cache, never the source of truth). Another tab's change arrives through the `storage` event.
// No Dexie import here, so the shell can paint the switcher without loading the database.
import { useSyncExternalStore } from 'react';
import { profileSnapshotKey as storageKey } from '../db/databaseInUse';

export interface ProfileSnapshot {
  activeId: string;
  profiles: { id: string; name: string }[];
}

const listeners = new Set<() => void>();
let lastText: string | null = null;
let lastParsed: ProfileSnapshot | null = null;
/** A change this tab could not store (storage unavailable or full): shown until the next one. */
let unsaved: ProfileSnapshot | null = null;

/** The snapshot in `text`, or null when it is missing or not one (a damaged cache is ignored). */
export function parseProfileSnapshot(text: string | null): ProfileSnapshot | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { activeId, profiles } = value as Record<string, unknown>;
    if (typeof activeId !== 'string' || !Array.isArray(profiles) || profiles.length > 100)
      return null;
    const list = profiles.filter(
      (p): p is { id: string; name: string } =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as Record<string, unknown>).id === 'string' &&
        typeof (p as Record<string, unknown>).name === 'string',
    );
    if (list.length !== profiles.length || !list.some((p) => p.id === activeId)) return null;
    return { activeId, profiles: list.map(({ id, name }) => ({ id, name })) };
  } catch {
    return null;
  }
}

function storedText(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage unavailable (private mode): the switcher waits for the database
  }
}

/** The snapshot to show now (parsed again only when the stored text changed). */
export function readProfileSnapshot(): ProfileSnapshot | null {
  if (unsaved) return unsaved;
  const text = storedText();
  if (text !== lastText) {
    lastText = text;
    lastParsed = parseProfileSnapshot(text);
  }
  return lastParsed;
}

function notify() {
  for (const listener of listeners) listener();
}

/** Records what the database says now; the header re-renders only when it changed. */
export function writeProfileSnapshot(snapshot: ProfileSnapshot): void {
  if (JSON.stringify(readProfileSnapshot()) === JSON.stringify(snapshot)) return;
  try {
    localStorage.setItem(storageKey, JSON.stringify(snapshot));
    unsaved = null;
  } catch {
    unsaved = snapshot; // this tab still shows the change
  }
  notify();
}

function onStorage(e: StorageEvent) {
  if (e.key !== storageKey && e.key !== null) return;
  unsaved = null;
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** The latest snapshot: this tab's database feed, another tab's change, or the stored copy. */
export function useProfileSnapshot(): ProfileSnapshot | null {
  return useSyncExternalStore(subscribe, readProfileSnapshot, () => null);
}
