// The sandbox organization `npm run bench:ui` types into: three accounts under nested OUs,
// 50 policy documents (customer managed, inline, trust, resource, SCPs and RCPs), and alice,
// the first user of the first account with resources (so the request builder starts with
// her), in three groups with a boundary. Her first request (s3:GetObject on dev-app-data)
// is evaluated against 39 attached policies (22 identity, the boundary, 9 SCPs and 6 RCPs
// on the path from the root, the bucket policy).

const MGMT = '111111111111';
const DEV = '222222222222';
const PROD = '333333333333';
const root = 'r-a1b2';
const workloads = 'ou-a1b2-workloads';
const devOu = 'ou-a1b2-dev';
const prodOu = 'ou-a1b2-prod';
const everywhere = [root, workloads, devOu, prodOu, MGMT, DEV, PROD];

const doc = (...Statement) => ({ Version: '2012-10-17', Statement });
const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const rcpAllowAll = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });

/** Each generated policy grants one service's actions, with a tag-scoped second statement. */
const services = [
  ['s3', ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], (n) => `arn:aws:s3:::team-${n}/*`],
  [
    'dynamodb',
    ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
    (n) => `arn:aws:dynamodb:eu-west-1:${DEV}:table/orders-${n}`,
  ],
  [
    'sqs',
    ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage'],
    (n) => `arn:aws:sqs:eu-west-1:${DEV}:jobs-${n}`,
  ],
  [
    'lambda',
    ['lambda:InvokeFunction', 'lambda:GetFunction'],
    (n) => `arn:aws:lambda:eu-west-1:${DEV}:function:worker-${n}`,
  ],
  [
    'logs',
    ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:GetLogEvents'],
    (n) => `arn:aws:logs:eu-west-1:${DEV}:log-group:/app/${n}:*`,
  ],
  [
    'secretsmanager',
    ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
    (n) => `arn:aws:secretsmanager:eu-west-1:${DEV}:secret:app-${n}-*`,
  ],
];

function teamPolicy(i) {
  const [svc, actions, arn] = services[i % services.length];
  const n = String(i).padStart(2, '0');
  const statements = [
    { Sid: `Use${svc.replace(/\W/g, '')}${n}`, Effect: 'Allow', Action: actions, Resource: arn(n) },
    {
      Sid: `TaggedOnly${n}`,
      Effect: 'Allow',
      Action: actions.slice(0, 2),
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' },
        Bool: { 'aws:SecureTransport': 'true' },
      },
    },
  ];
  if (i % 3 === 0)
    statements.push({
      Sid: `NoDeletes${n}`,
      Effect: 'Deny',
      Action: [`${svc}:Delete*`],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
  return managed(`Team${n}`, doc(...statements));
}

const managed = (name, document) => ({
  name,
  defaultVersion: 'v1',
  versions: [{ id: 'v1', document }],
});
const trust = (principal, extra = {}) =>
  doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra });
const orgPolicy = (kind, name, targets, document, awsManaged = false) => ({
  id: `p-${name}`,
  kind,
  name,
  awsManaged,
  document,
  targets,
});

