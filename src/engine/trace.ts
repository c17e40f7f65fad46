/** Builds the explain trace: the decision flow's steps, in order, with the policies considered. */
import type { CompiledScenario } from './decide';
import type { SetResult } from './evaluate';
import type { PrincipalKind, PrincipalMatch, RequestPrincipal } from './principal';
import type { PolicyTrace, Trace } from './types';

/** Services RCPs covered at launch (November 2024); AWS has added more since. */
const RCP_LAUNCH_SERVICES = new Set(['s3', 'sts', 'kms', 'sqs', 'secretsmanager']);

const KIND_LABEL: Record<PrincipalKind, string> = {
  user: 'IAM user',
  role: 'IAM role',
  assumedRole: 'role session',
  federatedUser: 'federated user session',
  root: 'account root user',
  service: 'AWS service principal',
  anonymous: 'anonymous caller',
  other: 'principal',
};

/** A one-line account of who asks for what. */
export function describeRequest(sc: CompiledScenario): string {
  const r = sc.request;
  const p = r.principal;
  const who = `${KIND_LABEL[p.kind]} ${p.raw}${p.account ? ` (account ${p.account})` : ''}`;
  const owner = sc.resourceAccount ? ` owned by account ${sc.resourceAccount}` : '';
  return `${who} asks for ${r.action} on ${r.resource}${owner}.`;
}

/** The matched Deny statements of the given sets, for the deny-evaluation step. */
export function denyTrace(sets: (SetResult | undefined)[]): PolicyTrace[] {
  const out: PolicyTrace[] = [];
  for (const s of sets) {
    for (const p of s?.policies ?? []) {
      const statements = p.statements.filter((st) => st.effect === 'Deny' && st.matched);
      if (statements.length > 0) out.push({ ...p, statements });
    }
  }
  return out;
}

const flat = (sets: SetResult[] | undefined): PolicyTrace[] =>
  (sets ?? []).flatMap((s) => s.policies ?? []);

/** Collects trace steps. */
export class TraceRecorder {
  readonly steps: Trace = [];

  /** Adds a step. */
  add(step: string, outcome: string, detail: string, policies?: PolicyTrace[]): void {
    this.steps.push(
      policies && policies.length > 0
        ? { step, outcome, detail, policies }
        : { step, outcome, detail },
    );
  }

  /** RCP and SCP steps. */
  organization(
    sc: CompiledScenario,
    scps: SetResult[] | undefined,
    rcps: SetResult[] | undefined,
    scpApplies: boolean,
    rcpApplies: boolean,
    p: RequestPrincipal,
  ): void {
    if (!rcpApplies) {
      this.add(
        'rcp',
        'notApplicable',
        sc.rcps === undefined
          ? 'No RCPs: the resource account is not in an organization with RCPs.'
          : p.serviceLinked
            ? 'RCPs do not restrict service-linked roles.'
            : 'RCPs do not apply to resources of the management account.',
      );
    } else {
      this.add(
        'rcp',
        rcps?.some((l) => l.deny) ? 'explicitDeny' : 'allow',
        'RCPFullAWSAccess is attached at every level and cannot be removed, so only Deny statements in RCPs restrict.' +
          (RCP_LAUNCH_SERVICES.has(sc.request.service)
            ? ''
            : ` Note: AWS applies RCPs only to the services it lists (at launch S3, STS, KMS, SQS and Secrets Manager; more since). This simulator applies them to every service, so check that ${sc.request.service} is on the current list: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html`),
        flat(rcps),
      );
    }
    if (!scpApplies) {
      const why =
        sc.scps === undefined
          ? "No SCPs: the principal's account is not in an organization."
          : p.kind === 'anonymous' || p.kind === 'service' || p.kind === 'other'
            ? 'SCPs apply only to IAM users, roles and root users of member accounts, not to this principal.'
            : p.serviceLinked
              ? 'SCPs do not restrict service-linked roles.'
              : 'SCPs do not apply to principals of the management account.';
      this.add('scp', 'notApplicable', why);
      return;
    }
    const levels = scps ?? [];
    const missing = levels.map((l, i) => (l.allow === 'none' ? i : -1)).filter((i) => i >= 0);
    const outcome = levels.some((l) => l.deny)
      ? 'explicitDeny'
      : missing.length > 0
        ? 'implicitDeny'
        : 'allow';
    this.add(
      'scp',
      outcome,
      missing.length > 0
        ? `No SCP allows the action at level ${missing.join(', ')} (root = 0): every level from the root to the account must allow.`
        : 'Every level from the root to the account has an SCP that allows the action.',
      flat(levels),
    );
  }

  /** VPC endpoint policy step. */
  endpoints(endpoints: SetResult[]): void {
    if (endpoints.length === 0) return;
    const ok = endpoints.every((e) => e.allow !== 'none');
    this.add(
      'endpoint',
      endpoints.some((e) => e.deny) ? 'explicitDeny' : ok ? 'allow' : 'implicitDeny',
      ok
        ? 'Every VPC endpoint policy on the path allows the request.'
        : 'A VPC endpoint policy on the path does not allow the request.',
      flat(endpoints),
    );
  }

  /** Permissions boundary and session policy steps. */
  boundaryAndSession(
    boundary: SetResult | undefined,
    session: SetResult | undefined,
    sameAccount: boolean,
    rpAllow: PrincipalMatch,
    kind: PrincipalKind,
  ): void {
    const bypass =
      sameAccount && (rpAllow === 'wildcard' || (rpAllow === 'exact' && kind !== 'role'));
    for (const [step, set, name] of [
      ['pb', boundary, 'permissions boundary'],
      ['session', session, 'session policy'],
    ] as const) {
      if (!set) {
        this.add(step, 'notPresent', `There is no ${name}.`);
        continue;
      }
      const allows = set.allow !== 'none';
      const detail = allows
        ? `The ${name} allows the action.`
        : bypass
          ? `The ${name} does not allow it, but the resource-based policy names this principal, which an implicit deny in the ${name} does not limit.`
          : `The ${name} does not allow the action, so it is implicitly denied.`;
      this.add(step, allows ? 'allow' : bypass ? 'bypassed' : 'implicitDeny', detail, set.policies);
    }
  }
}
