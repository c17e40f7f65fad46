import { highlightJson } from './highlight.ts';

/** One policy of a lesson's "Try it" example, highlighted at build time. */
export interface TryItPolicy {
  key: string;
  label: string;
  /** the policy as highlighted JSON (escaped text in tok-* spans) */
  html: string;
}

const policyFields: [string, string][] = [
  ['identityPolicies', 'Identity-based policy'],
  ['resourcePolicy', 'Resource-based policy'],
  ['permissionBoundary', 'Permissions boundary'],
  ['sessionPolicy', 'Session policy'],
  ['endpointPolicies', 'VPC endpoint policy'],
  ['scps', 'SCPs'],
  ['rcps', 'RCPs'],
];

/** Every policy a scenario applies, labelled in evaluation terms, in the order IAM lists them. */
export function tryItPolicies(scenario: Record<string, unknown>): TryItPolicy[] {
  const highlight = (doc: unknown) => highlightJson(JSON.stringify(doc, null, 2));
  return policyFields.flatMap(([field, label]) => {
    const value = scenario[field];
    if (value === undefined) return [];
    if (field === 'scps' || field === 'rcps')
      return (value as unknown[][]).flatMap((level, li) =>
        level.map((doc, di) => ({
          key: `${field}${li}${di}`,
          label: `${label}: level ${li + 1}, policy ${di + 1}`,
          html: highlight(doc),
        })),
      );
    if (Array.isArray(value))
      return value.map((doc, i) => ({ key: `${field}${i}`, label: `${label} ${i + 1}`, html: highlight(doc) }));
    return [{ key: field, label, html: highlight(value) }];
  });
}
