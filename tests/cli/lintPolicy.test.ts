import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
let dir = '';

/** Runs the command exactly as documented: `npm run --silent lint-policy -- ARGS`. */
function lintPolicy(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', 'lint-policy', '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Output {
  file: string;
  findings: {
    code: string;
    severity: string;
    message: string;
    path: string;
    range: { start: { line: number; column: number }; end: { line: number; column: number } };
  }[];
}

function write(relative: string, value: unknown): string {
  const path = join(dir, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const bucketStatement = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::example-bucket/*',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-policy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run lint-policy', () => {
  it('prints each file with its findings (code, severity, message, path, range) and exits 0', () => {
    const file = write('typo.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }],
    });
    const run = lintPolicy('--type', 'identity', file);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Output[];
    expect(out).toHaveLength(1);
    expect(out[0]?.file).toBe(file);
    const invalid = out[0]?.findings.find((f) => f.code === 'INVALID_ACTION');
    expect(invalid).toMatchObject({ severity: 'ERROR', path: 'Statement[0].Action' });
    expect(invalid?.message).toMatch(/s3:GetObject/);
    expect(invalid?.range.start).toEqual({ line: 6, column: 17 });
    expect(Object.keys(invalid ?? {}).sort()).toEqual([
      'code',
      'message',
      'path',
      'range',
      'severity',
    ]);
  });

  it('judges the policy by its --type', () => {
    const file = write('bucket.json', { Version: '2012-10-17', Statement: [bucketStatement] });
    const codes = (type: string): string[] =>
      (JSON.parse(lintPolicy('--type', type, file).stdout) as Output[])[0]?.findings.map(
        (f) => f.code,
      ) ?? [];
    expect(codes('identity')).toContain('UNSUPPORTED_PRINCIPAL');
    expect(codes('resource')).not.toContain('UNSUPPORTED_PRINCIPAL');
    expect(codes('scp')).toContain('SCP_SYNTAX_ERROR_PRINCIPAL');
  });

  it('reads folders (every *.json below, sorted) and reports text that is not JSON as a finding', () => {
    write('folder/b.json', 'not json at all');
    write('folder/a.json', { Version: '2012-10-17', Statement: [bucketStatement] });
    write('folder/notes.txt', 'ignored');
    const run = lintPolicy('--type', 'resource', join(dir, 'folder'));
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Output[];
    expect(out.map((o) => o.file.slice(dir.length))).toEqual(['/folder/a.json', '/folder/b.json']);
    expect(out[1]?.findings.map((f) => f.code)).toEqual(['JSON_SYNTAX_ERROR']);
  });

  it('exits 2 with a message on an unreadable file', () => {
    const good = write('good.json', { Version: '2012-10-17', Statement: [bucketStatement] });
    const run = lintPolicy('--type', 'resource', good, join(dir, 'missing.json'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/missing\.json/);
  });

  it('exits 2 on an unknown --type or no file', () => {
    const file = write('x.json', {});
    const bad = lintPolicy('--type', 'admin', file);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--type must be one of identity, resource, trust/);
    expect(lintPolicy('--type', 'identity').status).toBe(2);
  });
});
