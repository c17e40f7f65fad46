/**
 * Who a trust or resource policy lets in: everyone, a whole other account without an external
 * ID, an OIDC provider (GitHub Actions and others) without a condition on the token, and
 * S3 bucket policies that accept unencrypted (HTTP) requests.
 */
import type { JsonNode } from './jsonAst';
import type { LintContext, StatementView } from './context';
import { keyOf, valueOf } from './context';
import { appendItem } from './edits';
import { awsCheck, DOCS, ownCheck } from './meta';
import type { CheckMeta } from './types';

/** The trust and resource policy principal checks. */
export const TRUST_CHECKS: CheckMeta[] = [
  ownCheck(
    'TRUST_POLICY_ALLOWS_ANYONE',
    'SECURITY_WARNING',
    'Role can be assumed by anyone',
    'A trust policy with "Principal": "*" and no condition lets any AWS account, including strangers, assume the role and use its permissions.',
    DOCS.principal,
  ),
  ownCheck(
    'RESOURCE_POLICY_ALLOWS_ANYONE',
    'SECURITY_WARNING',
    'Public access',
    'Allowing "Principal": "*" with no condition makes the resource public: anyone, even without an AWS account, can use the allowed actions.',
    DOCS.principal,
  ),
  ownCheck(
    'MISSING_EXTERNAL_ID',
    'SECURITY_WARNING',
    'Other account trusted without conditions',
    'Trusting a whole account lets every principal its administrators allow assume this role. When that account is a third party acting for many customers, require sts:ExternalId so it cannot be tricked into using your role for someone else (the confused deputy problem).',
    DOCS.confusedDeputy,
  ),
  awsCheck(
    'MISSING_GITHUB_REPO_CONDITION_KEY',
    'SECURITY_WARNING',
    'Missing github repo condition key',
    "Any GitHub repository can request a token from GitHub's OIDC provider. Without a condition on token.actions.githubusercontent.com:sub, workflows in other people's repositories can assume this role.",
  ),
  awsCheck(
    'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
    'SECURITY_WARNING',
    'Missing condition key for oidc principal',
    "An OIDC identity provider issues tokens to many applications and users. Without a condition on the provider's aud (application) or sub (user) claim, tokens meant for other apps can assume this role.",
  ),
  ownCheck(
    'MISSING_SECURE_TRANSPORT',
    'SUGGESTION',
    'Allows requests without TLS',
    'Nothing in this bucket policy refuses plain-HTTP requests. The usual guard is a Deny for all principals when aws:SecureTransport is false, so data only travels encrypted.',
    DOCS.s3Tls,
  ),
];

const GITHUB = 'token.actions.githubusercontent.com';

function strings(node: JsonNode | undefined): string[] {
  if (!node) return [];
  if (node.type === 'string') return [node.value];
  if (node.type === 'array')
    return node.items.flatMap((n) => (n.type === 'string' ? [n.value] : []));
  return [];
}

function principalValues(st: StatementView, type: string): string[] {
  const p = st.principal?.value;
  if (p?.type !== 'object') return [];
  return strings(p.properties.find((t) => t.key === type)?.value);
}

const isEveryone = (st: StatementView): boolean => {
  const p = st.principal?.value;
  return (p?.type === 'string' && p.value === '*') || principalValues(st, 'AWS').includes('*');
};

const hasKey = (st: StatementView, test: (key: string) => boolean): boolean =>
  st.conditions.some((c) => test(c.key.toLowerCase()));

/** Reports who a trust or resource policy lets in without conditions. */
export function checkTrust(ctx: LintContext): void {
  const policy = ctx.policy;
  if (!policy) return;
  for (const st of policy.statements) {
    if (st.effect !== 'Allow' || !st.principal) continue;
    const target = keyOf(st.principal);
    if (isEveryone(st) && !st.condition) {
      if (ctx.kind === 'trust')
        ctx.report(
          'TRUST_POLICY_ALLOWS_ANYONE',
          target,
          'Any AWS principal anywhere can assume this role',
        );
      else if (ctx.kind === 'resource' || ctx.kind === 'endpoint')
        ctx.report(
          'RESOURCE_POLICY_ALLOWS_ANYONE',
          target,
          'Anyone can use the actions this statement allows',
        );
    }
    if (ctx.kind !== 'trust') continue;
    const accounts = principalValues(st, 'AWS').filter(
      (v) => /^\d{12}$/.test(v) || /^arn:[^:]+:iam::\d{12}:root$/.test(v),
    );
    if (accounts.length > 0 && !st.condition)
      ctx.report(
        'MISSING_EXTERNAL_ID',
        target,
        `The whole account ${accounts.join(', ')} is trusted with no condition; for a third party, require sts:ExternalId`,
      );
    for (const provider of principalValues(st, 'Federated')) checkProvider(ctx, st, provider);
  }
  checkSecureTransport(ctx);
}

function checkProvider(ctx: LintContext, st: StatementView, federated: string): void {
  if (federated.includes(':saml-provider/') || !st.principal) return;
  const host = (
    federated.includes(':oidc-provider/')
      ? (federated.split(':oidc-provider/')[1] ?? '')
      : federated
  ).toLowerCase();
  if (host === '' || host.startsWith('arn:')) return;
  const target = keyOf(st.principal);
  if (host === GITHUB || host.startsWith(`${GITHUB}/`)) {
    if (!hasKey(st, (k) => k === `${GITHUB}:sub`))
      ctx.report(
        'MISSING_GITHUB_REPO_CONDITION_KEY',
        target,
        `Add a condition on ${GITHUB}:sub naming your repository (e.g. "repo:my-org/my-repo:*")`,
      );
    return;
  }
  if (!hasKey(st, (k) => k === `${host}:aud` || k === `${host}:sub` || k === `${host}:oaud`))
    ctx.report(
      'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
      target,
      `Add a condition on ${host}:aud (or :sub) so only tokens for your application are accepted`,
    );
}

function checkSecureTransport(ctx: LintContext): void {
  const policy = ctx.policy;
  if (ctx.kind !== 'resource' || !policy) return;
  const s3 = policy.statements
    .flatMap((st) => st.resource?.items ?? [])
    .filter((r) => r.value.startsWith('arn:aws:s3:::'));
  if (s3.length === 0) return;
  const guarded = policy.statements.some(
    (st) => st.effect === 'Deny' && hasKey(st, (k) => k === 'aws:securetransport'),
  );
  if (guarded) return;
  const buckets = [
    ...new Set(s3.map((r) => r.value.slice('arn:aws:s3:::'.length).split('/')[0] ?? '')),
  ].filter((b) => b !== '' && !b.includes('${'));
  const list = policy.statementProp?.value;
  const resources = buckets.flatMap((b) => [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/*`]);
  const statement = JSON.stringify({
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: resources,
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  });
  const fix =
    list?.type === 'array' && resources.length > 0
      ? appendItem(ctx, list, statement, 'Add a Deny for requests without TLS')
      : undefined;
  ctx.report(
    'MISSING_SECURE_TRANSPORT',
    policy.statementProp ? keyOf(policy.statementProp) : valueOf(policy.root),
    'No statement denies requests made without TLS (aws:SecureTransport false)',
    fix,
  );
}
