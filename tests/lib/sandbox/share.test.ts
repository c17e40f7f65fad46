import { describe, expect, it } from 'vitest';
import { resourceArn } from '../../../src/lib/sandbox/arns';
import { matrixCells, sandboxColumns, whoCanCandidates } from '../../../src/lib/sandbox/matrix';
import {
  decodeSandbox,
  decodeScenario,
  encodeSandbox,
  encodeScenario,
  maxShareChars,
  toBase64Url,
} from '../../../src/lib/sandbox/share';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';
import type { ActionInfo } from '../../../src/catalog/types';

describe('share links', () => {
  it('a sandbox survives the trip through a link, compressed', async () => {
    const org = exampleOrganization();
    const payload = await encodeSandbox(org);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(JSON.stringify(org).length / 2);
    expect(await decodeSandbox(payload)).toEqual({ ok: true, org });
  });

  it('a damaged, oversized or crafted link changes nothing and says why', async () => {
    expect(await decodeSandbox('not base64!')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/damaged/)],
    });
    expect(await decodeSandbox('A'.repeat(maxShareChars + 1))).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/at most/)],
    });
    // a zip bomb: 5 MB of zeros compresses to a few KB
    const stream = new Blob([new Uint8Array(5_000_000)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bomb = toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
    expect(await decodeSandbox(bomb)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/expands to more than/)],
    });
    const crafted = await encodeSandbox({ ...exampleOrganization(), accounts: [] } as never);
    expect((await decodeSandbox(crafted)).ok).toBe(false);
  });

  it('a scenario link round-trips and rejects junk', () => {
    const scenario = { request: { principal: '*', action: 's3:GetObject', resource: '*' } };
    expect(decodeScenario(encodeScenario(scenario))).toEqual({ ok: true, value: scenario });
    expect(decodeScenario('%%%')).toMatchObject({ ok: false });
    expect(decodeScenario(toBase64Url(new TextEncoder().encode('{nope')))).toMatchObject({
      ok: false,
    });
  });
});

describe('access matrix cells', () => {
  const action = (fullName: string, types: string[]): ActionInfo => ({
    service: fullName.split(':')[0] ?? '',
    name: fullName.split(':')[1] ?? '',
    fullName,
    level: 'Read',
    resourceTypes: types.map((name) => ({
      type: { name, arn: '', conditionKeys: [] },
      required: true,
      conditionKeys: [],
    })),
    conditionKeys: [],
  });

  it('pairs each action with the sandbox resources of its types, or *', () => {
    const org = exampleOrganization();
    const cells = matrixCells(
      [
        action('s3:GetObject', ['object']),
        action('s3:ListBucket', ['bucket']),
        action('s3:ListAllMyBuckets', []),
      ],
      sandboxColumns(org),
    );
    expect(cells.filter((c) => c.action === 's3:GetObject').map((c) => c.column.arn)).toEqual([
      'arn:aws:s3:::dev-app-data/example-key',
      'arn:aws:s3:::prod-reports/example-key',
    ]);
    expect(cells.filter((c) => c.action === 's3:ListBucket')).toHaveLength(2);
    expect(cells.find((c) => c.action === 's3:ListAllMyBuckets')?.column.arn).toBe('*');
    const sqs = matrixCells([action('sqs:SendMessage', ['queue'])], sandboxColumns(org));
    expect(sqs.map((c) => c.column.arn)).toEqual([
      resourceArn('222222222222', { type: 'sqs', name: 'orders', region: 'eu-west-1' }),
    ]);
  });

  it('who-can candidates include users, role sessions, Identity Center users, roots, named services and anonymous', () => {
    const kinds = new Set(whoCanCandidates(exampleOrganization()).map((p) => p.type));
    expect([...kinds].sort()).toEqual(['anonymous', 'root', 'service', 'session', 'sso', 'user']);
    expect(whoCanCandidates(exampleOrganization())).toContainEqual({
      type: 'service',
      service: 'lambda.amazonaws.com',
    });
  });
});
