/**
 * A few AWS managed policies as data. They are SIMPLIFIED COPIES written for the sandbox, not
 * AWS's current documents (the real ones list many more actions and change over time).
 */
export interface AwsManagedPolicy {
  name: string;
  arn: string;
  description: string;
  document: string;
}

const doc = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

const make = (name: string, description: string, statements: unknown[], path = '') => ({
  name,
  arn: `arn:aws:iam::aws:policy/${path}${name}`,
  description: `${description} (simplified copy for the sandbox)`,
  document: doc(statements),
});

/** Simplified AWS managed policies, attachable to users, groups, roles and permission sets. */
export const awsManagedPolicies: readonly AwsManagedPolicy[] = [
  make('AdministratorAccess', 'Full access to every AWS service and resource', [
    { Effect: 'Allow', Action: '*', Resource: '*' },
  ]),
  make('PowerUserAccess', 'Full access except managing IAM users, groups and Organizations', [
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: [
        'iam:CreateServiceLinkedRole',
        'iam:ListRoles',
        'organizations:DescribeOrganization',
      ],
      Resource: '*',
    },
  ]),
  make('ReadOnlyAccess', 'Read-only access to every service (List*, Get*, Describe*)', [
    {
      Effect: 'Allow',
      Action: ['*:Get*', '*:List*', '*:Describe*', 's3:Head*', 'sqs:Receive*'],
      Resource: '*',
    },
  ]),
  make(
    'ViewOnlyAccess',
    'Lists and describes resources but does not read their data',
    [{ Effect: 'Allow', Action: ['*:List*', '*:Describe*'], Resource: '*' }],
    'job-function/',
  ),
  make('IAMFullAccess', 'Full access to IAM', [
    { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
  ]),
  make('IAMReadOnlyAccess', 'Read-only access to IAM', [
    {
      Effect: 'Allow',
      Action: ['iam:Get*', 'iam:List*', 'iam:GenerateCredentialReport'],
      Resource: '*',
    },
  ]),
  make('AmazonS3FullAccess', 'Full access to every S3 bucket', [
    { Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' },
  ]),
  make('AmazonS3ReadOnlyAccess', 'Read-only access to every S3 bucket', [
    { Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' },
  ]),
  make('AmazonSQSFullAccess', 'Full access to SQS', [
    { Effect: 'Allow', Action: 'sqs:*', Resource: '*' },
  ]),
  make('SecurityAudit', 'Reads security configuration metadata', [
    {
      Effect: 'Allow',
      Action: [
        'iam:Get*',
        'iam:List*',
        's3:GetBucketPolicy',
        'kms:GetKeyPolicy',
        'kms:Describe*',
        'organizations:List*',
        'organizations:Describe*',
      ],
      Resource: '*',
    },
  ]),
];

/** The simplified AWS managed policy with this ARN, if any. */
export function awsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  return awsManagedPolicies.find((p) => p.arn === arn);
}

/** The AWS managed SCP attached everywhere when SCPs are enabled. */
export const fullAwsAccessDocument = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
