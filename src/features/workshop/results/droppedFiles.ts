import { limits } from '../../../lib/pack/schema';

/** Files from a drop, with folders walked (up to the import limit). */
export interface Gathered {
  files: File[];
  /** files in dropped folders that are not .json, and files past the limit */
  skipped: number;
}

const readEntries = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/**
 * Collects dropped files and the .json files inside dropped folders (and their sub-folders).
 * The entries are taken synchronously: a DataTransfer is emptied when the drop event ends.
 */
export async function gatherDropped(
  transfer: DataTransfer,
  max: number = limits.filesAtOnce,
): Promise<Gathered> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(transfer.files));
  const out: Gathered = { files: [...loose], skipped: 0 };
  const walk = async (entry: FileSystemEntry, inFolder: boolean, depth: number): Promise<void> => {
    if (entry.isFile) {
      if (inFolder && !entry.name.toLowerCase().endsWith('.json')) out.skipped += 1;
      else if (out.files.length >= max) out.skipped += 1;
      else out.files.push(await fileOf(entry as FileSystemFileEntry));
      return;
    }
    if (!entry.isDirectory || depth > 5) return;
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await readEntries(reader);
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, true, depth + 1);
    }
  };
  for (const entry of entries) await walk(entry, false, 0);
  if (out.files.length > max) {
    out.skipped += out.files.length - max;
    out.files = out.files.slice(0, max);
  }
  return out;
}
