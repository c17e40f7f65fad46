/** JSON paths as shown to users: `identityPolicies[0].Statement[1].Condition["aws:SourceIp"]`. */

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** Appends an object key to a path, quoting keys that are not plain identifiers. */
export function joinPath(base: string, key: string): string {
  if (IDENTIFIER.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/** Appends an array index to a path. */
export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Prefixes a path relative to a policy with the policy's own path in a scenario. */
export function prefixPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}
