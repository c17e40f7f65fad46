import { describe, expect, it } from 'vitest';
import { expandPolicy } from '../../../src/components/editor/actionExpansion';
import { policySchema } from '../../../src/components/editor/policySchema';
import { nodeCatalog } from '../../../src/catalog/nodeCatalog';

const catalog = nodeCatalog();

describe('expandPolicy', () => {
  it('expands each Action and NotAction pattern with counts and sorted actions', async () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: ['s3:Get*', 'iam:PassRole'], Resource: '*' },
        { Effect: 'Deny', NotAction: 'ec2:Describe*', Resource: '*' },
      ],
    });
    const { entries, error } = await expandPolicy(text, catalog);
    expect(error).toBeUndefined();
    expect(entries.map((e) => [e.statement, e.element, e.pattern])).toEqual([
      [0, 'Action', 's3:Get*'],
      [0, 'Action', 'iam:PassRole'],
      [1, 'NotAction', 'ec2:Describe*'],
    ]);
    const gets = entries[0];
    expect(gets?.sid).toBe('Read');
    expect(gets?.count).toBeGreaterThan(20);
    expect(gets?.actions.every((a) => a.name.startsWith('s3:Get'))).toBe(true);
    expect(gets?.actions.find((a) => a.name === 's3:GetObject')?.level).toBe('Read');
    expect(entries[1]).toMatchObject({ count: 1, actions: [{ name: 'iam:PassRole' }] });
    expect(entries[2]?.effect).toBe('Deny');
  });

  it('says when a pattern is everything, or matches nothing and why', async () => {
    const text = JSON.stringify({
      Statement: { Effect: 'Allow', Action: ['*', 'nosuch:Get*', 'GetObject', 's3:Nope*'] },
    });
    const { entries } = await expandPolicy(text, catalog);
    expect(entries[0]).toMatchObject({ all: true, actions: [] });
    expect(entries[0]?.count).toBe(catalog.actionCount());
    expect(entries[1]?.problem).toMatch(/no service "nosuch"/);
    expect(entries[2]?.problem).toMatch(/service:action/);
    expect(entries[3]).toMatchObject({ count: 0, actions: [] });
  });

  it('reports text that is not a policy yet', async () => {
    expect((await expandPolicy('{"Statement": [', catalog)).error).toMatch(/not valid JSON/);
    expect((await expandPolicy('[1, 2]', catalog)).error).toMatch(/JSON object/);
  });
});

describe('policySchema', () => {
  const statementProps = (kind: Parameters<typeof policySchema>[0]) => {
    const statement = (policySchema(kind).properties as Record<string, { anyOf: unknown[] }>)
      .Statement?.anyOf[0] as { properties: Record<string, unknown> };
    return Object.keys(statement.properties);
  };
  it('offers Principal only where the policy type has one', () => {
    expect(statementProps('identity')).not.toContain('Principal');
    expect(statementProps('scp')).not.toContain('Principal');
    expect(statementProps('trust')).toContain('Principal');
    expect(statementProps('trust')).not.toContain('NotPrincipal');
    expect(statementProps('resource')).toEqual(
      expect.arrayContaining(['Principal', 'NotPrincipal']),
    );
  });
  it('references nothing on the network', () => {
    expect(JSON.stringify(policySchema('resource'))).not.toMatch(/https?:|\$ref|\$schema/);
  });
});
