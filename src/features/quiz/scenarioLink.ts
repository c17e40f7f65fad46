/** `#/playground/scenario?d=<base64url JSON>`: opens a question's scenario in the playground. */
import { href } from '../../lib/router';

export function base64UrlJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function playgroundLink(scenario: unknown): string {
  return href(`/playground/scenario?d=${base64UrlJson(scenario)}`);
}
