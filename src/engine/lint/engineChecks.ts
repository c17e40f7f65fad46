/** Metadata of the grammar checks the engine's parser reports (see engineErrors.ts). */
import { awsCheck, DOCS, ownCheck } from './meta';
import type { CheckMeta } from './types';

/** The grammar checks reported from the engine's parser, with AWS's issue codes. */
export const ENGINE_CHECKS: CheckMeta[] = [
  awsCheck(
    'JSON_SYNTAX_ERROR',
    'ERROR',
    'Json syntax error',
    'A policy must be valid JSON before AWS can read any of it. Nothing else is checked until the JSON parses.',
  ),
  ownCheck(
    'DUPLICATE_KEY',
    'ERROR',
    'Duplicate key',
    'The same key twice in one object is ambiguous: JSON readers silently keep only one of them, so part of what you wrote is ignored. This simulator refuses the policy.',
    DOCS.grammar,
  ),
  awsCheck(
    'DATA_TYPE_MISMATCH',
    'ERROR',
    'Data type mismatch',
    'Each policy element expects a particular JSON type (a string, a list of strings, an object). A value of another type makes the policy invalid.',
  ),
  awsCheck(
    'INVALID_POLICY_ELEMENT',
    'ERROR',
    'Invalid policy element',
    'Only the documented element names are allowed, and they are case-sensitive: "action" is not "Action". An unknown element makes AWS reject the policy.',
  ),
  awsCheck(
    'INVALID_VERSION',
    'ERROR',
    'Invalid version',
    'Version is the policy language version, not a date you choose: only "2012-10-17" (current) and "2008-10-17" (old, no policy variables) exist.',
  ),
  awsCheck(
    'MISSING_STATEMENT',
    'ERROR',
    'Missing statement',
    'The Statement element holds the permissions; a policy without one grants and denies nothing and is rejected.',
  ),
  awsCheck(
    'MISSING_EFFECT',
    'ERROR',
    'Missing effect',
    'Every statement must say whether it allows or denies.',
  ),
  awsCheck(
    'INVALID_EFFECT',
    'ERROR',
    'Invalid effect',
    'Effect is exactly "Allow" or "Deny", with that capitalization.',
  ),
  awsCheck(
    'MISSING_ACTION',
    'ERROR',
    'Missing action',
    'A statement must say which actions it is about, with Action or NotAction.',
  ),
  awsCheck(
    'MISSING_RESOURCE',
    'ERROR',
    'Missing resource',
    'A statement in this policy type must say which resources it covers, with Resource or NotResource ("*" for all).',
  ),
  awsCheck(
    'MISSING_PRINCIPAL',
    'ERROR',
    'Missing principal',
    'A resource-based policy (and a role trust policy) is attached to the resource, so each statement must say who it applies to with Principal.',
  ),
  awsCheck(
    'UNSUPPORTED_PRINCIPAL',
    'ERROR',
    'Unsupported principal',
    'Identity-based policies, permissions boundaries and session policies apply to the identity they are attached to; they cannot name a Principal.',
  ),
  awsCheck(
    'SCP_SYNTAX_ERROR_PRINCIPAL',
    'ERROR',
    'SCP syntax error principal',
    'SCPs apply to every principal in the accounts they are attached to; they cannot name a Principal. Use a condition on aws:PrincipalArn to exempt or target principals.',
  ),
  awsCheck(
    'UNSUPPORTED_ELEMENT_COMBINATION',
    'ERROR',
    'Unsupported element combination',
    'Action and NotAction, Resource and NotResource, Principal and NotPrincipal are alternatives: a statement uses one of each pair, never both.',
  ),
  awsCheck(
    'UNIQUE_SIDS_REQUIRED',
    'ERROR',
    'Unique Sids required',
    'IAM policies need each Sid to be unique, so that each statement can be told apart.',
  ),
  awsCheck(
    'UNIQUE_SIDS_RECOMMENDED',
    'WARNING',
    'Unique Sids recommended',
    'Duplicate statement IDs make it hard to tell statements apart when you read logs or edit the policy. (This simulator refuses duplicates.)',
  ),
  awsCheck(
    'INVALID_PRINCIPAL_FORMAT',
    'ERROR',
    'Invalid principal format',
    'A principal is "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}; each value must be a valid identifier of its type.',
  ),
  awsCheck(
    'INVALID_PRINCIPAL_KEY',
    'ERROR',
    'Invalid principal key',
    'The only principal types are AWS, Service, Federated and CanonicalUser.',
  ),
  awsCheck(
    'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
    'ERROR',
    'Unsupported wildcard in principal',
    'Wildcards cannot match part of a principal (no "arn:aws:iam::111122223333:user/*"). Use "*" and narrow it with a condition such as aws:PrincipalArn.',
  ),
  ownCheck(
    'RCP_SYNTAX_ERROR_ALLOW',
    'ERROR',
    'RCP allows',
    'Resource control policies only restrict: AWS attaches RCPFullAWSAccess everywhere, and your own RCPs may only Deny.',
    DOCS.rcpSyntax,
  ),
  ownCheck(
    'RCP_SYNTAX_ERROR_PRINCIPAL',
    'ERROR',
    'RCP principal',
    'In a resource control policy the Principal must be "*"; narrow who is affected with conditions such as aws:PrincipalOrgID.',
    DOCS.rcpSyntax,
  ),
];
