/** The catalog for Node (CLI, tests): reads the generated files in src/catalog/data/ from disk. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog } from './catalog';
import type { CatalogIndexJson, DocsPackJson, ServicePackJson } from './format';

// import.meta.dirname, not new URL(): test DOM environments replace the global URL class.
const DATA_DIR = `${join(import.meta.dirname, 'data')}/`;

let shared: Catalog | undefined;

/** The file name of a pack: `07.json`. */
export const packName = (pack: number): string => `${String(pack).padStart(2, '0')}.json`;

function readJson<T>(dir: string, path: string): T {
  return JSON.parse(readFileSync(`${dir}${path}`, 'utf8')) as T;
}

/** A catalog that reads `dir` (default: the committed data); one shared instance per process. */
export function nodeCatalog(dir: string = DATA_DIR): Catalog {
  if (dir === DATA_DIR && shared) return shared;
  const catalog = new Catalog(readJson<CatalogIndexJson>(dir, 'index.json'), {
    services: async (pack) => readJson<ServicePackJson>(dir, `services/${packName(pack)}`),
    docs: async (pack) => readJson<DocsPackJson>(dir, `docs/${packName(pack)}`),
  });
  if (dir === DATA_DIR) shared = catalog;
  return catalog;
}
