import { checksumOf } from './checksum';
import type { Pack, WorkshopResult } from './schema';

/** A random id of letters, digits, - and _ (crypto.getRandomValues works over plain http too). */
export function newToken(length = 16): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((b) => alphabet[b & 63]).join('');
}

/** A random 32-bit seed. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/** The checksum of a pack's whole content; results carry it so edits and mix-ups show. */
export function packChecksum(pack: Pack): string {
  return checksumOf(pack);
}

/**
 * A short digest of the questions as this copy of the app has them (stem, options, answer), so
 * a student on an older or newer copy whose questions differ from the instructor's is warned.
 */
export function contentDigest(questions: readonly unknown[]): string {
  return checksumOf(questions).slice(0, 16);
}

/** A file-name-safe form of a title. */
export function slug(text: string, fallback = 'workshop'): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || fallback;
}

export function packFileName(pack: Pack): string {
  return `${slug(pack.title)}.lp-pack.json`;
}

export function resultFileName(result: WorkshopResult): string {
  return `${slug(result.student, 'student')}-${slug(result.packTitle)}.lp-result.json`;
}
