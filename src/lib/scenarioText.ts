/** Words for engine decisions and policy types, shared by every view that shows a result. */
export const decisionLabels: Record<string, string> = {
  allowed: 'Allowed',
  explicitDeny: 'Denied (explicit deny)',
  implicitDeny: 'Denied (implicit deny)',
  error: 'Invalid input',
};

export const policyTypeLabels: Record<string, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  pb: 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy (SCP)',
  rcp: 'resource control policy (RCP)',
  endpoint: 'VPC endpoint policy',
};

export function decisionIcon(decision: string): string {
  return decision === 'allowed' ? '✓' : decision === 'error' ? '⚠' : '✗';
}
