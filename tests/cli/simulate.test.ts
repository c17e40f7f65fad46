import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
let dir = '';

/** Runs the command exactly as documented: `npm run --silent simulate -- ARGS`. */
function simulate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', 'simulate', '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function write(relative: string, value: unknown): string {
  const path = join(dir, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

function scenario(name: string, action: string): unknown {
  return {
    name,
    request: {
      principal: 'arn:aws:iam::111122223333:user/alice',
      action,
      resource: 'arn:aws:s3:::shared-data/f.csv',
      resourceAccount: '111122223333',
    },
    identityPolicies: [
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared-data/*' },
        ],
      },
    ],
  };
}

const badOperator = {
  name: 'bad operator',
  request: {
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: '*',
  },
  identityPolicies: [
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { StringEqualz: { 'aws:username': 'alice' } },
        },
      ],
    },
  ],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'simulate-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('simulate command line', () => {
  it('prints one result for a single-scenario file and exits 0', () => {
    const file = write('one.json', scenario('get allowed', 's3:GetObject'));
    const run = simulate(file);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { name: 'get allowed', decision: 'allowed', blockedBy: [] },
    ]);
  });

  it('keeps input order for an array file', () => {
    const file = write('array.json', [
      scenario('b put', 's3:PutObject'),
      scenario('a get', 's3:GetObject'),
    ]);
    const results = JSON.parse(simulate(file).stdout) as { name: string; decision: string }[];
    expect(results.map((r) => [r.name, r.decision])).toEqual([
      ['b put', 'implicitDeny'],
      ['a get', 'allowed'],
    ]);
  });

  it('expands a folder into every *.json below it, in sorted order', () => {
    write('tree/b.json', scenario('from b', 's3:GetObject'));
    write('tree/a/z.json', scenario('from a/z', 's3:GetObject'));
    write('tree/c/d.json', [
      scenario('from c/d #0', 's3:GetObject'),
      scenario('from c/d #1', 's3:GetObject'),
    ]);
    write('tree/notes.txt', 'not a scenario');
    const run = simulate(join(dir, 'tree'));
    expect(run.status).toBe(0);
    const names = (JSON.parse(run.stdout) as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(['from a/z', 'from b', 'from c/d #0', 'from c/d #1']);
  });

  it('expands a bench wrapper over its defaults', () => {
    const base = scenario('unused', 's3:GetObject') as Record<string, unknown>;
    const file = write('wrapper.json', {
      recipe: { note: 'test' },
      defaults: { identityPolicies: base['identityPolicies'] },
      scenarios: [
        { name: 'w0', request: (scenario('x', 's3:GetObject') as { request: unknown }).request },
        { name: 'w1', request: (scenario('x', 's3:DeleteObject') as { request: unknown }).request },
      ],
    });
    const results = JSON.parse(simulate(file).stdout) as { name: string; decision: string }[];
    expect(results.map((r) => [r.name, r.decision])).toEqual([
      ['w0', 'allowed'],
      ['w1', 'implicitDeny'],
    ]);
  });

  it('reports a scenario error with message and path, and still exits 0', () => {
    const file = write('errors.json', [badOperator, scenario('fine', 's3:GetObject')]);
    const run = simulate(file);
    expect(run.status).toBe(0);
    const [bad, fine] = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(bad).toMatchObject({ name: 'bad operator', error: { message: expect.any(String) } });
    expect((bad?.['error'] as { path: string }).path).toMatch(/^identityPolicies\[0\]/);
    expect(bad).not.toHaveProperty('decision');
    expect(fine).toMatchObject({ name: 'fine', decision: 'allowed' });
  });

  it('adds a trace with --explain', () => {
    const file = write('explain.json', scenario('explained', 's3:GetObject'));
    const [result] = JSON.parse(simulate(file, '--explain').stdout) as Record<string, unknown>[];
    expect(result).toMatchObject({ name: 'explained', decision: 'allowed' });
    expect(Array.isArray(result?.['trace'])).toBe(true);
    expect((result?.['trace'] as unknown[]).length).toBeGreaterThan(0);
    const [plain] = JSON.parse(simulate(file).stdout) as Record<string, unknown>[];
    expect(plain).not.toHaveProperty('trace');
  });

  it('exits 2 with a message on invalid JSON', () => {
    const file = write('broken.json', '{ "request": ');
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('broken.json');
  });

  it('exits 2 with a message on JSON that is not a scenario file', () => {
    const file = write('number.json', '42');
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('number.json');
  });

  it('exits 2 with a message on a missing file', () => {
    const run = simulate(join(dir, 'does-not-exist.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does-not-exist.json');
  });

  it('exits 2 when given no path, and prints usage on --help', () => {
    expect(simulate().status).toBe(2);
    const help = simulate('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--explain');
  });
});