const appData = managed(
  'AppData',
  doc(
    {
      Sid: 'ReadWriteAppData',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::dev-app-data/*',
    },
    {
      Sid: 'ListAppData',
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::dev-app-data',
    },
  ),
);
const boundary = managed(
  'DevBoundary',
  doc(
    { Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' },
    {
      Sid: 'NoIamChanges',
      Effect: 'Deny',
      Action: ['iam:Create*', 'iam:Put*', 'iam:Attach*'],
      Resource: '*',
    },
  ),
);
const inline = (name, action, resource) => ({
  name,
  document: doc({
    Sid: name.replace(/\W/g, ''),
    Effect: 'Allow',
    Action: action,
    Resource: resource,
  }),
});
const team = (from, to) =>
  Array.from({ length: to - from + 1 }, (_, k) => `Team${String(from + k).padStart(2, '0')}`);

/** The organization, in the sandbox's JSON format (documents as objects become text). */
export const benchOrganization = {
  format: 'least-privilege-sandbox',
  version: 1,
  name: 'Bench corp (50 policies)',
  managementAccountId: MGMT,
  ous: [
    { id: workloads, name: 'Workloads', parentId: root },
    { id: devOu, name: 'Dev', parentId: workloads },
    { id: prodOu, name: 'Prod', parentId: workloads },
  ],
  orgPolicies: [
    orgPolicy('scp', 'FullAWSAccess', everywhere, allowAll, true),
    orgPolicy(
      'scp',
      'DenyLeaveOrg',
      [root],
      doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
    ),
    orgPolicy(
      'scp',
      'RegionGuard',
      [workloads],
      doc({
        Sid: 'DenyOutsideEuWest1',
        Effect: 'Deny',
        NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
      }),
    ),
    orgPolicy(
      'scp',
      'ProtectSecurityTooling',
      [workloads],
      doc({
        Effect: 'Deny',
        Action: [
          'cloudtrail:StopLogging',
          'cloudtrail:DeleteTrail',
          'guardduty:Delete*',
          'config:Delete*',
        ],
        Resource: '*',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/SecurityAdmin' } },
      }),
    ),
    orgPolicy(
      'scp',
      'DenyRootUser',
      [workloads],
      doc({
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
      }),
    ),
    orgPolicy(
      'scp',
      'DevLimits',
      [devOu],
      doc({
        Effect: 'Deny',
        Action: ['ec2:PurchaseReservedInstancesOffering', 'savingsplans:*', 'route53domains:*'],
        Resource: '*',
      }),
    ),
    orgPolicy('rcp', 'RCPFullAWSAccess', everywhere, rcpAllowAll, true),
    orgPolicy(
      'rcp',
      'EnforceTLS',
      [root],
      doc({
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:*'],
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
      }),
    ),
    orgPolicy(
      'rcp',
      'OrgPrincipalsOnly',
      [workloads],
      doc({
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*'],
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
        },
      }),
    ),
  ],
  accounts: [
    {
      id: MGMT,
      name: 'Management',
      parentId: root,
      users: [
        { name: 'ops-admin', managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
      ],
    },
    {
      id: DEV,
      name: 'Development',
      parentId: devOu,
      users: [
        {
          name: 'alice',
          groups: ['Developers', 'DataReaders', 'OnCall'],
          managedPolicies: team(18, 20),
          inlinePolicies: [
            inline('alice-scratch', ['s3:GetObject'], 'arn:aws:s3:::scratch-alice/*'),
            inline('alice-tickets', ['sqs:SendMessage'], `arn:aws:sqs:eu-west-1:${DEV}:tickets`),
          ],
          boundary: 'DevBoundary',
          tags: [{ key: 'team', value: 'orders' }],
        },
        {
          name: 'bob',
          groups: ['Auditors'],
          managedPolicies: ['Team21'],
          tags: [{ key: 'team', value: 'billing' }],
        },
      ],
      groups: [
        {
          name: 'Developers',
          managedPolicies: ['AppData', ...team(1, 5)],
          inlinePolicies: [inline('dev-logs', ['logs:GetLogEvents'], '*')],
        },
        { name: 'DataReaders', managedPolicies: team(6, 10) },
        {
          name: 'OnCall',
          managedPolicies: team(11, 14),
          inlinePolicies: [inline('oncall-alarms', ['cloudwatch:DescribeAlarms'], '*')],
        },
        { name: 'Auditors', managedPolicies: team(15, 17) },
      ],
      roles: [
        {
          name: 'OrdersFunctionRole',
          trustPolicy: trust({ Service: 'lambda.amazonaws.com' }),
          managedPolicies: ['Team22'],
          inlinePolicies: [
            inline(
              'ReadOrders',
              ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
              `arn:aws:sqs:eu-west-1:${DEV}:orders`,
            ),
          ],
        },
        {
          name: 'DeployRole',
          trustPolicy: trust(
            { AWS: `arn:aws:iam::${DEV}:root` },
            { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
          ),
          managedPolicies: ['AppData', 'Team01'],
        },
        {
          name: 'AuditRole',
          trustPolicy: trust({ AWS: `arn:aws:iam::${MGMT}:root` }),
          managedPolicies: ['arn:aws:iam::aws:policy/SecurityAudit'],
        },
      ],
      policies: [appData, boundary, ...Array.from({ length: 22 }, (_, i) => teamPolicy(i + 1))],
      resources: [
        {
          type: 's3',
          name: 'dev-app-data',
          region: 'eu-west-1',
          tags: [{ key: 'team', value: 'orders' }],
          policy: doc(
            {
              Sid: 'DenyPlainHttp',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: ['arn:aws:s3:::dev-app-data', 'arn:aws:s3:::dev-app-data/*'],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
            {
              Sid: 'DeployWrites',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${DEV}:role/DeployRole` },
              Action: 's3:PutObject',
              Resource: 'arn:aws:s3:::dev-app-data/releases/*',
            },
          ),
        },
        {
          type: 'sqs',
          name: 'orders',
          region: 'eu-west-1',
          policy: doc({
            Effect: 'Allow',
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: `arn:aws:sqs:eu-west-1:${DEV}:orders`,
            Condition: {
              ArnEquals: { 'aws:SourceArn': `arn:aws:sns:eu-west-1:${DEV}:order-events` },
            },
          }),
        },
        {
          type: 'kms',
          name: 'app-key',
          region: 'eu-west-1',
          policy: doc(
            {
              Sid: 'AccountAdmin',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${DEV}:root` },
              Action: 'kms:*',
              Resource: '*',
            },
            {
              Sid: 'OrdersDecrypt',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${DEV}:role/OrdersFunctionRole` },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
              Resource: '*',
            },
          ),
        },
      ],
    },
    {
      id: PROD,
      name: 'Production',
      parentId: prodOu,
      users: [{ name: 'carol', groups: ['ProdOps'], managedPolicies: ['ProdRead'] }],
      groups: [{ name: 'ProdOps', managedPolicies: ['ProdRead', 'ProdLogs', 'ProdBreakGlass'] }],
      roles: [
        {
          name: 'ProdDeployRole',
          trustPolicy: trust({ AWS: `arn:aws:iam::${DEV}:role/DeployRole` }),
          managedPolicies: ['ProdDeploy'],
        },
      ],
      policies: [
        managed(
          'ProdRead',
          doc({
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: ['arn:aws:s3:::prod-app-data', 'arn:aws:s3:::prod-app-data/*'],
          }),
        ),
        managed(
          'ProdDeploy',
          doc({
            Effect: 'Allow',
            Action: 's3:PutObject',
            Resource: 'arn:aws:s3:::prod-app-data/releases/*',
          }),
        ),
        managed(
          'ProdLogs',
          doc({
            Effect: 'Allow',
            Action: ['logs:GetLogEvents', 'logs:FilterLogEvents'],
            Resource: '*',
          }),
        ),
        managed(
          'ProdBreakGlass',
          doc({
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: {
              Bool: { 'aws:MultiFactorAuthPresent': 'true' },
              NumericLessThan: { 'aws:MultiFactorAuthAge': '900' },
            },
          }),
        ),
      ],
      resources: [
        {
          type: 's3',
          name: 'prod-app-data',
          region: 'eu-west-1',
          policy: doc({
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${PROD}:role/ProdDeployRole` },
            Action: 's3:PutObject',
            Resource: 'arn:aws:s3:::prod-app-data/releases/*',
          }),
        },
      ],
    },
  ],
};

/** How many policy documents the organization holds, by kind. */
export function countPolicies(org) {
  const counts = { managed: 0, inline: 0, trust: 0, resource: 0, scp: 0, rcp: 0 };
  for (const p of org.orgPolicies) counts[p.kind] += 1;
  for (const a of org.accounts) {
    counts.managed += a.policies?.length ?? 0;
    for (const x of [...(a.users ?? []), ...(a.groups ?? []), ...(a.roles ?? [])])
      counts.inline += x.inlinePolicies?.length ?? 0;
    counts.trust += a.roles?.length ?? 0;
    counts.resource += (a.resources ?? []).filter((r) => r.policy).length;
  }
  return { ...counts, total: Object.values(counts).reduce((n, c) => n + c, 0) };
}
