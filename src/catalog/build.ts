/** Turns the compact files into the catalog's objects. */
import { ACCESS_LEVEL_CODES, type DocsJson, type ServiceJson } from './format';
import type {
  ActionInfo,
  ConditionKeyInfo,
  ResourceTypeInfo,
  ServiceDocs,
  ServiceInfo,
} from './types';

/**
 * A template key such as `aws:ResourceTag/${TagKey}` (or `s3:ExistingObjectTag/<key>`) as its
 * literal prefix and suffix; null for a plain key.
 */
export function splitTemplate(key: string): { prefix: string; suffix: string } | null {
  const dollar = key.indexOf('${');
  const angle = key.indexOf('<');
  const open = dollar >= 0 && (angle < 0 || dollar < angle) ? dollar : angle;
  if (open < 0) return null;
  const close = key.indexOf(open === dollar ? '}' : '>', open);
  if (close < 0) return null;
  return { prefix: key.slice(0, open).toLowerCase(), suffix: key.slice(close + 1).toLowerCase() };
}

/** True when a lower-case key fits a template's prefix and suffix. */
export function matchesTemplate(key: string, t: { prefix: string; suffix: string }): boolean {
  return (
    key.length > t.prefix.length + t.suffix.length &&
    key.startsWith(t.prefix) &&
    key.endsWith(t.suffix)
  );
}

/** A service as loaded: lookups by name, templated keys and key patterns. */
export interface LoadedService extends ServiceInfo {
  byName: Map<string, ActionInfo>;
  keyByName: Map<string, ConditionKeyInfo>;
  templatedKeys: { key: ConditionKeyInfo; prefix: string; suffix: string }[];
  patterns: { regex: RegExp; template: string }[];
}

export function buildService(json: ServiceJson): LoadedService {
  const keys: ConditionKeyInfo[] = json.k.map(([key, type]) => ({
    key,
    type,
    service: json.p,
    global: false,
  }));
  const keyName = (i: number): string => keys[i]?.key ?? '';
  const types: ResourceTypeInfo[] = json.r.map(([name, arn, k]) => ({
    name,
    arn,
    conditionKeys: k.map(keyName),
  }));
  const actions: ActionInfo[] = json.a.map(([name, level, rts, k]) => ({
    service: json.p,
    name,
    fullName: `${json.p}:${name}`,
    level: ACCESS_LEVEL_CODES[level] ?? 'Write',
    resourceTypes: rts.flatMap(([i, required, rk]) => {
      const type = types[i];
      return type
        ? [{ type, required: required === 1, conditionKeys: (rk ?? []).map(keyName) }]
        : [];
    }),
    conditionKeys: k.map(keyName),
  }));
  const templatedKeys: LoadedService['templatedKeys'] = [];
  for (const key of keys) {
    const t = splitTemplate(key.key);
    if (t) templatedKeys.push({ key, ...t });
  }
  return {
    prefix: json.p,
    name: json.n,
    actions,
    resourceTypes: types,
    conditionKeys: keys,
    byName: new Map(actions.map((a) => [a.name.toLowerCase(), a])),
    keyByName: new Map(keys.map((k) => [k.key.toLowerCase(), k])),
    templatedKeys,
    // Catalog data (not policy text): regexes AWS's data publishes for templated key names.
    patterns: (json.t ?? []).map(([source, template]) => ({
      regex: new RegExp(`^${source}$`, 'i'),
      template,
    })),
  };
}

function expandDoc(text: string | undefined, prefix: string): string | undefined {
  if (text === undefined || text === '' || text === '=') return undefined;
  return text.startsWith('=') ? text.slice(1) : prefix + text;
}

export function buildDocs(json: DocsJson, service: LoadedService | undefined): ServiceDocs {
  const actionDocs = new Map<string, string | undefined>();
  const keyDocs = new Map<string, string | undefined>();
  service?.actions.forEach((a, i) =>
    actionDocs.set(a.name.toLowerCase(), expandDoc(json.a[i], 'Grants permission to ')),
  );
  service?.conditionKeys.forEach((k, i) =>
    keyDocs.set(k.key.toLowerCase(), expandDoc(json.k[i], 'Filters access by ')),
  );
  return {
    action: (name) => actionDocs.get(name.toLowerCase()),
    conditionKey: (key) => keyDocs.get(key.toLowerCase()),
  };
}
