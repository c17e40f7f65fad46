/**
 * The catalog in the browser (page or worker): the index is bundled with the code that needs
 * it; each pack of services is fetched on first use from `catalog/` beside the app (emitted by
 * scripts/catalogPlugin.ts and precached by the service worker, so it works offline).
 */
import { Catalog } from './catalog';
import type { CatalogIndexJson, DocsPackJson, ServicePackJson } from './format';
import index from './data/index.json';

let shared: Catalog | undefined;

const packName = (pack: number): string => `${String(pack).padStart(2, '0')}.json`;

async function fetchJson<T>(path: string): Promise<T> {
  const url = new URL(`${import.meta.env.BASE_URL}catalog/${path}`, self.location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The AWS catalog file ${path} could not be loaded`);
  return (await response.json()) as T;
}

/** The page's (or worker's) catalog instance. */
export function browserCatalog(): Catalog {
  shared ??= new Catalog(index as unknown as CatalogIndexJson, {
    services: (pack) => fetchJson<ServicePackJson>(`services/${packName(pack)}`),
    docs: (pack) => fetchJson<DocsPackJson>(`docs/${packName(pack)}`),
  });
  return shared;
}
