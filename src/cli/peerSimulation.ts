// Converts our scenario format into the input of @cloud-copilot/iam-simulate's
// `runSimulation`, the peer engine used by `npm run bench` and the differential test.
// The peer is a devDependency (AGPL): this module only builds its input shape and never
// imports it, so nothing under src/ depends on the peer.
import type { Decision, Scenario } from '../engine/index.ts';

interface NamedPolicy {
  name: string;
  policy: unknown;
}

interface OrgPolicies {
  orgIdentifier: string;
  policies: NamedPolicy[];
}

/** Structural copy of iam-simulate's `Simulation` (only the fields we fill). */
export interface PeerSimulation {
  request: {
    principal: string | { type: 'Anonymous' };
    action: string;
    resource: { resource: string; accountId: string };
    contextVariables: Record<string, string | string[]>;
  };
  identityPolicies: NamedPolicy[];
  serviceControlPolicies: OrgPolicies[];
  resourceControlPolicies: OrgPolicies[];
  resourcePolicy?: unknown;
  permissionBoundaryPolicies?: NamedPolicy[];
  sessionPolicy?: unknown;
  vpcEndpointPolicies?: NamedPolicy[];
}

/** The 12-digit account of an ARN or account ID, if it names one. */
export function accountOf(principalOrArn: string): string | undefined {
  if (/^\d{12}$/.test(principalOrArn)) return principalOrArn;
  const account = principalOrArn.split(':')[4];
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

function named(prefix: string, policies: readonly unknown[]): NamedPolicy[] {
  return policies.map((policy, index) => ({ name: `${prefix}-${index}`, policy }));
}

function levels(prefix: string, levelList: readonly (readonly unknown[])[]): OrgPolicies[] {
  return levelList.map((policies, index) => ({
    orgIdentifier: `${prefix}-level-${index}`,
    policies: named(`${prefix}-${index}`, policies),
  }));
}

/** Our scenario as iam-simulate input (organization.managementAccount has no peer equivalent). */
export function toPeerSimulation(scenario: Scenario): PeerSimulation {
  const { request } = scenario;
  const accountId =
    request.resourceAccount ??
    accountOf(request.resource) ??
    accountOf(request.principal) ??
    '000000000000';
  const simulation: PeerSimulation = {
    request: {
      principal: request.principal === '*' ? { type: 'Anonymous' } : request.principal,
      action: request.action,
      resource: { resource: request.resource, accountId },
      contextVariables: { ...request.context },
    },
    identityPolicies: named('identity', scenario.identityPolicies ?? []),
    serviceControlPolicies: levels('scp', scenario.scps ?? []),
    resourceControlPolicies: levels('rcp', scenario.rcps ?? []),
  };
  if (scenario.resourcePolicy !== undefined) simulation.resourcePolicy = scenario.resourcePolicy;
  if (scenario.permissionBoundary !== undefined) {
    simulation.permissionBoundaryPolicies = named('boundary', [scenario.permissionBoundary]);
  }
  if (scenario.sessionPolicy !== undefined) simulation.sessionPolicy = scenario.sessionPolicy;
  if (scenario.endpointPolicies !== undefined) {
    simulation.vpcEndpointPolicies = named('endpoint', scenario.endpointPolicies);
  }
  return simulation;
}

const peerDecisions: Record<string, Decision> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicitDeny',
  ImplicitlyDenied: 'implicitDeny',
};

/** iam-simulate's overall result ('Allowed', …) as our decision name. */
export function fromPeerDecision(overallResult: string): Decision {
  const decision = peerDecisions[overallResult];
  if (decision === undefined) throw new Error(`unknown iam-simulate result ${overallResult}`);
  return decision;
}
