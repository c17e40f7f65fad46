import { describe, expect, it } from 'vitest';
import { parseOrganization, parseOrganizationText } from '../../../src/lib/sandbox/parse';
import { exampleOrganization, exampleOrganizationInput } from '../../../src/lib/sandbox/starter';

describe('reading an untrusted sandbox', () => {
  it('round-trips the example organization', () => {
    const org = exampleOrganization();
    const again = parseOrganizationText(JSON.stringify(org));
    expect(again).toEqual({ ok: true, org });
  });

  it('rejects what is not a sandbox, with where and why', () => {
    expect(parseOrganizationText('{oops')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^not valid JSON/)],
    });
    expect(parseOrganization({ managementAccountId: '1', accounts: [] })).toMatchObject({
      ok: false,
    });
    const bad = parseOrganization({ ...exampleOrganizationInput, extra: '<script>' });
    expect(bad.ok ? [] : bad.problems.join()).toMatch(/extra/);
  });

  it('rejects dangling references and oversized input', () => {
    const org = exampleOrganization();
    org.accounts[1]!.parentId = 'ou-missing';
    org.orgPolicies[1]!.targets.push('999999999999');
    const r = parseOrganization(org);
    expect(r.ok ? [] : r.problems).toEqual([
      'account Development: parent ou-missing does not exist',
      'RegionGuard is attached to 999999999999, which does not exist',
    ]);
    expect(parseOrganizationText('x'.repeat(1_000_001)).ok).toBe(false);
    const huge = exampleOrganization();
    huge.accounts[1]!.users[0]!.inlinePolicies.push({ name: 'x', document: 'y'.repeat(20_001) });
    expect(parseOrganization(huge).ok).toBe(false);
  });
});
