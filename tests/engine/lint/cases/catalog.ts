import type { LintCase } from './helpers';
import { ACCOUNT, allow, cond, doc } from './helpers';

const s3 = (Action: unknown, Resource: unknown = 'arn:aws:s3:::example-bucket/*'): unknown =>
  doc(allow(Action, Resource));
const withCondition = (Condition: object, Action: unknown = 's3:GetObject'): unknown =>
  doc(allow(Action, 'arn:aws:s3:::example-bucket/*', cond(Condition)));
const trust = (Action: unknown): unknown =>
  doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action });

/** Checks that need the catalog: actions, ARNs, condition keys and values, variables. */
export const CATALOG_CASES: LintCase[] = [
  { code: 'INVALID_ACTION', trigger: s3('s3:GetObjekt'), miss: s3('s3:GetObject'), fixes: true },
  {
    code: 'INVALID_SERVICE_IN_ACTION',
    trigger: s3('s4:GetObject'),
    miss: s3('s3:GetObject'),
    fixes: true,
  },
  { code: 'WILDCARD_IN_SERVICE_NAME', trigger: s3('s*:GetObject'), miss: s3('s3:Get*') },
  {
    code: 'REDUNDANT_ACTION',
    trigger: s3(['s3:Get*', 's3:GetObject']),
    miss: s3(['s3:Get*', 's3:PutObject']),
    fixes: true,
  },
  {
    code: 'UNSUPPORTED_ACTION_IN_POLICY',
    kind: 'trust',
    trigger: trust('s3:GetObject'),
    miss: trust('sts:AssumeRole'),
  },
  {
    code: 'INVALID_ARN_PREFIX',
    trigger: s3('s3:GetObject', 's3:::example-bucket/*'),
    miss: s3('s3:GetObject'),
  },
  {
    code: 'MISSING_ARN_FIELD',
    trigger: s3('s3:GetObject', 'arn:aws:s3:example-bucket'),
    miss: s3('s3:GetObject'),
  },
  {
    code: 'INVALID_PARTITION',
    trigger: s3('s3:GetObject', 'arn:aws-cm:s3:::example-bucket/*'),
    miss: s3('s3:GetObject', 'arn:aws-cn:s3:::example-bucket/*'),
    fixes: true,
  },
  {
    code: 'INVALID_ARN_SERVICE_CASE',
    trigger: s3('s3:GetObject', 'arn:aws:S3:::example-bucket/*'),
    miss: s3('s3:GetObject'),
    fixes: true,
  },
  {
    code: 'INVALID_SERVICE',
    trigger: s3('s3:GetObject', 'arn:aws:s4:::example-bucket/*'),
    miss: s3('s3:GetObject'),
  },
  {
    code: 'INVALID_ARN_ACCOUNT',
    trigger: doc(allow('iam:GetRole', 'arn:aws:iam::12345:role/app')),
    miss: doc(allow('iam:GetRole', `arn:aws:iam::${ACCOUNT}:role/app`)),
  },
  {
    code: 'ARN_REGION_NOT_ALLOWED',
    trigger: s3('s3:GetObject', 'arn:aws:s3:us-east-1::example-bucket/*'),
    miss: s3('s3:GetObject', 'arn:aws:s3:*::example-bucket/*'),
    fixes: true,
  },
  {
    code: 'ARN_ACCOUNT_NOT_ALLOWED',
    trigger: s3('s3:GetObject', `arn:aws:s3::${ACCOUNT}:example-bucket/*`),
    miss: s3('s3:GetObject'),
    fixes: true,
  },
  {
    code: 'MISSING_ARN_REGION',
    trigger: doc(allow('lambda:InvokeFunction', `arn:aws:lambda::${ACCOUNT}:function:hello`)),
    miss: doc(allow('lambda:InvokeFunction', `arn:aws:lambda:*:${ACCOUNT}:function:hello`)),
  },
  {
    code: 'INVALID_ARN_RESOURCE',
    trigger: doc(allow('iam:GetRole', `arn:aws:iam::${ACCOUNT}:banana/app`)),
    miss: doc(allow('iam:GetRole', `arn:aws:iam::${ACCOUNT}:role/app`)),
  },
  {
    code: 'REDUNDANT_RESOURCE',
    trigger: s3('s3:GetObject', [
      'arn:aws:s3:::example-bucket/*',
      'arn:aws:s3:::example-bucket/report.csv',
    ]),
    miss: s3('s3:GetObject', [
      'arn:aws:s3:::example-bucket/*',
      'arn:aws:s3:::other-bucket/report.csv',
    ]),
    fixes: true,
  },
  {
    code: 'RESOURCE_MISMATCH',
    trigger: s3('s3:GetObject', 'arn:aws:s3:::example-bucket'),
    miss: s3(
      ['s3:GetObject', 's3:ListBucket'],
      ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'],
    ),
  },
  {
    code: 'INVALID_CONDITION_OPERATOR',
    trigger: withCondition({ stringequals: { 'aws:PrincipalTag/team': 'dev' } }),
    miss: withCondition({ StringEquals: { 'aws:PrincipalTag/team': 'dev' } }),
    fixes: true,
  },
  {
    code: 'NULL_WITH_IF_EXISTS',
    trigger: withCondition({ NullIfExists: { 'aws:PrincipalTag/team': 'true' } }),
    miss: withCondition({ Null: { 'aws:PrincipalTag/team': 'true' } }),
    fixes: true,
  },
  {
    code: 'NULL_WITH_QUALIFIER',
    trigger: withCondition({ 'ForAllValues:Null': { 'aws:TagKeys': 'true' } }),
    miss: withCondition({ Null: { 'aws:TagKeys': 'true' } }),
    fixes: true,
  },
  {
    code: 'INVALID_CONDITION_KEY_FORMAT',
    trigger: withCondition({ StringEquals: { SourceVpc: 'vpc-1' } }),
    miss: withCondition({ StringEquals: { 'aws:SourceVpc': 'vpc-1' } }),
  },
  {
    code: 'INVALID_GLOBAL_CONDITION_KEY',
    trigger: withCondition({ StringEquals: { 'aws:SourceVpcId': 'vpc-1' } }),
    miss: withCondition({ StringEquals: { 'aws:SourceVpc': 'vpc-1' } }),
    fixes: true,
  },
  {
    code: 'INVALID_SERVICE_CONDITION_KEY',
    trigger: doc(
      allow(
        's3:ListBucket',
        'arn:aws:s3:::example-bucket',
        cond({ StringLike: { 's3:prefixes': 'home/' } }),
      ),
    ),
    miss: doc(
      allow(
        's3:ListBucket',
        'arn:aws:s3:::example-bucket',
        cond({ StringLike: { 's3:prefix': 'home/' } }),
      ),
    ),
    fixes: true,
  },
  {
    code: 'MISSING_TAG_KEY_IN_CONDITION',
    trigger: withCondition({ StringEquals: { 'aws:ResourceTag': 'dev' } }),
    miss: withCondition({ StringEquals: { 'aws:ResourceTag/team': 'dev' } }),
  },
  {
    code: 'DEPRECATED_GLOBAL_CONDITION_KEY',
    trigger: withCondition({ ArnEquals: { 'aws:ARN': `arn:aws:iam::${ACCOUNT}:role/app` } }),
    miss: withCondition({ ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app` } }),
  },
  {
    code: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
    trigger: withCondition({
      StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:principaltag/team': 'b' },
    }),
    miss: withCondition({
      StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:PrincipalTag/unit': 'b' },
    }),
  },
  {
    code: 'TYPE_MISMATCH',
    trigger: withCondition({ StringEquals: { 'aws:CurrentTime': '2026-01-01' } }),
    miss: withCondition({ DateLessThan: { 'aws:CurrentTime': '2026-01-01' } }),
    fixes: true,
  },
  {
    code: 'MISSING_QUALIFIER',
    trigger: withCondition({ StringEquals: { 'aws:TagKeys': 'team' } }),
    miss: withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } }),
  },
  {
    code: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
    trigger: withCondition({ 'ForAllValues:StringEquals': { 'aws:PrincipalTag/team': 'dev' } }),
    miss: withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } }),
    fixes: true,
  },
  {
    code: 'FORANYVALUE_WITH_SINGLE_VALUED_KEY',
    trigger: withCondition({ 'ForAnyValue:StringEquals': { 'aws:RequestedRegion': 'eu-west-1' } }),
    miss: withCondition({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } }),
    fixes: true,
  },
  {
    code: 'IRRELEVANT_CONDITION_KEY_IN_POLICY',
    trigger: doc(
      allow('ec2:DescribeInstances', '*', cond({ StringLike: { 's3:prefix': 'home/' } })),
    ),
    miss: doc(
      allow(
        's3:ListBucket',
        'arn:aws:s3:::example-bucket',
        cond({ StringLike: { 's3:prefix': 'home/' } }),
      ),
    ),
  },
  {
    code: 'TYPE_MISMATCH_DATE',
    trigger: withCondition({ DateLessThan: { 'aws:CurrentTime': 'tomorrow' } }),
    miss: withCondition({ DateLessThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } }),
  },
  {
    code: 'TYPE_MISMATCH_NUMBER',
    trigger: withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': 'one hour' } }),
    miss: withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }),
  },
  {
    code: 'TYPE_MISMATCH_BOOLEAN',
    trigger: withCondition({ Bool: { 'aws:SecureTransport': 'yes' } }),
    miss: withCondition({ Bool: { 'aws:SecureTransport': 'true' } }),
  },
  {
    code: 'TYPE_MISMATCH_IP_RANGE',
    trigger: withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/33' } }),
    miss: withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
  },
  {
    code: 'TYPE_MISMATCH_STRING',
    trigger: withCondition({ BinaryEquals: { 'aws:UserAgent': 'not base64!' } }),
    miss: withCondition({ BinaryEquals: { 'aws:UserAgent': 'QmluYXJ5VmFsdWU=' } }),
  },
  {
    code: 'INVALID_DATE_VALUE',
    trigger: withCondition({ DateGreaterThan: { 'aws:CurrentTime': '1700000000' } }),
    miss: withCondition({ DateGreaterThan: { 'aws:CurrentTime': '2023-11-14T22:13:20Z' } }),
  },
  {
    code: 'INVALID_CONDITION_MULTIPLE_BOOLEAN',
    trigger: withCondition({ Bool: { 'aws:SecureTransport': ['true', 'false'] } }),
    miss: withCondition({ Bool: { 'aws:SecureTransport': ['true'] } }),
  },
  {
    code: 'WILDCARD_WITHOUT_LIKE_OPERATOR',
    trigger: withCondition({ StringEquals: { 'aws:PrincipalTag/team': 'dev*' } }),
    miss: withCondition({ StringLike: { 'aws:PrincipalTag/team': 'dev*' } }),
    fixes: true,
  },
  {
    code: 'EMPTY_ARRAY_CONDITION',
    trigger: withCondition({ StringEquals: { 'aws:PrincipalTag/team': [] } }),
    miss: withCondition({ StringEquals: { 'aws:PrincipalTag/team': ['dev'] } }),
  },
  {
    code: 'EMPTY_ARRAY_CONDITION_FORALLVALUES',
    trigger: withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': [] } }),
    miss: withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }),
  },
  {
    code: 'EMPTY_ARRAY_CONDITION_FORANYVALUE',
    trigger: withCondition({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': [] } }),
    miss: withCondition({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } }),
  },
  {
    code: 'EMPTY_ARRAY_CONDITION_IFEXISTS',
    trigger: withCondition({ StringEqualsIfExists: { 'aws:PrincipalTag/team': [] } }),
    miss: withCondition({ StringEqualsIfExists: { 'aws:PrincipalTag/team': ['dev'] } }),
  },
  {
    code: 'IMPROVE_IP_RANGE',
    trigger: withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.7/24' } }),
    miss: withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
    fixes: true,
  },
  {
    code: 'PRIVATE_IP_ADDRESS',
    trigger: withCondition({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.1.0/24'] } }),
    miss: withCondition({
      IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8', 'aws:SourceVpc': 'vpc-1' },
    }),
  },
  {
    code: 'PRIVATE_NOT_IP_ADDRESS',
    trigger: withCondition({ NotIpAddress: { 'aws:SourceIp': '172.16.0.0/12' } }),
    miss: withCondition({ NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }),
  },
  {
    code: 'PRIVATE_IP_ADDRESS_SUBSET',
    trigger: withCondition({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } }),
    miss: withCondition({ IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '203.0.113.0/24'] } }),
  },
  {
    code: 'PRIVATE_NOT_IP_ADDRESS_SUBSET',
    trigger: withCondition({ NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } }),
    miss: withCondition({ NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }),
  },
  {
    code: 'REDUNDANT_CONDITION_VALUE_NUM',
    trigger: withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': ['2700', '3600'] } }),
    miss: withCondition({ NumericEquals: { 'aws:MultiFactorAuthAge': ['2700', '3600'] } }),
    fixes: true,
  },
  {
    code: 'VARIABLE_UNSUPPORTED_IN_VERSION',
    trigger: {
      Statement: [allow('s3:GetObject', 'arn:aws:s3:::example-bucket/${aws:username}/*')],
    },
    miss: s3('s3:GetObject', 'arn:aws:s3:::example-bucket/${aws:username}/*'),
    fixes: true,
  },
  {
    code: 'VARIABLE_UNSUPPORTED_IN_ELEMENT',
    trigger: doc(allow('iam:${aws:username}', `arn:aws:iam::${ACCOUNT}:user/alice`)),
    miss: doc(allow('iam:GetUser', `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`)),
  },
  {
    code: 'INVALID_VARIABLE_FOR_OPERATOR',
    trigger: withCondition({
      NumericLessThan: { 'aws:MultiFactorAuthAge': '${aws:PrincipalTag/maxage}' },
    }),
    miss: withCondition({ StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } }),
  },
  {
    code: 'EMPTY_VARIABLE',
    trigger: s3('s3:GetObject', 'arn:aws:s3:::example-bucket/${}/*'),
    miss: s3('s3:GetObject', 'arn:aws:s3:::example-bucket/${aws:username}/*'),
  },
  {
    code: 'MISSING_BRACE_IN_VARIABLE',
    trigger: s3('s3:GetObject', 'arn:aws:s3:::example-bucket/${aws:username/*'),
    miss: s3('s3:GetObject', 'arn:aws:s3:::example-bucket/${aws:username}/*'),
  },
];
