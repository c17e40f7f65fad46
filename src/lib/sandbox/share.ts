/**
 * Share links and scenario links. A sandbox travels in the URL fragment, compressed with
 * CompressionStream('deflate-raw') and encoded as base64url; a scenario for the workbench
 * travels as base64url JSON. Both are untrusted on the way in: size-limited before and after
 * decompression, then schema-validated by the caller.
 */
import { parseOrganizationText, type ParseOrgResult } from './parse.ts';
import type { Organization } from './schema.ts';

/** Longest share link payload accepted (characters of base64url). */
export const maxShareChars = 60_000;
/** Longest scenario link payload accepted (characters of base64url). */
export const maxScenarioChars = 100_000;
/** Most bytes a share link may expand to. */
export const maxInflatedBytes = 1_000_000;

/** Bytes to base64url (no padding). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url to bytes; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new Error('the link holds characters that base64url does not use');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`it expands to more than ${limit.toLocaleString('en')} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A sandbox as a share-link payload. */
export async function encodeSandbox(org: Organization): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(org));
  return toBase64Url(
    await pipe(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER),
  );
}

/** A share-link payload back to a validated sandbox. */
export async function decodeSandbox(payload: string): Promise<ParseOrgResult> {
  if (payload.length > maxShareChars)
    return {
      ok: false,
      problems: [
        `the link is ${payload.length.toLocaleString('en')} characters long; a share link holds at most ${maxShareChars.toLocaleString('en')}`,
      ],
    };
  try {
    const bytes = await pipe(
      fromBase64Url(payload),
      new DecompressionStream('deflate-raw'),
      maxInflatedBytes,
    );
    return parseOrganizationText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return {
      ok: false,
      problems: [`the link is damaged: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

/** A scenario as a `#/playground/scenario?d=` payload. */
export function encodeScenario(scenario: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(scenario)));
}

/** A scenario payload back to JSON (the caller validates it as a scenario). */
export function decodeScenario(
  payload: string,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (payload.length === 0) return { ok: false, problem: 'the link holds no scenario' };
  if (payload.length > maxScenarioChars)
    return {
      ok: false,
      problem: `the link is ${payload.length.toLocaleString('en')} characters long; a scenario link holds at most ${maxScenarioChars.toLocaleString('en')}`,
    };
  try {
    return {
      ok: true,
      value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(payload))),
    };
  } catch (error) {
    return {
      ok: false,
      problem: `the link is damaged: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
