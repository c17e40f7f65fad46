/**
 * Resource ARN checks: the six-field grammar, partition, service, Region and account fields
 * against the catalog's ARN templates, ARNs that fit no resource type, redundant entries.
 */
import type { ResourceTypeInfo } from '../../catalog/types';
import type { ElementView, LintContext, StringItem } from './context';
import { valueOf } from './context';
import { removeItem } from './edits';
import { awsCheck } from './meta';
import { arnFields, arnIntersects, covers } from './patterns';
import type { CheckMeta } from './types';
import { PAIRWISE_LIMIT } from './limits';

/** The resource ARN checks. */
export const RESOURCE_CHECKS: CheckMeta[] = [
  awsCheck(
    'INVALID_ARN_PREFIX',
    'ERROR',
    'Invalid ARN prefix',
    'A resource is "*" or an ARN, and every ARN starts with "arn:". Anything else never matches a resource.',
  ),
  awsCheck(
    'MISSING_ARN_FIELD',
    'ERROR',
    'Missing ARN field',
    'An ARN has six colon-separated fields: arn:partition:service:region:account-id:resource. With one missing, the rest shift and nothing matches.',
  ),
  awsCheck(
    'INVALID_PARTITION',
    'ERROR',
    'Invalid partition',
    'The second ARN field is the partition: aws for the commercial Regions, aws-cn for China, aws-us-gov for GovCloud.',
  ),
  awsCheck(
    'INVALID_ARN_SERVICE_CASE',
    'ERROR',
    'Invalid ARN service case',
    'ARN matching is case-sensitive and service names in ARNs are lower case, so "S3" never matches "s3".',
  ),
  awsCheck(
    'INVALID_SERVICE',
    'ERROR',
    'Invalid service',
    'The service named here does not exist, so nothing ever matches it.',
  ),
  awsCheck(
    'INVALID_ARN_ACCOUNT',
    'ERROR',
    'Invalid ARN account',
    'The account field of an ARN is a 12-digit account ID (or empty for services whose ARNs have none).',
  ),
  awsCheck(
    'ARN_REGION_NOT_ALLOWED',
    'ERROR',
    'ARN Region not allowed',
    "This service's resource ARNs have an empty Region field (S3 buckets, IAM roles...). An ARN with a Region never matches them.",
  ),
  awsCheck(
    'ARN_ACCOUNT_NOT_ALLOWED',
    'ERROR',
    'ARN account not allowed',
    "This service's resource ARNs have no account ID (S3 bucket names are global, for example). An ARN with one never matches.",
  ),
  awsCheck(
    'MISSING_ARN_REGION',
    'ERROR',
    'Missing ARN Region',
    "This service's resource ARNs include a Region; with the field empty, the ARN never matches. Use the Region or *.",
  ),
  awsCheck(
    'INVALID_ARN_RESOURCE',
    'ERROR',
    'Invalid ARN resource',
    "The resource part of the ARN fits none of the service's resource types, so it never matches a real resource.",
  ),
  awsCheck(
    'REDUNDANT_RESOURCE',
    'SUGGESTION',
    'Redundant resource',
    'An ARN already covered by a wildcard ARN in the same list adds nothing.',
  ),
];

const PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
];

const wild = (s: string): boolean => s.includes('*') || s.includes('?') || s.includes('${');

/** The resource types of every loaded service that uses this ARN service segment. */
export { arnFields };

/** The resource types of every loaded service that uses this ARN service segment; null until they are loaded. */
export function typesForArnService(ctx: LintContext, segment: string): ResourceTypeInfo[] | null {
  const catalog = ctx.catalog;
  if (!catalog) return null;
  const services = catalog.servicesForArn(segment);
  if (services.some((s) => !catalog.isLoaded(s))) return null;
  return services.flatMap((s) => [...(catalog.service(s)?.resourceTypes ?? [])]);
}

/** Checks every Resource and NotResource entry. */
export function checkResources(ctx: LintContext): void {
  for (const st of ctx.policy?.statements ?? []) {
    for (const el of [st.resource, st.notResource]) {
      if (!el) continue;
      for (const item of el.items) checkArn(ctx, item);
      checkRedundant(ctx, el);
    }
  }
}

