/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`): where they are
 * allowed, their syntax, the Version they need, and the operators that accept them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import type { LintContext, StringItem, Target } from './context';
import { valueOf } from './context';
import { addFirstMember } from './edits';
import { awsCheck } from './meta';
import type { ParsedOperator } from './operators';
import type { ConditionView } from './context';
import type { CheckMeta, QuickFix } from './types';

/** The policy variable checks. */
export const VARIABLE_CHECKS: CheckMeta[] = [
  awsCheck(
    'VARIABLE_UNSUPPORTED_IN_VERSION',
    'ERROR',
    'Variable unsupported in version',
    'Policy variables only work with "Version": "2012-10-17". Without it, ${aws:username} is compared as literal text and never matches.',
  ),
  awsCheck(
    'VARIABLE_UNSUPPORTED_IN_ELEMENT',
    'ERROR',
    'Variable unsupported in element',
    'Policy variables are substituted only in Resource, NotResource and condition values, never in Action, Principal or Sid.',
  ),
  awsCheck(
    'INVALID_VARIABLE_FOR_OPERATOR',
    'ERROR',
    'Invalid variable for operator',
    'Only string and ARN operators substitute policy variables; numeric, date, Boolean, IP and binary operators would compare the text ${...} itself.',
  ),
  awsCheck(
    'EMPTY_VARIABLE',
    'ERROR',
    'Empty variable',
    '${} names no request value, so nothing can be substituted.',
  ),
  awsCheck(
    'MISSING_BRACE_IN_VARIABLE',
    'ERROR',
    'Missing brace in variable',
    'A policy variable is written ${name}; without the closing brace it is not a variable.',
  ),
];

interface Variable {
  name: string;
  start: number;
  end: number;
}

/** The variables in a string, or a syntax problem. */
function scan(value: string): { variables: Variable[]; problem?: 'empty' | 'brace' } {
  const variables: Variable[] = [];
  let i = value.indexOf('${');
  while (i >= 0) {
    const close = value.indexOf('}', i + 2);
    if (close < 0) return { variables, problem: 'brace' };
    const inner = value.slice(i + 2, close);
    const name = (inner.split(',')[0] ?? '').trim();
    if (name === '') return { variables, problem: 'empty' };
    variables.push({ name, start: i, end: close + 1 });
    i = value.indexOf('${', close + 1);
  }
  return { variables };
}

const SPECIAL = ['*', '?', '$'];

/** Checks policy variables: where they appear, their syntax, Version and operator. */
export function checkVariables(ctx: LintContext, parsed: Map<ConditionView, ParsedOperator>): void {
  const policy = ctx.policy;
  if (!policy) return;
  let versionFix: QuickFix | undefined;
  const needVersion = (target: Target): void => {
    if (policy.variables) return;
    if (!versionFix) {
      const versionProp = policy.root.properties.find((p) => p.key === 'Version');
      versionFix = versionProp
        ? ctx.replace(valueOf(versionProp.value), '"2012-10-17"', 'Use Version "2012-10-17"')
        : addFirstMember(
            ctx,
            policy.root,
            'Version',
            '"2012-10-17"',
            'Add "Version": "2012-10-17"',
          );
    }
    ctx.report(
      'VARIABLE_UNSUPPORTED_IN_VERSION',
      target,
      'Policy variables need "Version": "2012-10-17"; here ${...} is plain text',
      versionFix,
    );
  };
  const examine = (item: StringItem, allowed: boolean, where: string): void => {
    if (!item.value.includes('${')) return;
    const target = valueOf(item.node);
    const { variables, problem } = scan(item.value);
    if (problem === 'brace')
      ctx.report(
        'MISSING_BRACE_IN_VARIABLE',
        target,
        `A policy variable in "${item.value}" has no closing }`,
      );
    if (problem === 'empty')
      ctx.report('EMPTY_VARIABLE', target, `"${item.value}" contains an empty variable \${}`);
    if (variables.length === 0) return;
    if (!allowed) {
      ctx.report(
        'VARIABLE_UNSUPPORTED_IN_ELEMENT',
        target,
        `Policy variables are not substituted in ${where}`,
      );
      return;
    }
    needVersion(target);
    for (const v of variables) {
      if (SPECIAL.includes(v.name) || !v.name.toLowerCase().startsWith('aws:')) continue;
      if (ctx.catalog && !ctx.catalog.globalKey(v.name)) {
        const near = ctx.catalog.suggestKeys(v.name).filter((k) => !k.includes('${'));
        ctx.report(
          'INVALID_GLOBAL_CONDITION_KEY',
          target,
          `\${${v.name}} is not a global condition key` +
            (near.length ? `; did you mean ${near.join(', ')}?` : ''),
        );
      }
    }
  };
  for (const st of policy.statements) {
    for (const el of [st.action, st.notAction])
      for (const item of el?.items ?? []) examine(item, false, el?.name ?? 'Action');
    for (const el of [st.resource, st.notResource])
      for (const item of el?.items ?? []) examine(item, true, 'Resource');
    const sid = st.member('Sid')?.value;
    if (sid?.type === 'string') examine({ value: sid.value, node: sid }, false, 'Sid');
    for (const p of [st.principal, st.notPrincipal]) {
      const v = p?.value;
      const nodes =
        v?.type === 'object'
          ? v.properties.flatMap((t) => (t.value.type === 'array' ? t.value.items : [t.value]))
          : v
            ? [v]
            : [];
      for (const n of nodes)
        if (n.type === 'string') examine({ value: n.value, node: n }, false, 'Principal');
    }
    for (const c of st.conditions) {
      const op = parsed.get(c);
      for (const item of c.values) {
        if (!item.value.includes('${')) continue;
        const family = op?.doc.family;
        if (family && family !== 'String' && family !== 'ARN') {
          ctx.report(
            'INVALID_VARIABLE_FOR_OPERATOR',
            valueOf(item.node),
            `${c.operator} does not substitute policy variables; only string and ARN operators do`,
          );
          continue;
        }
        examine(item, true, 'Condition');
      }
    }
  }
}
