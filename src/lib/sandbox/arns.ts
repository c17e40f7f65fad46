/** ARNs and fake identifiers of sandbox entities (deterministic, so tests and links are stable). */
import type { Organization, ResourceType, SandboxResource } from './schema';

/** FNV-1a, 32 bits: a stable short hash for fake ids. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable pseudo-random string of `length` characters from `alphabet`. */
export function fakeId(
  seed: string,
  length: number,
  alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
): string {
  let out = '';
  let h = hash32(seed);
  while (out.length < length) {
    h = hash32(`${h}:${seed}:${out.length}`);
    out += alphabet[h % alphabet.length];
  }
  return out;
}

const hex = '0123456789abcdef';

export const userArn = (account: string, name: string, path = '/') =>
  `arn:aws:iam::${account}:user${path}${name}`;
export const groupArn = (account: string, name: string) => `arn:aws:iam::${account}:group/${name}`;
export const roleArn = (account: string, name: string, path = '/') =>
  `arn:aws:iam::${account}:role${path}${name}`;
export const policyArn = (account: string, name: string) =>
  `arn:aws:iam::${account}:policy/${name}`;
export const rootArn = (account: string) => `arn:aws:iam::${account}:root`;
export const sessionArn = (account: string, role: string, session: string) =>
  `arn:aws:sts::${account}:assumed-role/${role}/${session}`;

/** The unique id IAM would show (AIDA… for users, AROA… for roles). */
export const uniqueId = (prefix: 'AIDA' | 'AROA' | 'AGPA' | 'ANPA', arn: string) =>
  prefix + fakeId(arn, 17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');

/** The ARN of a sandbox resource, as the service would build it. */
export function resourceArn(
  account: string,
  r: Pick<SandboxResource, 'type' | 'name' | 'region'>,
): string {
  const at = `${r.region}:${account}`;
  const kinds: Record<ResourceType, () => string> = {
    s3: () => `arn:aws:s3:::${r.name}`,
    kms: () => `arn:aws:kms:${at}:key/${kmsKeyId(account, r.name)}`,
    sqs: () => `arn:aws:sqs:${at}:${r.name}`,
    sns: () => `arn:aws:sns:${at}:${r.name}`,
    secretsmanager: () =>
      `arn:aws:secretsmanager:${at}:secret:${r.name}-${fakeId(account + r.name, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}`,
    lambda: () => `arn:aws:lambda:${at}:function:${r.name}`,
  };
  return kinds[r.type]();
}

/** A KMS key id (a UUID) derived from the key's name in the sandbox. */
export function kmsKeyId(account: string, name: string): string {
  const chars = fakeId(`kms:${account}:${name}`, 32, hex);
  return `${chars.slice(0, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}-${chars.slice(16, 20)}-${chars.slice(20)}`;
}

/** An ARN a resource-level request may target: the resource itself, or an object in a bucket. */
export function resourceTargets(account: string, r: SandboxResource): string[] {
  const arn = resourceArn(account, r);
  return r.type === 's3' ? [arn, `${arn}/*`] : [arn];
}

export interface FoundResource {
  account: string;
  resource: SandboxResource;
  arn: string;
}

/**
 * The sandbox resource an ARN names. An S3 object ARN finds its bucket; a KMS key may also be
 * named `key/<name>` and a secret without its random suffix (`secret:<name>` or `secret:<name>-*`).
 */
export function findResource(org: Organization, arn: string): FoundResource | undefined {
  const s3 = /^arn:aws:s3:::([^/]+)(\/.*)?$/.exec(arn);
  for (const account of org.accounts) {
    for (const resource of account.resources) {
      const canonical = resourceArn(account.id, resource);
      const at = `${resource.region}:${account.id}`;
      const hit = s3
        ? resource.type === 's3' && resource.name === s3[1]
        : canonical === arn ||
          (resource.type === 'kms' && arn === `arn:aws:kms:${at}:key/${resource.name}`) ||
          (resource.type === 'secretsmanager' &&
            (arn === `arn:aws:secretsmanager:${at}:secret:${resource.name}` ||
              arn === `arn:aws:secretsmanager:${at}:secret:${resource.name}-*`));
      if (hit) return { account: account.id, resource, arn: canonical };
    }
  }
  return undefined;
}

/** The account field of an ARN ('' when it has none, as in S3). */
export function arnAccount(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/** The Region field of an ARN ('' for global services). */
export function arnRegion(arn: string): string {
  return arn.split(':')[3] ?? '';
}

/** A fake access key id (AKIA + 16 characters) and secret, from a seed. */
export function fakeAccessKey(seed: string): { id: string; secret: string } {
  return {
    id: `AKIA${fakeId(seed, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    secret: fakeId(
      `secret:${seed}`,
      40,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
    ),
  };
}
