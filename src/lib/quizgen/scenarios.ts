/**
 * Builds whole scenarios (a request and the policies that apply) for the decision questions,
 * and keeps a display label for every policy so options and explanations can name them.
 */
import type { PolicyType, Scenario } from '../../engine/index';
import type { Rng } from './rng';
import { doc, makeStatement, resourcePrincipal, type Json, type Target } from './statements';
import { callers, makeRequest, requestContext, services, type Caller } from './world';

export interface ShownPolicy {
  /** the engine's trace label, e.g. `identityPolicies[0]` or `scps[1][0]` */
  traceLabel: string;
  type: PolicyType;
  label: string;
  document: Json;
}

export interface BuiltScenario {
  scenario: Scenario;
  caller: Caller;
  target: Target;
  policies: ShownPolicy[];
  /** policy types present, in evaluation order */
  types: PolicyType[];
  hasConditions: boolean;
}

/** Collects the scenario's policies with their labels. */
export class ScenarioBuilder {
  readonly policies: ShownPolicy[] = [];
  readonly used = new Set<string>();
  readonly scenario: Scenario;

  constructor(
    readonly rng: Rng,
    readonly caller: Caller,
    readonly target: Target,
  ) {
    this.scenario = {
      request: makeRequest(caller, target.action, target.resource, requestContext(rng)),
    };
  }

  identity(statements: Json[], name: string): void {
    const i = this.scenario.identityPolicies?.length ?? 0;
    const document = doc(statements);
    this.scenario.identityPolicies = [...(this.scenario.identityPolicies ?? []), document];
    const label = `Identity-based policy ${name} attached to ${this.caller.holder}`;
    this.policies.push({ traceLabel: `identityPolicies[${i}]`, type: 'identity', label, document });
  }

  boundary(statements: Json[]): void {
    const document = doc(statements);
    this.scenario.permissionBoundary = document;
    this.policies.push({
      traceLabel: 'permissionBoundary',
      type: 'pb',
      label: `Permissions boundary of ${this.caller.holder}`,
      document,
    });
  }

  session(statements: Json[]): void {
    const document = doc(statements);
    this.scenario.sessionPolicy = document;
    this.policies.push({
      traceLabel: 'sessionPolicy',
      type: 'session',
      label: 'Session policy passed when the role was assumed',
      document,
    });
  }

  resource(statements: Json[], name: string): void {
    const document = doc(statements);
    this.scenario.resourcePolicy = document;
    const label = `${name.charAt(0).toUpperCase()}${name.slice(1)} on the resource`;
    this.policies.push({ traceLabel: 'resourcePolicy', type: 'resource', label, document });
  }

  scpLevels(levels: { name: string; statements: Json[] }[]): void {
    this.scenario.scps = levels.map((level, l) => {
      const document = doc(level.statements);
      this.policies.push({
        traceLabel: `scps[${l}][0]`,
        type: 'scp',
        label: `SCP attached to the ${level.name}`,
        document,
      });
      return [document];
    });
  }

  rcp(statements: Json[]): void {
    const document = doc(statements);
    this.scenario.rcps = [[document]];
    this.policies.push({
      traceLabel: 'rcps[0][0]',
      type: 'rcp',
      label: 'RCP attached to the organization root',
      document,
    });
  }

  build(): BuiltScenario {
    const order: PolicyType[] = ['scp', 'rcp', 'resource', 'identity', 'pb', 'session'];
    const present = new Set(this.policies.map((p) => p.type));
    return {
      scenario: this.scenario,
      caller: this.caller,
      target: this.target,
      policies: this.policies,
      types: order.filter((t) => present.has(t)),
      hasConditions: this.policies.some((p) => JSON.stringify(p.document).includes('"Condition"')),
    };
  }
}

export function pickTarget(rng: Rng, withResourcePolicy: boolean): Target {
  const pool = withResourcePolicy ? services.filter((s) => s.resourcePolicy) : services;
  const svc = rng.pick(pool);
  return { action: rng.pick(svc.actions), resource: rng.pick(svc.resources) };
}

/**
 * A request with an identity policy and a random mix of boundary, session policy, resource
 * policy, SCPs and RCP: the material for "is it allowed?" and "which type blocks it?".
 */
export function layeredScenario(rng: Rng): BuiltScenario {
  const crossAccount = rng.chance(0.15);
  const caller = crossAccount ? (callers[2] as Caller) : rng.pick(callers.slice(0, 2));
  const wantsResource = crossAccount || rng.chance(0.35);
  const target = pickTarget(rng, wantsResource);
  const svc = services.find((s) => target.action.startsWith(`${s.prefix}:`));
  const b = new ScenarioBuilder(rng, caller, target);

  if (wantsResource && svc?.resourcePolicy && (crossAccount || rng.chance(0.8))) {
    const principal = resourcePrincipal(rng, caller, rng.chance(0.75));
    const statements = [
      makeStatement(
        rng,
        target,
        { effect: 'Allow', cover: 0.7, condition: 0.2, principal },
        b.used,
      ),
    ];
    if (rng.chance(0.2))
      statements.push(
        makeStatement(
          rng,
          target,
          { effect: 'Deny', cover: 0.5, condition: 0.5, principal: '*' },
          b.used,
        ),
      );
    b.resource(statements, svc.resourcePolicy);
  }

  const identity = [
    makeStatement(rng, target, { effect: 'Allow', cover: 0.8, condition: 0.2 }, b.used),
  ];
  if (rng.chance(0.35))
    identity.push(
      makeStatement(rng, target, { effect: 'Deny', cover: 0.5, condition: 0.5 }, b.used),
    );
  b.identity(identity, caller.isSession ? 'AppAccess' : 'AnaAccess');

  if (rng.chance(0.45))
    b.boundary([
      makeStatement(rng, target, { effect: 'Allow', cover: 0.65, condition: 0.1 }, b.used),
    ]);
  if (caller.isSession && rng.chance(0.45))
    b.session([
      makeStatement(rng, target, { effect: 'Allow', cover: 0.65, condition: 0.1 }, b.used),
    ]);

  if (rng.chance(0.45)) {
    const full = { Sid: 'FullAWSAccess', Effect: 'Allow', Action: '*', Resource: '*' };
    b.used.add('FullAWSAccess');
    const account = rng.chance(0.5)
      ? [
          makeStatement(
            rng,
            target,
            { effect: 'Allow', cover: 0.7, condition: 0, star: true },
            b.used,
          ),
        ]
      : [
          { ...full, Sid: 'AllowAll' },
          makeStatement(rng, target, { effect: 'Deny', cover: 0.45, condition: 0.4 }, b.used),
        ];
    b.scpLevels([
      { name: 'organization root', statements: [full] },
      { name: `account ${caller.account}`, statements: account },
    ]);
  }
  if (svc?.rcp && rng.chance(0.25))
    b.rcp([
      makeStatement(
        rng,
        target,
        { effect: 'Deny', cover: 0.45, condition: 0.5, principal: '*' },
        b.used,
      ),
    ]);
  return b.build();
}
