import { describe, expect, it } from 'vitest';
import { nodeCatalog } from '../../../src/catalog/nodeCatalog';
import { LINT_CHECKS, lintPolicyText } from '../../../src/engine/index';
import type { Finding, PolicyKind, QuickFix } from '../../../src/engine/index';
import { CATALOG_CASES } from './cases/catalog';
import { GRAMMAR_CASES } from './cases/grammar';
import type { LintCase } from './cases/helpers';
import { SECURITY_CASES } from './cases/security';

const catalog = nodeCatalog();
const CASES: LintCase[] = [...GRAMMAR_CASES, ...CATALOG_CASES, ...SECURITY_CASES];

const text = (policy: unknown): string =>
  typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2);

const lint = (policy: unknown, kind: PolicyKind): Promise<Finding[]> =>
  lintPolicyText(text(policy), { kind, catalog });

/** Applies a quick fix's edits (last first, so offsets stay valid). */
function applyFix(source: string, fix: QuickFix): string {
  return [...fix.edits]
    .sort((a, b) => b.range.start.offset - a.range.start.offset)
    .reduce(
      (out, e) => out.slice(0, e.range.start.offset) + e.text + out.slice(e.range.end.offset),
      source,
    );
}

describe('every lint check', () => {
  it('has exactly one test case, and every case names a declared check', () => {
    const codes = LINT_CHECKS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(CASES.map((c) => c.code).sort()).toEqual([...codes].sort());
  });

  it('has a title, an explanation and an AWS documentation link', () => {
    for (const c of LINT_CHECKS) {
      expect(c.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.why.length).toBeGreaterThan(40);
      expect(c.docUrl).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|rhinosecuritylabs\.com)\//);
    }
  });
});

describe.each(CASES)('$code', (c) => {
  const kind = c.kind ?? 'identity';
  it('is reported for the trigger, at a range inside the text, with its severity', async () => {
    const source = text(c.trigger);
    const findings = await lint(c.trigger, kind);
    const hit = findings.find((f) => f.code === c.code);
    expect(
      hit,
      JSON.stringify(
        findings.map((f) => `${f.code}: ${f.message}`),
        null,
        1,
      ),
    ).toBeDefined();
    if (!hit) return;
    expect(hit.severity).toBe(LINT_CHECKS.find((m) => m.code === c.code)?.severity);
    expect(hit.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(hit.range.end.offset).toBeLessThanOrEqual(source.length);
    expect(hit.range.end.offset).toBeGreaterThanOrEqual(hit.range.start.offset);
    expect(hit.message.length).toBeGreaterThan(5);
  });

  it('is not reported for the near miss', async () => {
    const findings = await lint(c.miss, c.missKind ?? kind);
    expect(findings.filter((f) => f.code === c.code).map((f) => f.message)).toEqual([]);
  });

  if (c.fixes) {
    it('offers a quick fix that resolves it', async () => {
      const source = text(c.trigger);
      const findings = await lint(c.trigger, kind);
      const hit = findings.find((f) => f.code === c.code && f.fix);
      expect(hit?.fix).toBeDefined();
      if (!hit?.fix) return;
      const fixed = applyFix(source, hit.fix);
      const after = await lintPolicyText(fixed, { kind, catalog });
      const before = findings.filter((f) => f.code === c.code).length;
      expect(after.filter((f) => f.code === c.code).length).toBeLessThan(before);
      expect(after.some((f) => f.code === 'JSON_SYNTAX_ERROR')).toBe(false);
    });
  }
});
