/** The catalog for Node (CLI, tests): reads the generated files in src/catalog/data/ from disk. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalog } from './catalog';
import type { CatalogIndexJson, DocsJson, ServiceJson } from './format';

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

let shared: Catalog | undefined;

function readJson<T>(dir: string, path: string): T {
  return JSON.parse(readFileSync(`${dir}${path}`, 'utf8')) as T;
}

/** A catalog that reads `dir` (default: the committed data); one shared instance per process. */
export function nodeCatalog(dir: string = DATA_DIR): Catalog {
  if (dir === DATA_DIR && shared) return shared;
  const catalog = new Catalog(readJson<CatalogIndexJson>(dir, 'index.json'), {
    service: async (prefix) => readJson<ServiceJson>(dir, `services/${prefix}.json`),
    docs: async (prefix) => readJson<DocsJson>(dir, `docs/${prefix}.json`),
  });
  if (dir === DATA_DIR) shared = catalog;
  return catalog;
}
