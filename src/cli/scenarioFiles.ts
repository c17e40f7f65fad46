// Node file handling for the command-line tools: expand paths into JSON files (folders
// recursively, in sorted order) and read them, reporting unreadable or invalid files as a
// typed failure instead of throwing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Why an input path could not be used. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/**
 * Expand each path into files: a file stays as given; a folder becomes every `*.json` below
 * it, in sorted order (by full path, code-unit order, so runs are reproducible).
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (cause) {
      throw new InputError(`cannot read ${path}: ${describe(cause)}`);
    }
    if (isDirectory) files.push(...jsonFilesBelow(path).sort(compareCodeUnits));
    else files.push(path);
  }
  return files;
}

function jsonFilesBelow(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    throw new InputError(`cannot read ${dir}: ${describe(cause)}`);
  }
  const found: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsonFilesBelow(full));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(full);
  }
  return found;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Read and parse one JSON file; an unreadable file or invalid JSON is an {@link InputError}. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read ${path}: ${describe(cause)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new InputError(`invalid JSON in ${path}: ${describe(cause)}`);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
