/**
 * A JSON Schema (draft-07) per policy type, registered with Monaco's JSON language for element
 * completion, Effect/Version values and hover text. Validation itself is the lint's job (it
 * knows far more), so the schemas describe rather than police. Never fetched over the network.
 */
import type { PolicyKind } from '../../engine/index';

type Schema = Record<string, unknown>;

const stringOrList = (description: string): Schema => ({
  description,
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
});

const principal = (name: string): Schema => ({
  description:
    name === 'Principal'
      ? 'Who the statement applies to: "*" (anyone) or {"AWS": account/role/user ARNs, "Service": "ec2.amazonaws.com", "Federated": identity provider, "CanonicalUser": id}.'
      : 'Everyone except these principals. With Allow it grants access to anyone not listed: avoid it.',
  anyOf: [
    { enum: ['*'] },
    {
      type: 'object',
      properties: {
        AWS: stringOrList(
          'AWS accounts (111122223333), roles, users or sessions, by ARN; "*" for any.',
        ),
        Service: stringOrList('Service principals such as lambda.amazonaws.com.'),
        Federated: stringOrList(
          'An OIDC or SAML identity provider (ARN or name such as accounts.google.com).',
        ),
        CanonicalUser: stringOrList('An S3 canonical user ID.'),
      },
      additionalProperties: false,
    },
  ],
});

const PRINCIPAL_KINDS: PolicyKind[] = ['resource', 'trust', 'rcp', 'endpoint'];

/** The schema for one policy type. */
export function policySchema(kind: PolicyKind): Schema {
  const statementProps: Schema = {
    Sid: {
      type: 'string',
      description: 'An optional name for the statement (letters and digits).',
    },
    Effect: {
      enum: kind === 'rcp' ? ['Deny', 'Allow'] : ['Allow', 'Deny'],
      description: 'Allow or Deny. An explicit Deny always wins over any Allow.',
    },
    Action: stringOrList(
      'Actions the statement covers, as service:Action; wildcards allowed (s3:Get*).',
    ),
    NotAction: stringOrList(
      'Every action except these. Use with Deny; with Allow it grants almost everything.',
    ),
    Resource: stringOrList('Resource ARNs the statement covers, or "*".'),
    NotResource: stringOrList('Every resource except these. Use with Deny.'),
    Condition: {
      type: 'object',
      description:
        'When the statement applies: {"Operator": {"key": value or [values]}}. All operators and keys must match.',
      additionalProperties: {
        type: 'object',
        additionalProperties: stringOrList('Condition values'),
      },
    },
  };
  if (PRINCIPAL_KINDS.includes(kind)) {
    statementProps['Principal'] = principal('Principal');
    if (kind === 'resource' || kind === 'endpoint')
      statementProps['NotPrincipal'] = principal('NotPrincipal');
  }
  const statement: Schema = {
    type: 'object',
    properties: statementProps,
    additionalProperties: false,
  };
  return {
    title: `IAM ${kind} policy`,
    type: 'object',
    properties: {
      Version: {
        enum: ['2012-10-17', '2008-10-17'],
        description:
          'The policy language version. Always use "2012-10-17": the older one has no policy variables.',
      },
      Id: { type: 'string', description: 'An optional identifier for the policy.' },
      Statement: {
        description: 'One statement, or a list of statements.',
        anyOf: [statement, { type: 'array', items: statement }],
      },
    },
    additionalProperties: false,
  };
}

export const POLICY_KINDS: readonly PolicyKind[] = [
  'identity',
  'resource',
  'trust',
  'pb',
  'session',
  'scp',
  'rcp',
  'endpoint',
];

/** The model file name suffix that selects a kind's schema, e.g. `.identity.iam.json`. */
export const schemaSuffix = (kind: PolicyKind): string => `.${kind}.iam.json`;
