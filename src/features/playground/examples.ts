import type { Scenario } from '../../engine/index';

/** The first experiment a learner sees: a boundary that blocks what the identity policy allows. */
export const starterScenario: Scenario = {
  name: 'A permissions boundary caps what an identity policy grants',
  request: {
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:DeleteObject',
    resource: 'arn:aws:s3:::team-reports/2026/q3.csv',
    resourceAccount: '111122223333',
    context: { 'aws:SecureTransport': 'true' },
  },
  identityPolicies: [
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReportsFullAccess',
          Effect: 'Allow',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::team-reports/*',
        },
      ],
    },
  ],
  permissionBoundary: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadAndWriteOnly',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: '*',
      },
    ],
  },
};
