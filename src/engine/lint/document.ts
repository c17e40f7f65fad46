/**
 * Document-level checks: Version, Sid values, empty elements, duplicate statements and the
 * size quotas of each policy type.
 */
import type { LintContext, StatementView } from './context';
import { keyOf, valueOf } from './context';
import { addFirstMember, removeItem, removeMember } from './edits';
import type { JsonNode } from './jsonAst';
import { awsCheck, DOCS, ownCheck } from './meta';
import type { CheckMeta } from './types';

/** The document-level checks. */
export const DOCUMENT_CHECKS: CheckMeta[] = [
  awsCheck(
    'MISSING_VERSION',
    'WARNING',
    'Missing version',
    'Without "Version": "2012-10-17", AWS reads the policy with the old 2008 language: policy variables such as ${aws:username} are then plain text and never match.',
  ),
  ownCheck(
    'OLD_VERSION',
    'SUGGESTION',
    'Old version',
    'Version 2008-10-17 is the old policy language: it does not support policy variables. Use 2012-10-17 for new policies.',
    DOCS.grammar,
  ),
  awsCheck(
    'EMPTY_SID_VALUE',
    'SUGGESTION',
    'Empty Sid value',
    'An empty Sid identifies nothing. Give the statement a short descriptive name or remove the Sid.',
  ),
  awsCheck(
    'UNSUPPORTED_SID',
    'ERROR',
    'Unsupported Sid',
    'In IAM policies a Sid may contain only letters and digits (A-Z, a-z, 0-9).',
  ),
  awsCheck(
    'EMPTY_ARRAY_ACTION',
    'SUGGESTION',
    'Empty array action',
    'A statement with an empty action list matches no request, so it has no effect. (This simulator refuses it.)',
  ),
  awsCheck(
    'EMPTY_ARRAY_RESOURCE',
    'SUGGESTION',
    'Empty array resource',
    'A statement with an empty resource list matches no request, so it has no effect. (This simulator refuses it.)',
  ),
  awsCheck(
    'EMPTY_ARRAY_PRINCIPAL',
    'SUGGESTION',
    'Empty array principal',
    'A principal type with an empty list names nobody, so the statement has no effect for it. (This simulator refuses it.)',
  ),
  awsCheck(
    'EMPTY_OBJECT_PRINCIPAL',
    'SUGGESTION',
    'Empty object principal',
    'An empty Principal object names nobody, so the statement has no effect. (This simulator refuses it.)',
  ),
  awsCheck(
    'EMPTY_OBJECT_CONDITION',
    'SUGGESTION',
    'Empty object condition',
    'An empty Condition block adds nothing; remove it so the statement reads clearly.',
  ),
  awsCheck(
    'REDUNDANT_STATEMENT',
    'SUGGESTION',
    'Redundant statement',
    'Two identical statements grant the same thing twice; when someone later edits one and not the other, the policy no longer says what it seems to.',
  ),
  awsCheck(
    'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
    'WARNING',
    'Policy size exceeds identity policy quota',
    'A managed policy (also one used as a permissions boundary) is limited to 6,144 characters, white space not counted. Split the permissions into several policies.',
  ),
  ownCheck(
    'POLICY_SIZE_EXCEEDS_TRUST_POLICY_QUOTA',
    'WARNING',
    'Policy size exceeds trust policy quota',
    'A role trust policy is limited to 2,048 characters by default (white space not counted); the quota can be raised on request.',
    DOCS.quotas,
  ),
  ownCheck(
    'POLICY_SIZE_EXCEEDS_SESSION_POLICY_QUOTA',
    'WARNING',
    'Policy size exceeds session policy quota',
    'A session policy passed to AssumeRole or GetFederationToken is limited to 2,048 characters.',
    guideSts(),
  ),
  ownCheck(
    'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA',
    'WARNING',
    'Policy size exceeds resource policy quota',
    'Resource-based policies have service quotas: an S3 bucket policy or a VPC endpoint policy holds at most 20 KB (20,480 characters).',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  ),
  awsCheck(
    'POLICY_SIZE_EXCEEDS_SCP_QUOTA',
    'ERROR',
    'Policy size exceeds SCP quota',
    'An SCP is limited to 5,120 characters and, unlike IAM policies, white space counts too.',
  ),
  ownCheck(
    'POLICY_SIZE_EXCEEDS_RCP_QUOTA',
    'ERROR',
    'Policy size exceeds RCP quota',
    'A resource control policy is limited to 5,120 characters, white space included.',
    DOCS.orgQuotas,
  ),
];

function guideSts(): string {
  return 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
}

/** Checks Version, Sid values, empty elements, duplicate statements and the size quota. */
export function checkDocument(ctx: LintContext): void {
  const policy = ctx.policy;
  if (!policy) return;
  const versionProp = policy.root.properties.find((p) => p.key === 'Version');
  if (!versionProp) {
    ctx.report(
      'MISSING_VERSION',
      valueOf(policy.root),
      'The policy has no Version element: add "Version": "2012-10-17"',
      addFirstMember(ctx, policy.root, 'Version', '"2012-10-17"', 'Add "Version": "2012-10-17"'),
    );
  } else if (policy.version === '2008-10-17') {
    ctx.report(
      'OLD_VERSION',
      valueOf(versionProp.value),
      'Version 2008-10-17 is the old policy language; use "2012-10-17"',
      ctx.replace(valueOf(versionProp.value), '"2012-10-17"', 'Use Version "2012-10-17"'),
    );
  }
  for (const st of policy.statements) checkStatement(ctx, st);
  checkRedundantStatements(ctx, policy.statements);
  checkSize(ctx);
}