function checkArn(ctx: LintContext, item: StringItem): void {
  const value = item.value;
  const target = valueOf(item.node);
  if (value === '*') return;
  if (!value.startsWith('arn:')) {
    ctx.flagged.add(item.node);
    ctx.report('INVALID_ARN_PREFIX', target, `"${value}" is not "*" or an ARN starting with arn:`);
    return;
  }
  const f = arnFields(value);
  const [, partition = '', service = '', region = '', account = ''] = f;
  if (f.length < 6 && !(f[f.length - 1] ?? '').endsWith('*')) {
    ctx.flagged.add(item.node);
    ctx.report(
      'MISSING_ARN_FIELD',
      target,
      `"${value}" has ${f.length} of the 6 ARN fields (arn:partition:service:region:account-id:resource)`,
    );
    return;
  }
  if (service === '') {
    ctx.report('MISSING_ARN_FIELD', target, `"${value}" has an empty service field`);
    return;
  }
  if (!wild(partition) && !PARTITIONS.includes(partition)) {
    const fix =
      /^aws/i.test(partition) || partition === ''
        ? ctx.replace(
            target,
            JSON.stringify(['arn', 'aws', ...f.slice(2)].join(':')),
            'Use the aws partition',
          )
        : undefined;
    ctx.report(
      'INVALID_PARTITION',
      target,
      `"${partition}" is not a partition; use aws (or aws-cn, aws-us-gov)`,
      fix,
    );
  }
  if (service.includes('*') || service.includes('?')) {
    ctx.report(
      'WILDCARD_IN_SERVICE_NAME',
      target,
      `"${value}" has a wildcard in the service field`,
    );
    return;
  }
  if (service !== service.toLowerCase()) {
    const fixed = [f[0], partition, service.toLowerCase(), ...f.slice(3)].join(':');
    ctx.report(
      'INVALID_ARN_SERVICE_CASE',
      target,
      `The service field "${service}" must be lower case`,
      ctx.replace(target, JSON.stringify(fixed), `Write ${service.toLowerCase()}`),
    );
    return;
  }
  if (account !== '' && !wild(account) && !/^\d{12}$/.test(account) && account !== 'aws') {
    ctx.report('INVALID_ARN_ACCOUNT', target, `"${account}" is not a 12-digit account ID`);
  }
  const catalog = ctx.catalog;
  if (!catalog) return;
  if (catalog.servicesForArn(service).length === 0) {
    const near = catalog.suggestServices(service);
    ctx.report(
      'INVALID_SERVICE',
      target,
      `No AWS service uses "${service}" in its ARNs` +
        (near.length ? `; did you mean ${near.join(', ')}?` : ''),
    );
    return;
  }
  const types = typesForArnService(ctx, service);
  if (!types || types.length === 0 || f.length < 6) return;
  const fits = (fields: string[]): boolean => {
    const arn = fields.join(':');
    return types.some((t) => arnIntersects(arn, t.arn));
  };
  if (fits(f)) return;
  ctx.flagged.add(item.node);
  // Which single repair would make it fit says what is wrong.
  const without = (i: number): string[] => f.map((x, j) => (j === i ? '' : x));
  if (region !== '' && fits(without(3))) {
    const fixed = JSON.stringify(without(3).join(':'));
    ctx.report(
      'ARN_REGION_NOT_ALLOWED',
      target,
      `${service} resource ARNs of this kind have no Region; remove "${region}"`,
      ctx.replace(target, fixed, 'Remove the Region'),
    );
  } else if (account !== '' && fits(without(4))) {
    const fixed = JSON.stringify(without(4).join(':'));
    ctx.report(
      'ARN_ACCOUNT_NOT_ALLOWED',
      target,
      `${service} resource ARNs of this kind have no account ID; remove "${account}"`,
      ctx.replace(target, fixed, 'Remove the account ID'),
    );
  } else if (region === '' && fits(f.map((x, j) => (j === 3 ? '*' : x)))) {
    ctx.report(
      'MISSING_ARN_REGION',
      target,
      `${service} resource ARNs of this kind include a Region; this one has none (use * for any Region)`,
    );
  } else {
    const examples = types
      .slice(0, 3)
      .map((t) => t.arn)
      .join(', ');
    ctx.report(
      'INVALID_ARN_RESOURCE',
      target,
      `"${value}" fits none of the ${service} resource types (for example ${examples})`,
    );
  }
}

function checkRedundant(ctx: LintContext, el: ElementView): void {
  if (el.items.length > PAIRWISE_LIMIT) return; // pairwise comparison: keep huge pastes fast
  el.items.forEach((item, i) => {
    const by = el.items.find((other, j) => {
      if (j === i) return false;
      if (other.value === item.value) return j < i;
      return covers(other.value, item.value, false);
    });
    if (!by) return;
    const list = el.prop.value;
    ctx.report(
      'REDUNDANT_RESOURCE',
      valueOf(item.node),
      `"${item.value}" is already covered by "${by.value}"`,
      list.type === 'array'
        ? removeItem(ctx, list, item.node, 'Remove the redundant ARN')
        : undefined,
    );
  });
}
