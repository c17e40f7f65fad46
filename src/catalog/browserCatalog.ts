/**
 * The catalog in the browser (page or worker): the index is bundled with the code that needs
 * it; each service's file is fetched on first use from `catalog/` beside the app (emitted by
 * scripts/catalogPlugin.ts and precached by the service worker, so it works offline).
 */
import { Catalog } from './catalog';
import type { CatalogIndexJson, DocsJson, ServiceJson } from './format';
import index from './data/index.json';

let shared: Catalog | undefined;

async function fetchJson<T>(path: string): Promise<T> {
  const url = new URL(`${import.meta.env.BASE_URL}catalog/${path}`, self.location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The AWS catalog file ${path} could not be loaded`);
  return (await response.json()) as T;
}

/** The page's (or worker's) catalog instance. */
export function browserCatalog(): Catalog {
  shared ??= new Catalog(index as unknown as CatalogIndexJson, {
    service: (prefix) => fetchJson<ServiceJson>(`services/${encodeURIComponent(prefix)}.json`),
    docs: (prefix) => fetchJson<DocsJson>(`docs/${encodeURIComponent(prefix)}.json`),
  });
  return shared;
}
