/**
 * Validation of one statement: Sid, Effect, Principal/NotPrincipal (by PolicyKind),
 * Action/NotAction, Resource/NotResource and Condition.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { resourceArnProblem } from './arn';
import { indexPath, joinPath } from './path';
import type { PolicyKind, PrincipalBlock, Statement } from './types';
import type { LocatedError } from './validateCondition';
import { validateConditionBlock } from './validateCondition';
import { validatePrincipalBlock } from './validatePrincipal';
import { describe, isObject, stringList } from './validateValues';

const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

interface KindRules {
  label: string;
  principal: 'forbidden' | 'required' | 'optional';
  notPrincipal: boolean;
  resource: 'required' | 'optional';
}

const RULES: Record<PolicyKind, KindRules> = {
  identity: {
    label: 'an identity-based policy',
    principal: 'forbidden',
    notPrincipal: false,
    resource: 'required',
  },
  pb: {
    label: 'a permissions boundary',
    principal: 'forbidden',
    notPrincipal: false,
    resource: 'required',
  },
  session: {
    label: 'a session policy',
    principal: 'forbidden',
    notPrincipal: false,
    resource: 'required',
  },
  scp: {
    label: 'a service control policy',
    principal: 'forbidden',
    notPrincipal: false,
    resource: 'required',
  },
  rcp: {
    label: 'a resource control policy',
    principal: 'required',
    notPrincipal: false,
    resource: 'required',
  },
  resource: {
    label: 'a resource-based policy',
    principal: 'required',
    notPrincipal: true,
    resource: 'required',
  },
  trust: {
    label: 'a role trust policy',
    principal: 'required',
    notPrincipal: false,
    resource: 'optional',
  },
  endpoint: {
    label: 'a VPC endpoint policy',
    principal: 'required',
    notPrincipal: true,
    resource: 'required',
  },
};

/** An unknown-element error, with a hint when only the case is wrong. */
export function unknownElement(key: string, path: string, allowed: string[]): LocatedError {
  const hint = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
  return {
    code: 'unknown-element',
    message:
      `Unknown element '${key}'` +
      (hint
        ? `: element names are case-sensitive, did you mean '${hint}'?`
        : `: allowed here are ${allowed.join(', ')}`),
    path,
  };
}

/** Validates one statement; pushes errors and returns the typed statement if valid. */
export function validateStatement(
  value: unknown,
  path: string,
  index: number,
  kind: PolicyKind,
  variables: boolean,
  errors: LocatedError[],
): Statement | undefined {
  if (!isObject(value)) {
    errors.push({
      code: 'statement-not-object',
      message: `Each statement must be a JSON object, found ${describe(value)}`,
      path,
    });
    return undefined;
  }
  const before = errors.length;
  const rules = RULES[kind];
  const at = (key: string): string => joinPath(path, key);
  for (const key of Object.keys(value)) {
    if (!STATEMENT_ELEMENTS.includes(key))
      errors.push(unknownElement(key, at(key), STATEMENT_ELEMENTS));
  }
  const sid = value['Sid'];
  if (sid !== undefined && typeof sid !== 'string') {
    errors.push({
      code: 'wrong-type',
      message: `Sid must be a string, found ${describe(sid)}`,
      path: at('Sid'),
    });
  }
  const effect = value['Effect'];
  if (effect === undefined) {
    errors.push({
      code: 'missing-effect',
      message: 'A statement needs Effect: "Allow" or "Deny"',
      path,
    });
  } else if (effect !== 'Allow' && effect !== 'Deny') {
    errors.push({
      code: 'invalid-effect',
      message: `Effect must be "Allow" or "Deny" (case-sensitive), found ${describe(effect)}`,
      path: at('Effect'),
    });
  }

  if (kind === 'rcp' && effect === 'Allow' && !isFullAccessRcp(value)) {
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
    errors.push({
      code: 'rcp-allow',
      message:
        'A resource control policy can only Deny: the one Allow is RCPFullAWSAccess (Principal, Action and Resource "*"), which AWS attaches everywhere',
      path,
    });
  }
  const principals = validatePrincipals(value, path, kind, rules, errors);
  const action = pair(value, path, 'Action', 'NotAction', 'required', errors);
  const resource = pair(value, path, 'Resource', 'NotResource', rules.resource, errors);
  for (const [name, list] of Object.entries(action)) {
    list?.forEach((a, i) => {
      if (a === '*') return;
      const colon = a.indexOf(':');
      if (colon <= 0) {
        errors.push({
          code: 'invalid-action',
          message: `Action '${a}' must be "*" or service:action, e.g. s3:GetObject`,
          path: elementPath(value, at(name), i),
        });
      }
    });
  }
  for (const [name, list] of Object.entries(resource)) {
    list?.forEach((r, i) => {
      const problem = resourceArnProblem(r, variables);
      if (problem) {
        errors.push({
          code: 'invalid-resource-arn',
          message: problem,
          path: elementPath(value, at(name), i),
        });
      }
    });
  }
  const conditions =
    value['Condition'] === undefined
      ? []
      : validateConditionBlock(value['Condition'], at('Condition'), variables, errors);

  if (errors.length > before) return undefined;
  const st: Statement = { index, path, effect: effect as 'Allow' | 'Deny', conditions };
  if (typeof sid === 'string') st.sid = sid;
  if (principals.principal) st.principal = principals.principal;
  if (principals.notPrincipal) st.notPrincipal = principals.notPrincipal;
  if (action.Action) st.action = action.Action;
  if (action.NotAction) st.notAction = action.NotAction;
  if (resource.Resource) st.resource = resource.Resource;
  if (resource.NotResource) st.notResource = resource.NotResource;
  return st;
}

