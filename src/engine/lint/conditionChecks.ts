/** Metadata of the condition operator and key checks (see conditions.ts). */
import { awsCheck, DOCS, ownCheck } from './meta';
import type { CheckMeta } from './types';

/** The condition operator and key checks. */
export const CONDITION_CHECKS: CheckMeta[] = [
  awsCheck(
    'INVALID_CONDITION_OPERATOR',
    'ERROR',
    'Invalid condition operator',
    'Condition operators are a fixed, case-sensitive list (StringEquals, ArnLike, Bool...). An unknown operator makes AWS reject the policy.',
  ),
  awsCheck(
    'NULL_WITH_IF_EXISTS',
    'ERROR',
    'Null with if exists',
    'Null already tests whether a key is present, so it cannot take the IfExists suffix.',
  ),
  awsCheck(
    'NULL_WITH_QUALIFIER',
    'SUGGESTION',
    'Null with qualifier',
    'Null with ForAllValues always matches and with ForAnyValue never does; use plain Null.',
  ),
  awsCheck(
    'INVALID_CONDITION_KEY_FORMAT',
    'ERROR',
    'Invalid condition key format',
    'Condition keys are written service:name (aws:SourceIp, s3:prefix).',
  ),
  awsCheck(
    'INVALID_GLOBAL_CONDITION_KEY',
    'ERROR',
    'Invalid global condition key',
    'aws: keys are a fixed list of global keys; an unknown one is never in the request, so the condition never works as intended.',
  ),
  awsCheck(
    'INVALID_SERVICE_CONDITION_KEY',
    'ERROR',
    'Invalid service condition key',
    'The service does not define this key, so it is never in the request and the condition never works as intended.',
  ),
  awsCheck(
    'MISSING_TAG_KEY_IN_CONDITION',
    'ERROR',
    'Missing tag key in condition',
    'Tag keys are written with the tag name after a slash, such as aws:ResourceTag/project.',
  ),
  awsCheck(
    'DEPRECATED_GLOBAL_CONDITION_KEY',
    'WARNING',
    'Deprecated global condition key',
    'aws:ARN is deprecated: use aws:PrincipalArn for the caller or aws:SourceArn for the resource making a service-to-service request.',
  ),
  awsCheck(
    'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
    'ERROR',
    'Duplicate keys with different case',
    'Condition key names are not case-sensitive, so the same key twice in one operator block (aws:SourceIp and aws:sourceip) is ambiguous.',
  ),
  awsCheck(
    'TYPE_MISMATCH',
    'WARNING',
    'Type mismatch',
    'Each key has a type (String, Date, Bool, IP address...) and each operator compares one type. A date key under StringEquals compares text, not dates, and rarely does what you meant.',
  ),
  awsCheck(
    'MISSING_QUALIFIER',
    'ERROR',
    'Missing qualifier',
    'This key can hold several values in one request (a list, such as aws:TagKeys). Say how to compare the lists: ForAllValues (every request value must be allowed) or ForAnyValue (at least one must match).',
  ),
  awsCheck(
    'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
    'SECURITY_WARNING',
    'ForAllValues with single valued key',
    'ForAllValues is also true when the key is missing from the request, so with a single-valued key an Allow can grant far more than intended. Remove ForAllValues:.',
  ),
  ownCheck(
    'FORANYVALUE_WITH_SINGLE_VALUED_KEY',
    'SUGGESTION',
    'ForAnyValue with single valued key',
    'ForAnyValue is meant for keys that hold a list. On a single-valued key it behaves like the plain operator, which is clearer to read.',
    DOCS.multiValue,
  ),
  awsCheck(
    'IRRELEVANT_CONDITION_KEY_IN_POLICY',
    'SUGGESTION',
    'Irrelevant condition key in policy',
    'None of the actions in this statement supports this service key, so it is never in their requests: with a positive operator the statement never applies.',
  ),
];
