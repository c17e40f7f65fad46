import type { z } from '../zod';
import {
  describeIssues,
  limits,
  PACK_KIND,
  packSchema,
  RESULT_KIND,
  resultSchema,
  type Pack,
  type WorkshopResult,
} from './schema';

/**
 * Packs and results travel as JSON compressed with deflate-raw (CompressionStream, native in
 * browsers and Node 20) and written in base64url, so they fit in a URL fragment: the fragment
 * never reaches a server, and any copy of the app, under any path, opens it.
 * Every decoder here refuses oversized input before parsing and stops inflating at the limit,
 * so a crafted link cannot make the page allocate without bound.
 */

/** A pack or result that cannot be used; `message` is written for the person holding it. */
export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

const base64urlPattern = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!base64urlPattern.test(text) || text.length % 4 === 1)
    throw new PackError(
      'The data is damaged: it has characters that a workshop link never has, or was cut off.',
    );
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new PackError(
        `The data unpacks to more than ${Math.round(maxBytes / 1000)} kB, more than any workshop pack or result holds.`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export async function deflate(text: string): Promise<Uint8Array> {
  const input = new Blob([new TextEncoder().encode(text)]).stream();
  return readAll(input.pipeThrough(new CompressionStream('deflate-raw')), Infinity);
}

export async function inflate(
  bytes: Uint8Array,
  maxBytes: number = limits.jsonBytes,
): Promise<string> {
  const input = new Blob([bytes as BlobPart]).stream();
  let out: Uint8Array;
  try {
    out = await readAll(input.pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError(
      'The data is damaged: it does not unpack. It may have been cut off when copied.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    throw new PackError('The data is damaged: it is not text.');
  }
}

interface Kind<T> {
  kind: string;
  noun: string;
  schema: z.ZodType<T>;
}

const packKind: Kind<Pack> = { kind: PACK_KIND, noun: 'workshop pack', schema: packSchema };
const resultKind: Kind<WorkshopResult> = {
  kind: RESULT_KIND,
  noun: 'workshop result',
  schema: resultSchema,
};

/** Validates parsed JSON as a pack or result, with a message that says what is wrong. */
function validate<T>(value: unknown, kind: Kind<T>): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new PackError(`This is not a ${kind.noun}.`);
  const record = value as Record<string, unknown>;
  if (record.kind !== kind.kind) {
    const other =
      record.kind === PACK_KIND
        ? 'a workshop pack'
        : record.kind === RESULT_KIND
          ? 'a workshop result'
          : null;
    throw new PackError(`This is not a ${kind.noun}${other ? `: it is ${other}` : ''}.`);
  }
  if (typeof record.version === 'number' && record.version > 1)
    throw new PackError(
      `This ${kind.noun} was made by a newer version of Least Privilege (format ${record.version}). Update this copy of the app and try again.`,
    );
  const parsed = kind.schema.safeParse(value);
  if (!parsed.success)
    throw new PackError(`This ${kind.noun} is not valid: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}

function parseJson<T>(text: string, kind: Kind<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text, (key: string, v: unknown) => {
      if (key === '__proto__') throw new PackError(`This ${kind.noun} is not valid: reserved key.`);
      return v;
    });
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError(`This is not a ${kind.noun}: it is not JSON.`);
  }
  return validate(value, kind);
}

async function decodeData<T>(data: string, kind: Kind<T>): Promise<T> {
  if (data.length === 0) throw new PackError(`The link holds no ${kind.noun}.`);
  if (data.length > limits.fragmentDataChars)
    throw new PackError(
      `The link is too long for a ${kind.noun} (${data.length.toLocaleString('en')} characters; the limit is ${limits.fragmentDataChars.toLocaleString('en')}).`,
    );
  return parseJson(await inflate(fromBase64Url(data)), kind);
}

async function encodeData(value: unknown): Promise<string> {
  return toBase64Url(await deflate(JSON.stringify(value)));
}

/** The pack compressed for a link's `p=` parameter. */
export const encodePackData = (pack: Pack) => encodeData(pack);
export const decodePackData = (data: string) => decodeData(data, packKind);
/** The result compressed for a link's `r=` parameter. */
export const encodeResultData = (result: WorkshopResult) => encodeData(result);
export const decodeResultData = (data: string) => decodeData(data, resultKind);

export const parsePackJson = (text: string) => parseJson(text, packKind);
export const parseResultJson = (text: string) => parseJson(text, resultKind);

/**
 * The app's address without its fragment (`http://host:port/sub/path/`), so a link opens in
 * the same copy of the app the instructor is using, whatever path it is served under.
 */
export function appBaseUrl(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`;
}

export function packLink(base: string, data: string): string {
  return `${base}#/workshop/join?p=${data}`;
}

export function resultLink(base: string, data: string): string {
  return `${base}#/workshop/collect?r=${data}`;
}

/** Reads a file as text after checking its size (a pack or result file). */
export async function readLimitedText(
  file: Blob & { name?: string },
  maxBytes: number = limits.fileBytes,
): Promise<string> {
  if (file.size > maxBytes)
    throw new PackError(
      `${file.name ?? 'The file'} is ${Math.round(file.size / 1000)} kB; workshop files are at most ${Math.round(maxBytes / 1000)} kB.`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new PackError(`${file.name ?? 'The file'} is not a text file.`);
  }
}
