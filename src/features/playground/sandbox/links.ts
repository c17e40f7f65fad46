/** Paths and links of the sandbox pages. */

export const sandboxPath = (id: string) => `/playground/sandbox/${encodeURIComponent(id)}`;

/** The `s=` payload of a pasted share link (or a bare payload). */
export function shareLinkPayload(text: string): string | null {
  const t = text.trim();
  const m = /[?&]s=([A-Za-z0-9_-]+)/.exec(t);
  if (m?.[1]) return m[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(t) ? t : null;
}

/** The full share link for a payload, for the current page's address. */
export function shareLink(payload: string): string {
  const base = window.location.href.split('#')[0] ?? '';
  return `${base}#/playground/import?s=${payload}`;
}
