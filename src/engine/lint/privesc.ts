/**
 * Privilege escalation: permissions that together let an identity grant itself more, after
 * the methods Rhino Security Labs catalogued (the map in their aws_escalate.py scanner).
 * https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/
 */
import type { LintContext, StatementView, Target } from './context';
import { keyOf, valueOf } from './context';
import { ownCheck } from './meta';
import { covers } from './patterns';
import type { CheckMeta } from './types';

/** The privilege escalation check. */
export const PRIVESC_CHECKS: CheckMeta[] = [
  ownCheck(
    'PRIVILEGE_ESCALATION',
    'SECURITY_WARNING',
    'Privilege escalation',
    'Some permissions let an identity give itself more permissions: write a new version of its own policy, attach AdministratorAccess, create keys for another user, or pass a powerful role to a service it controls. Whoever holds this policy can become an administrator. Scope these actions to specific resources, or keep them for administrators.',
    'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
  ),
];

interface Method {
  name: string;
  actions: string[];
  how: string;
}

const METHODS: Method[] = [
  {
    name: 'CreateNewPolicyVersion',
    actions: ['iam:CreatePolicyVersion'],
    how: 'write a new default version of a policy attached to yourself',
  },
  {
    name: 'SetExistingDefaultPolicyVersion',
    actions: ['iam:SetDefaultPolicyVersion'],
    how: 'switch a policy to an older, broader version',
  },
  {
    name: 'CreateAccessKey',
    actions: ['iam:CreateAccessKey'],
    how: 'create access keys for another (administrator) user',
  },
  {
    name: 'CreateLoginProfile',
    actions: ['iam:CreateLoginProfile'],
    how: 'give another user a console password and sign in as them',
  },
  {
    name: 'UpdateLoginProfile',
    actions: ['iam:UpdateLoginProfile'],
    how: "change another user's console password",
  },
  {
    name: 'AttachUserPolicy',
    actions: ['iam:AttachUserPolicy'],
    how: 'attach AdministratorAccess to yourself',
  },
  {
    name: 'AttachGroupPolicy',
    actions: ['iam:AttachGroupPolicy'],
    how: 'attach AdministratorAccess to your group',
  },
  {
    name: 'AttachRolePolicy',
    actions: ['iam:AttachRolePolicy', 'sts:AssumeRole'],
    how: 'attach AdministratorAccess to a role you can assume',
  },
  {
    name: 'PutUserPolicy',
    actions: ['iam:PutUserPolicy'],
    how: 'write an administrator inline policy for yourself',
  },
  {
    name: 'PutGroupPolicy',
    actions: ['iam:PutGroupPolicy'],
    how: 'write an administrator inline policy for your group',
  },
  {
    name: 'PutRolePolicy',
    actions: ['iam:PutRolePolicy', 'sts:AssumeRole'],
    how: 'write an administrator inline policy for a role you can assume',
  },
  {
    name: 'AddUserToGroup',
    actions: ['iam:AddUserToGroup'],
    how: 'add yourself to an administrators group',
  },
  {
    name: 'UpdateRolePolicyToAssumeIt',
    actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
    how: "rewrite a privileged role's trust policy to trust you, then assume it",
  },
  {
    name: 'CreateEC2WithExistingInstanceProfile',
    actions: ['iam:PassRole', 'ec2:RunInstances'],
    how: 'launch an instance with a privileged role and use its credentials',
  },
  {
    name: 'PassExistingRoleToNewLambdaThenInvoke',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    how: 'create a function that runs as a privileged role, then invoke it',
  },
  {
    name: 'PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    how: 'create a function that runs as a privileged role and trigger it from a DynamoDB stream',
  },
  {
    name: 'PassExistingRoleToNewGlueDevEndpoint',
    actions: ['iam:PassRole', 'glue:CreateDevEndpoint'],
    how: 'create a Glue development endpoint holding a privileged role and log in to it',
  },
  {
    name: 'UpdateExistingGlueDevEndpoint',
    actions: ['glue:UpdateDevEndpoint'],
    how: 'add your SSH key to an existing Glue endpoint and use its role',
  },
  {
    name: 'PassExistingRoleToCloudFormation',
    actions: ['iam:PassRole', 'cloudformation:CreateStack'],
    how: 'create a stack that acts with a privileged role',
  },
  {
    name: 'PassExistingRoleToNewDataPipeline',
    actions: ['iam:PassRole', 'datapipeline:CreatePipeline'],
    how: 'create a pipeline that runs commands as a privileged role',
  },
  {
    name: 'EditExistingLambdaFunctionWithRole',
    actions: ['lambda:UpdateFunctionCode'],
    how: 'replace the code of a function that has a privileged role',
  },
];

/** Where the policy allows an action (the Action entry or NotAction key), if it does. */
function grantOf(statements: StatementView[], action: string): Target | undefined {
  const denied = statements.some(
    (st) =>
      st.effect === 'Deny' &&
      !st.condition &&
      st.resource?.items.some((r) => r.value === '*') === true &&
      st.action?.items.some((i) => covers(i.value, action, true)) === true,
  );
  if (denied) return undefined;
  for (const st of statements) {
    if (st.effect !== 'Allow') continue;
    const item = st.action?.items.find((i) => covers(i.value, action, true));
    if (item) return valueOf(item.node);
    if (st.notAction && !st.notAction.items.some((i) => covers(i.value, action, true)))
      return keyOf(st.notAction.prop);
  }
  return undefined;
}

/** Reports the escalation methods an identity policy grants, grouped by where the key action is allowed. */
export function checkPrivilegeEscalation(ctx: LintContext): void {
  if (ctx.kind !== 'identity' || !ctx.policy) return;
  const statements = ctx.policy.statements;
  const admin = statements.some(
    (st) =>
      st.effect === 'Allow' &&
      st.action?.items.some((i) => i.value === '*' || i.value === '*:*') === true &&
      st.resource?.items.some((r) => r.value === '*') === true,
  );
  if (admin) return; // full administrator access is reported on its own
  const found: { method: Method; at: Target }[] = [];
  for (const method of METHODS) {
    const grants = method.actions.map((a) => grantOf(statements, a));
    const at = grants[0];
    if (at && grants.every((g) => g !== undefined)) found.push({ method, at });
  }
  const byPlace = new Map<string, { at: Target; methods: Method[] }>();
  for (const f of found) {
    const key = `${f.at.start}:${f.at.end}`;
    const entry = byPlace.get(key) ?? { at: f.at, methods: [] };
    entry.methods.push(f.method);
    byPlace.set(key, entry);
  }
  for (const { at, methods } of byPlace.values()) {
    const list = methods.map((m) => `${m.name} (${m.actions.join(' + ')}: ${m.how})`).join('; ');
    ctx.report(
      'PRIVILEGE_ESCALATION',
      at,
      `${methods.length === 1 ? 'A known privilege escalation path' : `${methods.length} known privilege escalation paths`}: ${list}`,
    );
  }
}