function elementPath(statement: Record<string, unknown>, path: string, i: number): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  return Array.isArray(statement[key]) ? indexPath(path, i) : path;
}

function validatePrincipals(
  value: Record<string, unknown>,
  path: string,
  kind: PolicyKind,
  rules: KindRules,
  errors: LocatedError[],
): { principal?: PrincipalBlock; notPrincipal?: PrincipalBlock } {
  const out: { principal?: PrincipalBlock; notPrincipal?: PrincipalBlock } = {};
  const hasP = value['Principal'] !== undefined;
  const hasNP = value['NotPrincipal'] !== undefined;
  if (hasP && hasNP) {
    errors.push({
      code: 'principal-and-notprincipal',
      message: 'A statement cannot have both Principal and NotPrincipal',
      path,
    });
    return out;
  }
  if ((hasP || hasNP) && rules.principal === 'forbidden') {
    errors.push({
      code: 'principal-not-allowed',
      message: `${hasP ? 'Principal' : 'NotPrincipal'} is not allowed in ${rules.label}: it applies to the identity or account it is attached to`,
      path: joinPath(path, hasP ? 'Principal' : 'NotPrincipal'),
    });
    return out;
  }
  if (hasNP && !rules.notPrincipal) {
    errors.push({
      code: 'notprincipal-not-allowed',
      message: `NotPrincipal is not allowed in ${rules.label}`,
      path: joinPath(path, 'NotPrincipal'),
    });
    return out;
  }
  if (!hasP && !hasNP && rules.principal === 'required') {
    errors.push({
      code: 'missing-principal',
      message: `A statement in ${rules.label} needs a Principal${rules.notPrincipal ? ' or NotPrincipal' : ''}`,
      path,
    });
    return out;
  }
  if (hasP) {
    const block = validatePrincipalBlock(value['Principal'], joinPath(path, 'Principal'), errors);
    if (block) out.principal = block;
    if (block && kind === 'rcp' && !block.wildcard) {
      errors.push({
        code: 'invalid-principal',
        message: 'In a resource control policy, Principal must be "*" (scope it with conditions)',
        path: joinPath(path, 'Principal'),
      });
    }
  }
  if (hasNP) {
    const block = validatePrincipalBlock(
      value['NotPrincipal'],
      joinPath(path, 'NotPrincipal'),
      errors,
    );
    if (block) out.notPrincipal = block;
  }
  return out;
}

function pair(
  value: Record<string, unknown>,
  path: string,
  yes: 'Action' | 'Resource',
  no: 'NotAction' | 'NotResource',
  need: 'required' | 'optional',
  errors: LocatedError[],
): Partial<Record<string, string[]>> {
  const hasYes = value[yes] !== undefined;
  const hasNo = value[no] !== undefined;
  if (hasYes && hasNo) {
    errors.push({
      code: `${yes.toLowerCase()}-and-${no.toLowerCase()}`,
      message: `A statement cannot have both ${yes} and ${no}`,
      path,
    });
    return {};
  }
  if (!hasYes && !hasNo) {
    if (need === 'required') {
      errors.push({
        code: `missing-${yes.toLowerCase()}`,
        message: `A statement needs ${yes} or ${no}`,
        path,
      });
    }
    return {};
  }
  const name = hasYes ? yes : no;
  const list = stringList(value[name], joinPath(path, name), errors, name);
  return list ? { [name]: list } : {};
}

/** RCPFullAWSAccess's statement: Allow, Principal/Action/Resource "*", no Condition. */
function isFullAccessRcp(st: Record<string, unknown>): boolean {
  const star = (v: unknown): boolean =>
    v === '*' || (Array.isArray(v) && v.length === 1 && v[0] === '*');
  return (
    star(st['Principal']) &&
    star(st['Action']) &&
    star(st['Resource']) &&
    st['Condition'] === undefined
  );
}
