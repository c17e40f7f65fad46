import { useSyncExternalStore } from 'react';

/**
 * Hash routing: `#/lessons/root-user`. It works from any static host and any sub-path,
 * and reloading a deep link always loads index.html, online or offline.
 */
export interface Location {
  /** the path after '#', always starting with '/' */
  path: string;
  /** path segments, e.g. ['lessons', 'root-user'] */
  segments: string[];
  query: URLSearchParams;
}

function readHash(): string {
  const raw = window.location.hash.replace(/^#/, '');
  return raw.startsWith('/') ? raw : `/${raw}`;
}

let cachedHash = '';
let cachedLocation: Location = parseLocation('/');

/** Splits a hash path into segments and query. */
export function parseLocation(hashPath: string): Location {
  const [pathPart = '/', queryPart = ''] = hashPath.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path: pathPart, segments, query: new URLSearchParams(queryPart) };
}

/** The location in the address bar now (the same object until the hash changes). */
export function currentLocation(): Location {
  const hash = readHash();
  if (hash !== cachedHash) {
    cachedHash = hash;
    cachedLocation = parseLocation(hash);
  }
  return cachedLocation;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, currentLocation, () => parseLocation('/'));
}

/** Builds an href for a path inside the app. */
export function href(path: string): string {
  return `#${path.startsWith('/') ? path : `/${path}`}`;
}

export function navigate(path: string): void {
  window.location.hash = href(path);
}
