/** Helpers to declare checks: metadata and AWS documentation links. */
import type { CheckMeta, Severity } from './types';

const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
const CHECKS = `${GUIDE}access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-`;

const ANCHOR: Record<Severity, string> = {
  ERROR: 'error',
  SECURITY_WARNING: 'security-warning',
  WARNING: 'general-warning',
  SUGGESTION: 'suggestion',
};

/** A page of the IAM User Guide. */
export const guide = (page: string): string => GUIDE + page;

/** The IAM policy validation check reference entry for an AWS check, by its title. */
export function checkReference(severity: Severity, title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/notprincipal/g, 'not-principal')
    .replace(/notresource/g, 'not-resource')
    .replace(/notaction/g, 'not-action')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return CHECKS + `${ANCHOR[severity]}-${slug}`;
}

/** Declares an AWS check: its documentation is AWS's check reference entry. */
export function awsCheck(code: string, severity: Severity, title: string, why: string): CheckMeta {
  return { code, severity, title, why, docUrl: checkReference(severity, title) };
}

/** Declares a check of our own (no AWS equivalent), documented by an IAM User Guide page. */
export function ownCheck(
  code: string,
  severity: Severity,
  title: string,
  why: string,
  docUrl: string,
): CheckMeta {
  return { code, severity, title, why, docUrl };
}

/** Common documentation pages. */
export const DOCS = {
  grammar: guide('reference_policies_grammar.html'),
  elements: guide('reference_policies_elements.html'),
  action: guide('reference_policies_elements_action.html'),
  notAction: guide('reference_policies_elements_notaction.html'),
  resource: guide('reference_policies_elements_resource.html'),
  notResource: guide('reference_policies_elements_notresource.html'),
  principal: guide('reference_policies_elements_principal.html'),
  condition: guide('reference_policies_elements_condition.html'),
  operators: guide('reference_policies_elements_condition_operators.html'),
  globalKeys: guide('reference_policies_condition-keys.html'),
  multiValue: guide('reference_policies_condition-single-vs-multi-valued-context-keys.html'),
  variables: guide('reference_policies_variables.html'),
  quotas: guide('reference_iam-quotas.html'),
  passRole: guide('id_roles_use_passrole.html'),
  confusedDeputy: guide('confused-deputy.html'),
  oidc: guide('id_roles_create_for-idp_oidc.html'),
  mfa: guide('id_credentials_mfa_configure-api-require.html'),
  bestPractices: guide('best-practices.html'),
  privesc: guide('access_policies_boundaries.html'),
  scpSyntax:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html',
  rcpSyntax:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html',
  orgQuotas:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html',
  s3Tls: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
  serviceAuth:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
};
