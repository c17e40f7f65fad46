import type { LintCase } from './helpers';
import { ACCOUNT, allow, cond, deny, doc, manyArns, manyRoles } from './helpers';

const valid = doc(allow('s3:GetObject', 'arn:aws:s3:::example-bucket/*'));
const bucketPolicy = (Principal: unknown, extra: object = {}): unknown =>
  doc({
    Effect: 'Allow',
    Principal,
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::example-bucket/*',
    ...extra,
  });

/** Grammar checks: those the engine's parser reports, and the document-level ones. */
export const GRAMMAR_CASES: LintCase[] = [
  { code: 'JSON_SYNTAX_ERROR', trigger: '{"Version": "2012-10-17", "Statement": [}', miss: valid },
  {
    code: 'DUPLICATE_KEY',
    trigger:
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]}',
    miss: valid,
  },
  { code: 'DATA_TYPE_MISMATCH', trigger: doc(allow(5)), miss: valid },
  {
    code: 'INVALID_POLICY_ELEMENT',
    trigger: doc({ Effect: 'Allow', action: 's3:GetObject', Resource: '*' }),
    miss: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    fixes: true,
  },
  {
    code: 'INVALID_VERSION',
    trigger: { Version: '2020-01-01', Statement: [allow('s3:GetObject')] },
    miss: valid,
    fixes: true,
  },
  { code: 'MISSING_STATEMENT', trigger: { Version: '2012-10-17' }, miss: valid },
  {
    code: 'MISSING_EFFECT',
    trigger: doc({ Action: 's3:GetObject', Resource: '*' }),
    miss: doc({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }),
  },
  {
    code: 'INVALID_EFFECT',
    trigger: doc({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }),
    miss: valid,
    fixes: true,
  },
  {
    code: 'MISSING_ACTION',
    trigger: doc({ Effect: 'Allow', Resource: '*' }),
    miss: doc({ Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*' }),
  },
  {
    code: 'MISSING_RESOURCE',
    trigger: doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }),
    miss: doc({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    }),
    missKind: 'trust',
  },
  {
    code: 'MISSING_PRINCIPAL',
    kind: 'resource',
    trigger: doc(allow('s3:GetObject', 'arn:aws:s3:::example-bucket/*')),
    miss: bucketPolicy({ AWS: ACCOUNT }),
  },
  {
    code: 'UNSUPPORTED_PRINCIPAL',
    trigger: bucketPolicy({ AWS: ACCOUNT }),
    miss: bucketPolicy({ AWS: ACCOUNT }),
    missKind: 'resource',
    fixes: true,
  },
  {
    code: 'SCP_SYNTAX_ERROR_PRINCIPAL',
    kind: 'scp',
    trigger: doc(deny('s3:DeleteBucket', '*', { Principal: '*' })),
    miss: doc(deny('s3:DeleteBucket')),
    fixes: true,
  },
  {
    code: 'UNSUPPORTED_ELEMENT_COMBINATION',
    trigger: doc(allow('s3:GetObject', '*', { NotAction: 's3:PutObject' })),
    miss: valid,
  },
  {
    code: 'UNIQUE_SIDS_REQUIRED',
    trigger: doc(
      allow('s3:GetObject', '*', { Sid: 'A' }),
      allow('s3:PutObject', '*', { Sid: 'A' }),
    ),
    miss: doc(allow('s3:GetObject', '*', { Sid: 'A' }), allow('s3:PutObject', '*', { Sid: 'B' })),
  },
  {
    code: 'UNIQUE_SIDS_RECOMMENDED',
    kind: 'resource',
    trigger: doc(
      {
        Sid: 'A',
        Effect: 'Allow',
        Principal: { AWS: ACCOUNT },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
      },
      {
        Sid: 'A',
        Effect: 'Allow',
        Principal: { AWS: ACCOUNT },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::b/*',
      },
    ),
    miss: doc(
      {
        Sid: 'A',
        Effect: 'Allow',
        Principal: { AWS: ACCOUNT },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
      },
      {
        Sid: 'B',
        Effect: 'Allow',
        Principal: { AWS: ACCOUNT },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::b/*',
      },
    ),
  },
  {
    code: 'INVALID_PRINCIPAL_FORMAT',
    kind: 'resource',
    trigger: bucketPolicy(`arn:aws:iam::${ACCOUNT}:root`),
    miss: bucketPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
  },
  {
    code: 'INVALID_PRINCIPAL_KEY',
    kind: 'resource',
    trigger: bucketPolicy({ Aws: ACCOUNT }),
    miss: bucketPolicy({ AWS: ACCOUNT }),
  },
  {
    code: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
    kind: 'resource',
    trigger: bucketPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:user/*` }),
    miss: bucketPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }),
  },
  {
    code: 'RCP_SYNTAX_ERROR_ALLOW',
    kind: 'rcp',
    trigger: doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }),
    miss: doc({ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*' }),
  },
  {
    code: 'RCP_SYNTAX_ERROR_PRINCIPAL',
    kind: 'rcp',
    trigger: doc({
      Effect: 'Deny',
      Principal: { AWS: ACCOUNT },
      Action: 's3:GetObject',
      Resource: '*',
    }),
    miss: doc({ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*' }),
  },
  {
    code: 'MISSING_VERSION',
    trigger: { Statement: [allow('s3:GetObject')] },
    miss: valid,
    fixes: true,
  },
  {
    code: 'OLD_VERSION',
    trigger: { Version: '2008-10-17', Statement: [allow('s3:GetObject')] },
    miss: valid,
    fixes: true,
  },
  {
    code: 'EMPTY_SID_VALUE',
    trigger: doc(allow('s3:GetObject', '*', { Sid: '' })),
    miss: doc(allow('s3:GetObject', '*', { Sid: 'Read' })),
    fixes: true,
  },
  {
    code: 'UNSUPPORTED_SID',
    trigger: doc(allow('s3:GetObject', 'arn:aws:s3:::b/*', { Sid: 'Allow reads' })),
    miss: doc({
      Sid: 'Allow reads',
      Effect: 'Allow',
      Principal: { AWS: ACCOUNT },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    }),
    missKind: 'resource',
    fixes: true,
  },
  { code: 'EMPTY_ARRAY_ACTION', trigger: doc(allow([])), miss: doc(allow(['s3:GetObject'])) },
  { code: 'EMPTY_ARRAY_RESOURCE', trigger: doc(allow('s3:GetObject', [])), miss: valid },
  {
    code: 'EMPTY_ARRAY_PRINCIPAL',
    kind: 'resource',
    trigger: bucketPolicy({ AWS: [], Service: 'cloudtrail.amazonaws.com' }),
    miss: bucketPolicy({ AWS: [ACCOUNT] }),
    fixes: true,
  },
  {
    code: 'EMPTY_OBJECT_PRINCIPAL',
    kind: 'resource',
    trigger: bucketPolicy({}),
    miss: bucketPolicy({ AWS: ACCOUNT }),
  },
  {
    code: 'EMPTY_OBJECT_CONDITION',
    trigger: doc(allow('s3:GetObject', '*', cond({}))),
    miss: doc(allow('s3:GetObject', '*', cond({ Bool: { 'aws:SecureTransport': 'true' } }))),
    fixes: true,
  },
  {
    code: 'REDUNDANT_STATEMENT',
    trigger: doc(
      allow('s3:GetObject', '*', { Sid: 'A' }),
      allow('s3:GetObject', '*', { Sid: 'B' }),
    ),
    miss: doc(allow('s3:GetObject', '*', { Sid: 'A' }), allow('s3:PutObject', '*', { Sid: 'B' })),
    fixes: true,
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
    trigger: doc(allow('s3:GetObject', manyArns(250))),
    miss: doc(allow('s3:GetObject', manyArns(100))),
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_TRUST_POLICY_QUOTA',
    kind: 'trust',
    trigger: doc({ Effect: 'Allow', Principal: { AWS: manyRoles(80) }, Action: 'sts:AssumeRole' }),
    miss: doc({ Effect: 'Allow', Principal: { AWS: manyRoles(20) }, Action: 'sts:AssumeRole' }),
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_SESSION_POLICY_QUOTA',
    kind: 'session',
    trigger: doc(allow('s3:GetObject', manyArns(80))),
    miss: doc(allow('s3:GetObject', manyArns(20))),
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA',
    kind: 'resource',
    trigger: bucketPolicy({ AWS: ACCOUNT }, { Resource: manyArns(700) }),
    miss: bucketPolicy({ AWS: ACCOUNT }, { Resource: manyArns(100) }),
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA',
    kind: 'scp',
    trigger: doc(deny('s3:DeleteObject', manyArns(150))),
    miss: doc(deny('s3:DeleteObject', manyArns(50))),
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA',
    kind: 'rcp',
    trigger: doc({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:DeleteObject',
      Resource: manyArns(150),
    }),
    miss: doc({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:DeleteObject',
      Resource: manyArns(50),
    }),
  },
];
