/** Ready-made sandboxes: a small organization to explore, and an empty one to build from. */
import { fullAwsAccessDocument } from './awsManaged.ts';
import { parseOrganization } from './parse.ts';
import type { Organization, OrganizationInput } from './schema';

const MGMT = '111111111111';
const DEV = '222222222222';
const PROD = '333333333333';

const allow = (statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });

const fullAccess = (targets: string[]) => ({
  id: 'p-FullAWSAccess',
  kind: 'scp' as const,
  name: 'FullAWSAccess',
  description: 'AWS managed: allows every action (attached by default)',
  awsManaged: true,
  document: fullAwsAccessDocument,
  targets,
});

/** A small organization: management, Development and Production accounts, Identity Center. */
export const exampleOrganizationInput: OrganizationInput = {
  name: 'Example Corp',
  managementAccountId: MGMT,
  ous: [{ id: 'ou-a1b2-workloads', name: 'Workloads', parentId: 'r-a1b2' }],
  orgPolicies: [
    fullAccess(['r-a1b2', 'ou-a1b2-workloads', MGMT, DEV, PROD]),
    {
      id: 'p-RegionGuard',
      kind: 'scp',
      name: 'RegionGuard',
      description: 'Workloads run only in eu-west-1',
      document: allow([
        {
          Sid: 'DenyOutsideEuWest1',
          Effect: 'Deny',
          NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
        },
      ]),
      targets: ['ou-a1b2-workloads'],
    },
  ],
  accounts: [
    {
      id: MGMT,
      name: 'Management',
      parentId: 'r-a1b2',
      users: [
        { name: 'ops-admin', managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
      ],
    },
    {
      id: DEV,
      name: 'Development',
      parentId: 'ou-a1b2-workloads',
      users: [
        { name: 'alice', groups: ['Developers'], tags: [{ key: 'team', value: 'orders' }] },
        { name: 'bob', tags: [{ key: 'team', value: 'billing' }] },
      ],
      groups: [{ name: 'Developers', managedPolicies: ['DeveloperAccess'] }],
      policies: [
        {
          name: 'DeveloperAccess',
          description: 'Read and write the app data bucket',
          defaultVersion: 'v1',
          versions: [
            {
              id: 'v1',
              document: allow([
                {
                  Sid: 'ListAppData',
                  Effect: 'Allow',
                  Action: 's3:ListBucket',
                  Resource: 'arn:aws:s3:::dev-app-data',
                },
                {
                  Sid: 'ReadWriteAppData',
                  Effect: 'Allow',
                  Action: ['s3:GetObject', 's3:PutObject'],
                  Resource: 'arn:aws:s3:::dev-app-data/*',
                },
              ]),
            },
          ],
        },
      ],
      roles: [
        {
          name: 'AuditRole',
          description: 'Assumed from the management account for audits',
          trustPolicy: allow([
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${MGMT}:root` },
              Action: 'sts:AssumeRole',
            },
          ]),
          managedPolicies: ['arn:aws:iam::aws:policy/SecurityAudit'],
        },
        {
          name: 'OrdersFunctionRole',
          description: 'Execution role of the orders-processor function',
          trustPolicy: allow([
            {
              Effect: 'Allow',
              Principal: { Service: 'lambda.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ]),
          inlinePolicies: [
            {
              name: 'ReadOrders',
              document: allow([
                {
                  Effect: 'Allow',
                  Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
                  Resource: `arn:aws:sqs:eu-west-1:${DEV}:orders`,
                },
              ]),
            },
          ],
          tags: [{ key: 'team', value: 'orders' }],
        },
      ],
      resources: [
        {
          type: 's3',
          name: 'dev-app-data',
          region: 'eu-west-1',
          tags: [{ key: 'team', value: 'orders' }],
          policy: allow([
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: ['arn:aws:s3:::dev-app-data', 'arn:aws:s3:::dev-app-data/*'],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ]),
        },
        { type: 'sqs', name: 'orders', region: 'eu-west-1' },
        { type: 'sns', name: 'alerts', region: 'eu-west-1' },
        {
          type: 'kms',
          name: 'app-key',
          region: 'eu-west-1',
          policy: allow([
            {
              Sid: 'EnableIAMPolicies',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${DEV}:root` },
              Action: 'kms:*',
              Resource: '*',
            },
          ]),
        },
        {
          type: 'secretsmanager',
          name: 'db-password',
          region: 'eu-west-1',
          tags: [{ key: 'team', value: 'billing' }],
        },
        { type: 'lambda', name: 'orders-processor', region: 'eu-west-1' },
      ],
    },
    {
      id: PROD,
      name: 'Production',
      parentId: 'ou-a1b2-workloads',
      resources: [{ type: 's3', name: 'prod-reports', region: 'eu-west-1' }],
    },
  ],
  identityCenter: {
    users: [
      { userName: 'maria', groups: ['Admins'] },
      { userName: 'sam', groups: ['Readers'] },
    ],
    groups: [{ name: 'Admins' }, { name: 'Readers' }],
    permissionSets: [
      {
        name: 'AdministratorAccess',
        managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
        sessionDuration: 3600,
      },
      {
        name: 'ReadOnly',
        managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        sessionDuration: 7200,
      },
    ],
    assignments: [
      {
        permissionSet: 'AdministratorAccess',
        principalType: 'group',
        principalName: 'Admins',
        accountId: DEV,
      },
      {
        permissionSet: 'AdministratorAccess',
        principalType: 'group',
        principalName: 'Admins',
        accountId: PROD,
      },
      {
        permissionSet: 'ReadOnly',
        principalType: 'group',
        principalName: 'Readers',
        accountId: DEV,
      },
    ],
  },
};

/** An organization with a management account and one member account, nothing else. */
export const emptyOrganizationInput: OrganizationInput = {
  name: 'New organization',
  managementAccountId: MGMT,
  orgPolicies: [fullAccess(['r-a1b2', MGMT, DEV])],
  accounts: [
    { id: MGMT, name: 'Management', parentId: 'r-a1b2' },
    { id: DEV, name: 'Member', parentId: 'r-a1b2' },
  ],
};

/** Fills in defaults and checks a built-in sandbox (a broken one is a programming error). */
export function buildOrganization(input: OrganizationInput): Organization {
  const parsed = parseOrganization(input);
  if (!parsed.ok) throw new Error(`invalid built-in sandbox: ${parsed.problems.join('; ')}`);
  return parsed.org;
}

export const exampleOrganization = (): Organization => buildOrganization(exampleOrganizationInput);
export const emptyOrganization = (): Organization => buildOrganization(emptyOrganizationInput);
