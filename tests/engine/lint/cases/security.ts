import type { LintCase } from './helpers';
import { ACCOUNT, ROLE, allow, cond, deny, doc } from './helpers';

const SLR = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;
const github = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const trust = (Principal: unknown, Action: string, extra: object = {}): unknown =>
  doc({ Effect: 'Allow', Principal, Action, ...extra });
const bucket = (statements: object[]): unknown =>
  doc(
    {
      Sid: 'Read',
      Effect: 'Allow',
      Principal: { AWS: ACCOUNT },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::example-bucket/*',
    },
    ...statements,
  );
const TLS = {
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

/** Pass role, service-linked roles, broad grants, privilege escalation, trust policies. */
export const SECURITY_CASES: LintCase[] = [
  {
    code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    trigger: doc(allow('iam:PassRole')),
    miss: doc(allow('iam:PassRole', ROLE)),
  },
  {
    code: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
    trigger: doc(allow('iam:Pass*')),
    miss: doc(allow('iam:Pass*', ROLE)),
  },
  {
    code: 'PASS_ROLE_WITH_NOT_RESOURCE',
    trigger: doc({ Effect: 'Allow', Action: 'iam:PassRole', NotResource: ROLE }),
    miss: doc(allow('iam:PassRole', ROLE)),
  },
  {
    code: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
    trigger: doc({ Effect: 'Allow', Action: 'iam:Pass*', NotResource: ROLE }),
    miss: doc({ Effect: 'Allow', Action: 'iam:Get*', NotResource: ROLE }),
  },
  {
    code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
    trigger: doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }),
    miss: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
  },
  {
    code: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE',
    trigger: doc({
      Effect: 'Allow',
      NotAction: 's3:*',
      NotResource: 'arn:aws:s3:::example-bucket',
    }),
    miss: doc({ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::example-bucket' }),
  },
  {
    code: 'CREATE_SLR_WITH_STAR_IN_RESOURCE',
    trigger: doc(allow('iam:CreateServiceLinkedRole')),
    miss: doc(allow('iam:CreateServiceLinkedRole', SLR)),
  },
  {
    code: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
    trigger: doc(allow('iam:CreateService*')),
    miss: doc(allow('iam:CreateService*', SLR)),
  },
  {
    code: 'CREATE_SLR_WITH_NOT_RESOURCE',
    trigger: doc({ Effect: 'Allow', Action: 'iam:CreateServiceLinkedRole', NotResource: SLR }),
    miss: doc(allow('iam:CreateServiceLinkedRole', SLR)),
  },
  {
    code: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
    trigger: doc({ Effect: 'Allow', Action: 'iam:CreateService*', NotResource: SLR }),
    miss: doc(allow('iam:CreateService*', SLR)),
  },
  {
    code: 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
    trigger: doc({ Effect: 'Allow', NotAction: 'ec2:*', Resource: '*' }),
    miss: doc({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' }),
  },
  {
    code: 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE',
    trigger: doc({ Effect: 'Allow', NotAction: 'ec2:*', NotResource: SLR }),
    miss: doc({ Effect: 'Allow', NotAction: 'iam:*', NotResource: SLR }),
  },
  {
    code: 'WILDCARD_ADMIN_ACCESS',
    trigger: doc(allow('*')),
    miss: doc(allow('*', '*', cond({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }))),
  },
  {
    code: 'ALLOW_WITH_NOT_ACTION',
    trigger: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    miss: doc({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }),
  },
  {
    code: 'ALLOW_WITH_NOT_RESOURCE',
    trigger: doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }),
    miss: doc({ Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }),
  },
  {
    code: 'ALLOW_WITH_NOT_PRINCIPAL',
    kind: 'resource',
    trigger: doc({
      Effect: 'Allow',
      NotPrincipal: { AWS: ACCOUNT },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    }),
    miss: doc({
      Effect: 'Deny',
      NotPrincipal: { AWS: ACCOUNT },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    }),
  },
  {
    code: 'MISSING_PAIRED_CONDITION_KEYS',
    trigger: doc(
      allow(
        's3:GetObject',
        'arn:aws:s3:::b/*',
        cond({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }),
      ),
    ),
    miss: doc(
      allow(
        's3:GetObject',
        'arn:aws:s3:::b/*',
        cond({
          IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' },
          StringEquals: { 'aws:SourceVpc': 'vpc-1' },
        }),
      ),
    ),
  },
  {
    code: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    trigger: doc(
      deny('s3:ListAllMyBuckets', '*', cond({ StringEquals: { 'aws:ResourceTag/env': 'prod' } })),
    ),
    miss: doc(
      deny(
        'ec2:TerminateInstances',
        '*',
        cond({ StringEquals: { 'aws:ResourceTag/env': 'prod' } }),
      ),
    ),
  },
  {
    code: 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    trigger: doc({
      Effect: 'Deny',
      NotAction: 'iam:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } },
    }),
    miss: doc({
      Effect: 'Deny',
      NotAction: 'iam:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    }),
  },
  {
    code: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    trigger: doc(
      allow('s3:ListAllMyBuckets', '*', cond({ StringEquals: { 'aws:ResourceTag/env': 'dev' } })),
    ),
    miss: doc(
      allow('ec2:StartInstances', '*', cond({ StringEquals: { 'aws:ResourceTag/env': 'dev' } })),
    ),
  },
  {
    code: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    trigger: doc({
      Effect: 'Allow',
      NotAction: 'iam:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/env': 'dev' } },
    }),
    miss: doc({
      Effect: 'Allow',
      Action: 'ec2:StartInstances',
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/env': 'dev' } },
    }),
  },
  {
    code: 'BAD_PATTERN_FOR_MFA',
    trigger: doc(deny('*', '*', cond({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } }))),
    miss: doc(deny('*', '*', cond({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }))),
    fixes: true,
  },
  {
    code: 'SENSITIVE_ACTIONS_WITHOUT_MFA',
    trigger: doc(allow('iam:AttachUserPolicy', `arn:aws:iam::${ACCOUNT}:user/intern`)),
    miss: doc(
      allow(
        'iam:AttachUserPolicy',
        `arn:aws:iam::${ACCOUNT}:user/intern`,
        cond({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      ),
    ),
  },
  {
    code: 'PRIVILEGE_ESCALATION',
    trigger: doc(allow('iam:CreatePolicyVersion')),
    miss: doc(allow('iam:GetPolicyVersion')),
  },
  {
    code: 'TRUST_POLICY_ALLOWS_ANYONE',
    kind: 'trust',
    trigger: trust('*', 'sts:AssumeRole'),
    miss: trust(
      '*',
      'sts:AssumeRole',
      cond({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
    ),
  },
  {
    code: 'RESOURCE_POLICY_ALLOWS_ANYONE',
    kind: 'resource',
    trigger: doc({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    }),
    miss: doc({
      Effect: 'Allow',
      Principal: { AWS: ACCOUNT },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    }),
  },
  {
    code: 'MISSING_EXTERNAL_ID',
    kind: 'trust',
    trigger: trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, 'sts:AssumeRole'),
    miss: trust(
      { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      'sts:AssumeRole',
      cond({ StringEquals: { 'sts:ExternalId': 'f3a9c2' } }),
    ),
  },
  {
    code: 'MISSING_GITHUB_REPO_CONDITION_KEY',
    kind: 'trust',
    trigger: trust(
      { Federated: github },
      'sts:AssumeRoleWithWebIdentity',
      cond({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
    ),
    miss: trust(
      { Federated: github },
      'sts:AssumeRoleWithWebIdentity',
      cond({
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/my-repo:*' },
      }),
    ),
  },
  {
    code: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
    kind: 'trust',
    trigger: trust({ Federated: 'accounts.google.com' }, 'sts:AssumeRoleWithWebIdentity'),
    miss: trust(
      { Federated: 'accounts.google.com' },
      'sts:AssumeRoleWithWebIdentity',
      cond({ StringEquals: { 'accounts.google.com:aud': 'my-app.apps.googleusercontent.com' } }),
    ),
  },
  {
    code: 'MISSING_SECURE_TRANSPORT',
    kind: 'resource',
    trigger: bucket([]),
    miss: bucket([TLS]),
    fixes: true,
  },
];