const IAM_KINDS = ['identity', 'pb', 'session', 'trust'];

function checkStatement(ctx: LintContext, st: StatementView): void {
  const sid = st.member('Sid');
  if (sid?.value.type === 'string') {
    if (sid.value.value === '')
      ctx.report(
        'EMPTY_SID_VALUE',
        valueOf(sid.value),
        'The Sid is empty',
        removeMember(ctx, st.node, sid, 'Remove the empty Sid'),
      );
    else if (IAM_KINDS.includes(ctx.kind) && !/^[A-Za-z0-9]+$/.test(sid.value.value)) {
      const cleaned = sid.value.value.replace(/[^A-Za-z0-9]/g, '');
      ctx.report(
        'UNSUPPORTED_SID',
        valueOf(sid.value),
        `Sid "${sid.value.value}" may contain only letters and digits`,
        cleaned
          ? ctx.replace(valueOf(sid.value), JSON.stringify(cleaned), `Use "${cleaned}"`)
          : undefined,
      );
    }
  }
  for (const [el, code] of [
    [st.action ?? st.notAction, 'EMPTY_ARRAY_ACTION'],
    [st.resource ?? st.notResource, 'EMPTY_ARRAY_RESOURCE'],
  ] as const) {
    if (el && el.prop.value.type === 'array' && el.prop.value.items.length === 0)
      ctx.report(
        code,
        valueOf(el.prop.value),
        `${el.name} is an empty list: the statement matches nothing`,
      );
  }
  for (const p of [st.principal, st.notPrincipal]) {
    if (p?.value.type !== 'object') continue;
    if (p.value.properties.length === 0) {
      ctx.report(
        'EMPTY_OBJECT_PRINCIPAL',
        valueOf(p.value),
        `${p.key} is an empty object: it names nobody`,
      );
      continue;
    }
    for (const t of p.value.properties) {
      if (t.value.type === 'array' && t.value.items.length === 0) {
        const fix = removeMember(ctx, p.value, t, `Remove the empty ${t.key} list`);
        ctx.report(
          'EMPTY_ARRAY_PRINCIPAL',
          keyOf(t),
          `${p.key} ${t.key} is an empty list: it names nobody`,
          fix,
        );
      }
    }
  }
  const cond = st.condition;
  if (cond?.value.type === 'object' && cond.value.properties.length === 0)
    ctx.report(
      'EMPTY_OBJECT_CONDITION',
      keyOf(cond),
      'The Condition block is empty',
      removeMember(ctx, st.node, cond, 'Remove the empty Condition'),
    );
}

/** A statement's meaning as a string: every element but Sid, with lists sorted. */
function canonical(node: JsonNode): string {
  if (node.type === 'array') return `[${node.items.map(canonical).sort().join(',')}]`;
  if (node.type === 'object')
    return `{${node.properties
      .filter((p) => p.key !== 'Sid')
      .map((p) => `${JSON.stringify(p.key)}:${canonical(p.value)}`)
      .sort()
      .join(',')}}`;
  return JSON.stringify(node.value);
}

function checkRedundantStatements(ctx: LintContext, statements: StatementView[]): void {
  const seen = new Map<string, StatementView>();
  const list = ctx.policy?.statementProp?.value;
  for (const st of statements) {
    const key = canonical(st.node);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, st);
      continue;
    }
    const fix =
      list?.type === 'array'
        ? removeItem(ctx, list, st.node, 'Remove the duplicate statement')
        : undefined;
    ctx.report(
      'REDUNDANT_STATEMENT',
      valueOf(st.node),
      `This statement repeats ${first.path} (only the Sid differs, if anything)`,
      fix,
    );
  }
}

const QUOTAS: Partial<Record<string, { code: string; limit: number; whitespace: boolean }>> = {
  identity: { code: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', limit: 6144, whitespace: false },
  pb: { code: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', limit: 6144, whitespace: false },
  trust: { code: 'POLICY_SIZE_EXCEEDS_TRUST_POLICY_QUOTA', limit: 2048, whitespace: false },
  session: { code: 'POLICY_SIZE_EXCEEDS_SESSION_POLICY_QUOTA', limit: 2048, whitespace: false },
  resource: { code: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA', limit: 20480, whitespace: true },
  endpoint: { code: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA', limit: 20480, whitespace: true },
  scp: { code: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA', limit: 5120, whitespace: true },
  rcp: { code: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA', limit: 5120, whitespace: true },
};

/** Characters counted against a quota: IAM ignores white space outside strings. */
export function policySize(text: string, countWhitespace: boolean): number {
  if (countWhitespace) return text.trim().length;
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      n++;
      if (c === '\\') {
        n++;
        i++;
      } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      n++;
    } else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') n++;
  }
  return n;
}

function checkSize(ctx: LintContext): void {
  const quota = QUOTAS[ctx.kind];
  const root = ctx.policy?.root;
  if (!quota || !root) return;
  const size = policySize(ctx.text, quota.whitespace);
  if (size <= quota.limit) return;
  ctx.report(
    quota.code,
    valueOf(root),
    `The policy has ${size.toLocaleString('en-US')} characters${quota.whitespace ? '' : ' (white space not counted)'}; the limit is ${quota.limit.toLocaleString('en-US')}`,
  );
}
