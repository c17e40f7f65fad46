/**
 * Policy grammar: turns a JSON value into a typed Policy or a list of errors, each with a
 * stable code, a message naming the rule, and the JSON path. Rules that depend on what the
 * policy is used as (Principal in a resource policy, none in an identity policy...) follow
 * the PolicyKind.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { indexPath, joinPath } from './path';
import type { Policy, PolicyKind, Statement } from './types';
import type { LocatedError } from './validateCondition';
import { unknownElement, validateStatement } from './validateStatement';
import { describe, isObject } from './validateValues';

const VERSIONS = ['2012-10-17', '2008-10-17'];
const TOP_ELEMENTS = ['Version', 'Id', 'Statement'];

/** Validates a policy document given as a JSON value; paths are relative to the document. */
export function validatePolicy(
  value: unknown,
  kind: PolicyKind,
): { policy?: Policy; errors: LocatedError[] } {
  const errors: LocatedError[] = [];
  if (!isObject(value)) {
    errors.push({
      code: 'policy-not-object',
      message: `A policy document must be a JSON object, found ${describe(value)}`,
      path: '',
    });
    return { errors };
  }
  for (const key of Object.keys(value)) {
    if (!TOP_ELEMENTS.includes(key))
      errors.push(unknownElement(key, joinPath('', key), TOP_ELEMENTS));
  }
  const version = value['Version'];
  if (version !== undefined && (typeof version !== 'string' || !VERSIONS.includes(version))) {
    errors.push({
      code: 'invalid-version',
      message: `Version must be "2012-10-17" (or the old "2008-10-17"), found ${describe(version)}`,
      path: 'Version',
    });
  }
  const id = value['Id'];
  if (id !== undefined && typeof id !== 'string') {
    errors.push({
      code: 'wrong-type',
      message: `Id must be a string, found ${describe(id)}`,
      path: 'Id',
    });
  }
  const variables = version === '2012-10-17';
  const raw = value['Statement'];
  const statements: Statement[] = [];
  if (raw === undefined) {
    errors.push({
      code: 'missing-statement',
      message: 'A policy needs a Statement element',
      path: '',
    });
  } else if (Array.isArray(raw)) {
    raw.forEach((s, i) => {
      const st = validateStatement(s, indexPath('Statement', i), i, kind, variables, errors);
      if (st) statements.push(st);
    });
  } else if (isObject(raw)) {
    const st = validateStatement(raw, 'Statement', 0, kind, variables, errors);
    if (st) statements.push(st);
  } else {
    errors.push({
      code: 'wrong-type',
      message: `Statement must be an object or a list of objects, found ${describe(raw)}`,
      path: 'Statement',
    });
  }
  const sids = new Map<string, string>();
  for (const st of statements) {
    if (st.sid === undefined || st.sid === '') continue;
    const first = sids.get(st.sid);
    if (first !== undefined) {
      errors.push({
        code: 'duplicate-sid',
        message: `Sid '${st.sid}' is already used by ${first}: each Sid must be unique within a policy`,
        path: joinPath(st.path, 'Sid'),
      });
    } else {
      sids.set(st.sid, st.path);
    }
  }
  if (errors.length > 0) return { errors };
  const policy: Policy = { kind, statements, variables };
  if (typeof version === 'string') policy.version = version;
  if (typeof id === 'string') policy.id = id;
  return { policy, errors };
}
