// `npm run --silent lint-policy -- --type TYPE FILE...`: lint IAM policy files offline with the
// same checks as the editor, and print one JSON array: [{ file, findings: [{ code, severity,
// message, path, range }] }].
import { readFileSync } from 'node:fs';
import { nodeCatalog } from '../catalog/nodeCatalog.ts';
import { lintPolicyText } from '../engine/index.ts';
import type { Finding, PolicyKind } from '../engine/index.ts';
import { expandPaths, InputError } from './scenarioFiles.ts';

const KINDS: readonly PolicyKind[] = [
  'identity',
  'resource',
  'trust',
  'pb',
  'session',
  'scp',
  'rcp',
  'endpoint',
];

const USAGE = `Usage: npm run --silent lint-policy -- --type TYPE FILE...

Lints each IAM policy FILE (a JSON policy document; a folder means every *.json below it) and
prints one JSON array: [{ "file", "findings": [{ "code", "severity", "message", "path",
"range" }] }]. Severities are ERROR, SECURITY_WARNING, WARNING and SUGGESTION.

  --type TYPE   what the policies are used as: ${KINDS.join(', ')}
                (pb = permissions boundary, rcp = resource control policy); default identity
  --help        show this help

Exit status: 0 when every file could be read (whatever the findings), 2 on an unreadable
file or bad arguments.`;

interface Point {
  line: number;
  column: number;
}

interface Output {
  file: string;
  findings: (Pick<Finding, 'code' | 'severity' | 'message' | 'path'> & {
    range: { start: Point; end: Point };
  })[];
}

function parseArgs(argv: readonly string[]): { kind: PolicyKind; paths: string[] } | string {
  let kind: PolicyKind = 'identity';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--type' || arg.startsWith('--type=')) {
      const value = arg === '--type' ? argv[++i] : arg.slice('--type='.length);
      if (!value || !(KINDS as readonly string[]).includes(value))
        return `--type must be one of ${KINDS.join(', ')}${value ? `, not "${value}"` : ''}`;
      kind = value as PolicyKind;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else paths.push(arg);
  }
  return paths.length === 0 ? 'no FILE given' : { kind, paths };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const why = cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);
    throw new InputError(`cannot read ${file}: ${why}`);
  }
}

const position = (p: Point): Point => ({ line: p.line, column: p.column });

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`lint-policy: ${args}\n\n${USAGE}\n`);
    return 2;
  }
  let inputs: { file: string; text: string }[];
  try {
    inputs = expandPaths(args.paths).map((file) => ({ file, text: readText(file) }));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`lint-policy: ${error.message}\n`);
    return 2;
  }
  const catalog = nodeCatalog();
  const out: Output[] = [];
  for (const { file, text } of inputs) {
    const findings = await lintPolicyText(text, { kind: args.kind, catalog });
    out.push({
      file,
      findings: findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        path: f.path,
        range: { start: position(f.range.start), end: position(f.range.end) },
      })),
    });
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
