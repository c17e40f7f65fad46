/**
 * What each Action / NotAction pattern of a policy expands to, from the catalog. Pure; runs in
 * the lint worker (patterns such as `*:Get*` need every service's file).
 */
import type { Catalog } from '../../catalog/catalog';
import type { AccessLevel } from '../../catalog/types';

export interface ExpandedAction {
  name: string;
  level: AccessLevel;
}

/** One Action or NotAction entry and what it matches. */
export interface ExpansionEntry {
  statement: number;
  sid?: string;
  effect?: string;
  element: 'Action' | 'NotAction';
  pattern: string;
  /** Number of actions matched (for `*`: every action of every service). */
  count: number;
  /** The matched actions, sorted; empty for `*`, where `all` is set. */
  actions: ExpandedAction[];
  all?: boolean;
  /** Why nothing can be listed: an unknown service, or not `service:action`. */
  problem?: string;
}

export interface ExpansionResult {
  entries: ExpansionEntry[];
  /** Date of the AWS data the catalog was generated from (ISO), when known. */
  catalogDate?: string;
  /** Set when the text is not a readable policy yet. */
  error?: string;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Expands every Action / NotAction pattern in a policy's JSON text. */
export async function expandPolicy(text: string, catalog: Catalog): Promise<ExpansionResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { entries: [], error: 'The policy is not valid JSON yet.' };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { entries: [], error: 'A policy is a JSON object with a Statement element.' };
  const statements = asList((doc as Record<string, unknown>)['Statement']);
  const raw: Omit<ExpansionEntry, 'count' | 'actions'>[] = [];
  statements.forEach((st, statement) => {
    if (typeof st !== 'object' || st === null) return;
    const s = st as Record<string, unknown>;
    for (const element of ['Action', 'NotAction'] as const) {
      for (const pattern of asList(s[element])) {
        if (typeof pattern !== 'string') continue;
        const entry: Omit<ExpansionEntry, 'count' | 'actions'> = { statement, element, pattern };
        if (typeof s['Sid'] === 'string') entry.sid = s['Sid'];
        if (typeof s['Effect'] === 'string') entry.effect = s['Effect'];
        raw.push(entry);
      }
    }
  });
  const services = new Set<string>();
  for (const e of raw) {
    const colon = e.pattern.indexOf(':');
    if (colon > 0)
      for (const s of catalog.servicesMatching(e.pattern.slice(0, colon))) services.add(s);
  }
  await catalog.load(services);
  return { entries: raw.map((e) => expandOne(e, catalog)), catalogDate: catalog.updatedAt };
}

function expandOne(e: Omit<ExpansionEntry, 'count' | 'actions'>, catalog: Catalog): ExpansionEntry {
  if (e.pattern === '*' || e.pattern === '*:*')
    return { ...e, count: catalog.actionCount(), actions: [], all: true };
  const colon = e.pattern.indexOf(':');
  if (colon <= 0) return { ...e, count: 0, actions: [], problem: 'not of the form service:action' };
  const service = e.pattern.slice(0, colon);
  if (catalog.servicesMatching(service).length === 0)
    return { ...e, count: 0, actions: [], problem: `there is no service "${service}"` };
  const actions = (catalog.expand(e.pattern) ?? [])
    .map((a) => ({ name: a.fullName, level: a.level }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return { ...e, count: actions.length, actions };
}
