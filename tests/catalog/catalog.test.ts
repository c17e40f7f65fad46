import { describe, expect, it } from 'vitest';
import { nodeCatalog } from '../../src/catalog/nodeCatalog';
import { closest, editDistance, globMatch } from '../../src/catalog/glob';

const catalog = nodeCatalog();

describe('catalog index', () => {
  it('lists hundreds of services and tens of thousands of actions', () => {
    expect(catalog.services().length).toBeGreaterThan(400);
    expect(catalog.actionCount()).toBeGreaterThan(20_000);
    expect(catalog.serviceSummary('S3')?.name).toMatch(/S3/);
    expect(catalog.serviceSummary('nosuchservice')).toBeUndefined();
  });

  it('knows global condition keys, including templated ones', () => {
    expect(catalog.globalKey('aws:SourceIp')?.type).toBe('IPAddress');
    expect(catalog.globalKey('AWS:securetransport')?.type).toBe('Bool');
    expect(catalog.globalKey('aws:PrincipalTag/team')?.key).toBe('aws:PrincipalTag/${TagKey}');
    expect(catalog.globalKey('aws:PrincipalTag/')).toBeUndefined();
    expect(catalog.globalKey('aws:NoSuchKey')).toBeUndefined();
  });

  it('maps OIDC provider key prefixes to the service that documents them', () => {
    expect(catalog.servicesForKeyPrefix('accounts.google.com')).toEqual(['sts']);
    expect(catalog.servicesForKeyPrefix('github.com/enterprises/acme')).toEqual(['sts']);
    expect(catalog.servicesForKeyPrefix('s3')).toEqual(['s3']);
    expect(catalog.servicesForKeyPrefix('nope')).toEqual([]);
  });
});

describe('loaded services', () => {
  it('answers only after a service is loaded', async () => {
    const fresh = nodeCatalog(new URL('../../src/catalog/data/', import.meta.url).pathname + '');
    expect(fresh.action('sqs:SendMessage')).toBeUndefined();
    expect(fresh.expand('sqs:Send*')).toBeUndefined();
    await fresh.load(['sqs']);
    expect(fresh.action('SQS:sendmessage')?.fullName).toBe('sqs:SendMessage');
  });

  it('describes actions with access level, resource types and keys', async () => {
    await catalog.load(['s3', 'iam']);
    const get = catalog.action('s3:GetObject');
    expect(get?.level).toBe('Read');
    expect(get?.resourceTypes.map((r) => r.type.name)).toContain('object');
    expect(get?.resourceTypes.find((r) => r.type.name === 'object')?.type.arn).toBe(
      'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
    );
    expect(catalog.action('iam:PassRole')?.level).toBe('Write');
    expect(catalog.action('iam:AttachUserPolicy')?.level).toBe('Permissions management');
    expect(catalog.action('s3:ListAllMyBuckets')?.resourceTypes).toEqual([]);
  });

  it('expands wildcards', async () => {
    await catalog.load(['s3']);
    const gets = catalog.expand('s3:Get*') ?? [];
    expect(gets.length).toBeGreaterThan(20);
    expect(gets.every((a) => a.name.startsWith('Get'))).toBe(true);
    expect(catalog.expand('s3:GetObject')?.map((a) => a.fullName)).toEqual(['s3:GetObject']);
    expect(catalog.expand('s3:Nope*')).toEqual([]);
    expect(catalog.expand('s3:*')?.length).toBe(catalog.serviceSummary('s3')?.actionCount);
    expect(catalog.expand('GetObject')).toBeUndefined();
  });

  it('finds service condition keys, templated keys and pattern keys', async () => {
    await catalog.load(['s3', 'sts', 'codebuild']);
    expect(catalog.conditionKey('s3:prefix')?.type).toBe('String');
    expect(catalog.conditionKey('s3:ExistingObjectTag/owner')?.key).toBe(
      's3:ExistingObjectTag/<key>',
    );
    expect(catalog.conditionKey('sts:ExternalId')?.service).toBe('sts');
    expect(catalog.conditionKey('accounts.google.com:aud')?.service).toBe('sts');
    expect(catalog.conditionKey('s3:nosuchkey')).toBeUndefined();
  });

  it('suggests near names', async () => {
    await catalog.load(['s3']);
    expect(catalog.suggestActions('s3', 'GetObjekt')[0]).toBe('s3:GetObject');
    expect(catalog.suggestServices('s4')).toContain('s3');
    expect(catalog.suggestKeys('aws:SourceIP')[0]).toBe('aws:SourceIp');
  });

  it('loads descriptions separately', async () => {
    const docs = await catalog.docs('s3');
    expect(docs.action('GetObject')).toMatch(/^Grants permission to retrieve objects/);
    expect(docs.conditionKey('s3:prefix')).toMatch(/^Filters access by/);
  });
});

describe('glob helpers', () => {
  it('matches wildcards without regular expressions', () => {
    expect(globMatch('s3:Get*', 's3:GetObject')).toBe(true);
    expect(globMatch('s3:get?bject', 'S3:GetObject')).toBe(true);
    expect(globMatch('*Object', 's3:GetObjectAcl')).toBe(false);
    expect(globMatch('a*'.repeat(2000) + 'b', 'a'.repeat(5000))).toBe(false);
  });

  it('measures edit distance with a cap', () => {
    expect(editDistance('getobject', 'getobjekt', 2)).toBe(1);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(editDistance('short', 'muchlongername', 2)).toBe(3);
    expect(closest('PutObjcet', ['PutObject', 'GetObject', 'PutObjectAcl'])).toEqual(['PutObject']);
    expect(closest('s4', ['sqs', 's3', 'sns', 'ec2'])).toEqual(['s3', 'sns', 'sqs']);
    expect(closest('getobject', ['GetObject', 'GetObjectAcl'])).toEqual(['GetObject']);
  });
});
