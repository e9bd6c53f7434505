/**
 * `vbparse batch` end to end: every test builds an input tree in a temporary folder, runs
 * `node bin/vbparse.js batch …` in a child process, and looks at the exit code, the output tree,
 * the journal, the report and the NDJSON stream.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/schema/document.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vbparse.js');
const FIXTURES = join(ROOT, 'fixtures');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function vbparse(args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', JOB_COMPLETION_INDEX: '', AWS_BATCH_JOB_ARRAY_INDEX: '', ...options.env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vbparse-batch-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes files (relative path → fixture name or literal content) under `dir/sub`. */
function tree(sub: string, files: Record<string, string | Buffer>): string {
  const base = join(dir, sub);
  for (const [path, content] of Object.entries(files)) {
    const target = join(base, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string' && content.startsWith('fixture:')) copyFileSync(join(FIXTURES, content.slice(8)), target);
    else writeFileSync(target, content);
  }
  return base;
}

/** Every file under a folder (relative paths, sorted), dot files included. */
function listFiles(folder: string): string[] {
  const found: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else found.push(relative(folder, path).split('\\').join('/'));
    }
  };
  if (existsSync(folder)) visit(folder);
  return found.sort();
}

function journal(out: string, name = '.vbparse-journal.ndjson'): Array<Record<string, unknown>> {
  return readFileSync(join(out, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const LETTERS = {
  'cv/linear.md': 'fixture:cv-linear-mttq.md',
  'cv/2021/plain.txt': 'fixture:kh-plain.txt',
  'qd/dieu.txt': 'fixture:qd-dieu-khoan.txt',
  'qd/table.md': 'fixture:gm-table.md',
  'party.txt': 'fixture:cv-party-dongkinhgui.txt',
};

describe('vbparse batch: the output tree', { timeout: 60_000 }, () => {
  it('mirrors the input tree, one JSON file per document, and keeps a journal', () => {
    const input = tree('archive', { ...LETTERS, 'notes.csv': 'not a document', '.hidden/x.txt': 'fixture:kh-plain.txt' });
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--jobs', '2'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(listFiles(join(dir, 'parsed'))).toEqual([
      '.vbparse-journal.ndjson',
      'cv/2021/plain.json',
      'cv/linear.json',
      'party.json',
      'qd/dieu.json',
      'qd/table.json',
    ]);
    const linear = JSON.parse(readFileSync(join(dir, 'parsed/cv/linear.json'), 'utf8'));
    expect(linear.header.number).toBe('468');
    expect(linear.source.path).toBe('archive/cv/linear.md');
    expect(journal(join(dir, 'parsed')).map((r) => [r.path, r.status]).sort()).toEqual(
      Object.keys(LETTERS).sort().map((path) => [path, 'ok']),
    );
    expect(run.stderr).toMatch(/5 files: 5 parsed, 0 skipped, 0 failed/);
    expect(input).toBe(join(dir, 'archive'));
  });

  it('writes YAML with --format yaml', () => {
    tree('archive', { 'a.txt': 'fixture:kh-plain.txt' });
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--format', 'yaml'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'parsed/a.yaml'), 'utf8')).toMatch(new RegExp(`^schemaVersion: "?${SCHEMA_VERSION.replaceAll('.', '\\.')}"?$`, 'm'));
  });

  it('gives two inputs with one stem in one folder names that keep their extensions', () => {
    tree('archive', { 'a.txt': 'fixture:kh-plain.txt', 'a.md': 'fixture:cv-linear-mttq.md', 'b.txt': 'fixture:qd-dieu-khoan.txt' });
    const run = vbparse(['batch', 'archive', '--out', 'parsed'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(listFiles(join(dir, 'parsed')).filter((f) => !f.startsWith('.'))).toEqual(['a.md.json', 'a.txt.json', 'b.json']);
    // The same names when only one of them is taken (another shard, a glob): names are stable.
    const again = vbparse(['batch', 'archive/a.txt', '--out', 'one'], { cwd: dir });
    expect(again.status, again.stderr).toBe(0);
    expect(listFiles(join(dir, 'one')).filter((f) => !f.startsWith('.'))).toEqual(['archive/a.txt.json']);
  });

  it('parses several files given to the main command with --out', () => {
    tree('.', { 'a.txt': 'fixture:kh-plain.txt', 'b.md': 'fixture:cv-linear-mttq.md' });
    const run = vbparse(['a.txt', 'b.md', '--out', 'parsed'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(listFiles(join(dir, 'parsed')).filter((f) => !f.startsWith('.'))).toEqual(['a.json', 'b.json']);
    const without = vbparse(['a.txt', 'b.md'], { cwd: dir });
    expect(without.status).toBe(2);
    expect(without.stderr).toMatch(/several files need --out/);
  });
});

describe('vbparse batch: NDJSON', { timeout: 60_000 }, () => {
  it('writes one record a line in input order, the same with one or two workers', () => {
    tree('archive', { ...LETTERS, 'zz/empty.txt': '' });
    const one = vbparse(['batch', 'archive', '--ndjson', '--jobs', '1', '--no-sources'], { cwd: dir });
    const two = vbparse(['batch', 'archive', '--ndjson', '--jobs', '2', '--no-sources'], { cwd: dir });
    expect(one.status, one.stderr).toBe(1);
    const records = one.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.path)).toEqual(['cv/2021/plain.txt', 'cv/linear.md', 'party.txt', 'qd/dieu.txt', 'qd/table.md', 'zz/empty.txt']);
    expect(records[1].status).toBe('ok');
    expect(records[1].document.header.number).toBe('468');
    expect(records[1].document.sources).toBeUndefined();
    expect(records[5]).toEqual({ path: 'zz/empty.txt', status: 'failed', code: 'E_EMPTY', reason: 'the file is empty' });
    expect(two.stdout).toBe(one.stdout);
  });

  it('stops quietly with exit 0 when the reader goes away (| head)', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`d${i}.md`] = 'fixture:cv-linear-mttq.md';
    tree('archive', many);
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" batch archive --ndjson --jobs 2 | head -n 1 > first.ndjson`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'first.ndjson'), 'utf8')).path).toBe('d0.md');
  });

  it('reads paths from standard input (the GNU parallel and Hadoop Streaming contract)', () => {
    tree('archive', LETTERS);
    const run = vbparse(['batch', '--stdin-paths', '--ndjson'], { cwd: dir, input: 'archive/party.txt\narchive/cv/linear.md\n' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)).toEqual(['archive/party.txt', 'archive/cv/linear.md']);
  });
});

describe('vbparse batch: which files', { timeout: 60_000 }, () => {
  it('takes a glob, and leaves out what --ignore and .vbparseignore name', () => {
    tree('archive', { ...LETTERS, 'drafts/x.txt': 'fixture:kh-plain.txt', 'old/y.md': 'fixture:gm-table.md', '.vbparseignore': 'drafts/\n# comment\n*.md\n!qd/table.md\n' });
    const walked = vbparse(['batch', 'archive', '--ndjson', '--ignore', 'old/'], { cwd: dir });
    expect(walked.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).path)).toEqual(['cv/2021/plain.txt', 'party.txt', 'qd/dieu.txt', 'qd/table.md']);
    const globbed = vbparse(['batch', 'archive/**/*.txt', '--ndjson'], { cwd: dir });
    expect(globbed.status, globbed.stderr).toBe(0);
    expect(globbed.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).path)).toEqual(['cv/2021/plain.txt', 'party.txt', 'qd/dieu.txt']);
  });

  it('takes a file named twice (a folder and a glob over it, a repeated stdin path) once', () => {
    tree('archive', { 'a.txt': 'fixture:kh-plain.txt', 'sub/b.md': 'fixture:cv-linear-mttq.md' });
    const run = vbparse(['batch', 'archive', 'archive/**/*.md', '--stdin-paths', '--ndjson'], { cwd: dir, input: 'archive/a.txt\narchive/a.txt\n' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).path)).toEqual(['archive/a.txt', 'archive/sub/b.md']);
  });

  it('takes the extensions given with --ext', () => {
    tree('archive', { 'a.txt': 'fixture:kh-plain.txt', 'b.text': 'fixture:qd-dieu-khoan.txt' });
    const run = vbparse(['batch', 'archive', '--ndjson', '--ext', 'text'], { cwd: dir });
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).path)).toEqual(['b.text']);
  });
});

describe('vbparse batch: bad files', { timeout: 60_000 }, () => {
  it('converts the good files, reports the bad ones and exits 1', () => {
    const files: Record<string, string | Buffer> = {
      ...LETTERS,
      'bad/binary.txt': readFileSync(join(FIXTURES, 'bad/binary.bin')),
      'bad/invalid-utf8.txt': Buffer.from([0x53, 0x1b, 0x3a, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0x41, 0x0a, 0xe1, 0xbb]),
      'bad/empty.md': '',
      'bad/unreadable.txt': 'fixture:kh-plain.txt',
    };
    tree('archive', files);
    chmodSync(join(dir, 'archive/bad/unreadable.txt'), 0o000);
    const root = process.getuid?.() === 0;
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--report', 'report.json'], { cwd: dir, input: '' });
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const failed = report.failed.map((f: { path: string; code: string }) => [f.path, f.code]);
    expect(failed).toEqual(
      expect.arrayContaining([
        ['bad/binary.txt', 'E_BINARY'],
        ['bad/empty.md', 'E_EMPTY'],
        ['bad/invalid-utf8.txt', expect.stringMatching(/^E_(DECODE|BINARY)$/)],
      ]),
    );
    // root reads any file; elsewhere the unreadable one fails too.
    if (!root) expect(failed).toContainEqual(['bad/unreadable.txt', 'E_READ']);
    expect(report.files.parsed).toBe(Object.keys(LETTERS).length + (root ? 1 : 0));
    for (const path of Object.keys(LETTERS)) expect(existsSync(join(dir, 'parsed', path.replace(/\.\w+$/, '.json')))).toBe(true);
    expect(existsSync(join(dir, 'parsed/bad/binary.json'))).toBe(false);
    expect(run.stderr).toMatch(/failed bad\/binary\.txt: E_BINARY/);
    expect(report.fields.number.share).toBeGreaterThan(0.5);
  });

  it('kills a document that hangs at --timeout, reports it, and does the rest', () => {
    tree('archive', { ...LETTERS, 'hang.txt': 'Số: 1/UBND\nHANG-THE-PARSER\n' });
    const started = Date.now();
    // Long enough that a loaded machine (a worker's first file loads the parser) times out only the hang.
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--timeout', '8', '--jobs', '2', '--report', 'report.json'], {
      cwd: dir,
      env: { VBPARSE_TEST_HANG: 'HANG-THE-PARSER' },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(Date.now() - started).toBeLessThan(50_000);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.failed).toEqual([{ path: 'hang.txt', status: 'timeout', code: 'E_TIMEOUT', reason: expect.stringMatching(/--timeout/) }]);
    expect(report.files).toMatchObject({ parsed: 5, failed: 1, timedOut: 1 });
    expect(listFiles(join(dir, 'parsed')).filter((f) => f.includes('vbparse-tmp'))).toEqual([]);
  });
});

describe('vbparse batch: workers', { timeout: 60_000 }, () => {
  // A worker reports its results in groups: the files it finished before the hang are not lost,
  // and the timeout is charged to the file that hangs, not to the first one it had not reported.
  it('charges a timeout to the hanging file among many on one worker, and does the rest', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d${String(i).padStart(2, '0')}.txt`] = i === 6 ? 'Số: 1/UBND\nHANG-THE-PARSER\n' : 'fixture:kh-plain.txt';
    tree('archive', files);
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--timeout', '4', '--jobs', '1', '--report', 'report.json'], {
      cwd: dir,
      env: { VBPARSE_TEST_HANG: 'HANG-THE-PARSER' },
    });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.failed).toEqual([{ path: 'd06.txt', status: 'timeout', code: 'E_TIMEOUT', reason: expect.stringMatching(/--timeout/) }]);
    expect(report.files).toMatchObject({ parsed: 11, failed: 1, timedOut: 1 });
    expect(journal(join(dir, 'parsed')).filter((r) => r.status === 'ok')).toHaveLength(11);
  });

  it('times each file from its own start: many files on one worker, each under the limit, all pass', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d${String(i).padStart(2, '0')}.txt`] = 'fixture:kh-plain.txt';
    tree('archive', files);
    // 12 × 0.4 s on one worker is well over the 2 s limit; no single file is.
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--timeout', '2', '--jobs', '1', '--report', 'report.json'], {
      cwd: dir,
      env: { VBPARSE_TEST_DELAY_MS: '400' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).files).toMatchObject({ parsed: 12, failed: 0 });
  });

  it('replaces a worker after each file when its heap passes --worker-memory, and loses nothing', () => {
    tree('archive', LETTERS);
    const run = vbparse(['batch', 'archive', '--ndjson', '--jobs', '2', '--worker-memory', '1', '--no-sources'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const again = vbparse(['batch', 'archive', '--ndjson', '--jobs', '1', '--no-sources'], { cwd: dir });
    expect(run.stdout).toBe(again.stdout);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('vbparse batch: resume', { timeout: 60_000 }, () => {
  it('skips unchanged files, redoes a changed one; --force redoes all; --retry-failed only failures', () => {
    tree('archive', { ...LETTERS, 'bad.txt': '' });
    const first = vbparse(['batch', 'archive', '--out', 'parsed'], { cwd: dir });
    expect(first.status).toBe(1);
    writeFileSync(join(dir, 'archive/party.txt'), `${readFileSync(join(FIXTURES, 'cv-party-dongkinhgui.txt'), 'utf8')}\n`);
    rmSync(join(dir, 'parsed/qd/dieu.json'));
    const second = vbparse(['batch', 'archive', '--out', 'parsed', '--report', 'r2.json'], { cwd: dir });
    const r2 = JSON.parse(readFileSync(join(dir, 'r2.json'), 'utf8'));
    // party.txt changed, qd/dieu.json was removed, bad.txt failed before: those three are redone.
    expect(r2.files).toMatchObject({ seen: 6, parsed: 2, failed: 1, skipped: 3, unchanged: 3 });
    expect(second.status).toBe(1);
    expect(r2.documents).toBe(5);
    expect(existsSync(join(dir, 'parsed/qd/dieu.json'))).toBe(true);
    const redone = journal(join(dir, 'parsed')).slice(6).filter((r) => r.status === 'ok').map((r) => r.path).sort();
    expect(redone).toEqual(['party.txt', 'qd/dieu.txt']);

    const forced = vbparse(['batch', 'archive', '--out', 'parsed', '--force', '--report', 'r3.json'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'r3.json'), 'utf8')).files).toMatchObject({ parsed: 5, failed: 1, skipped: 0 });
    expect(forced.status).toBe(1);

    writeFileSync(join(dir, 'archive/bad.txt'), readFileSync(join(FIXTURES, 'kh-plain.txt')));
    const retry = vbparse(['batch', 'archive', '--out', 'parsed', '--retry-failed', '--report', 'r4.json'], { cwd: dir });
    expect(retry.status, retry.stderr).toBe(0);
    const r4 = JSON.parse(readFileSync(join(dir, 'r4.json'), 'utf8'));
    expect(r4.files).toMatchObject({ parsed: 1, failed: 0, skipped: 5 });
    expect(existsSync(join(dir, 'parsed/bad.json'))).toBe(true);
  });

  it('redoes everything when the options change (another format)', () => {
    tree('archive', LETTERS);
    vbparse(['batch', 'archive', '--out', 'parsed'], { cwd: dir });
    const again = vbparse(['batch', 'archive', '--out', 'parsed', '--no-sources', '--report', 'r.json'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).files.parsed).toBe(5);
  });
});

describe('vbparse batch: shards', { timeout: 60_000 }, () => {
  it('covers the set exactly once over the shards, K from --shard or $JOB_COMPLETION_INDEX', () => {
    const many: Record<string, string> = {};
    const names = ['kh-plain.txt', 'cv-linear-mttq.md', 'qd-dieu-khoan.txt', 'gm-table.md'];
    for (let i = 0; i < 24; i++) many[`f${i}/doc${i}.${i % 2 ? 'md' : 'txt'}`] = `fixture:${names[i % names.length]}`;
    tree('archive', many);
    const seen: string[] = [];
    for (let k = 0; k < 4; k++) {
      const args = ['batch', 'archive', '--ndjson', '--jobs', '1'];
      const run = k % 2 === 0 ? vbparse([...args, '--shard', `${k}/4`], { cwd: dir }) : vbparse([...args, '--shard', '4'], { cwd: dir, env: { JOB_COMPLETION_INDEX: String(k) } });
      expect(run.status, run.stderr).toBe(0);
      const paths = run.stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).path);
      expect(paths.length).toBeLessThan(24);
      seen.push(...paths);
    }
    expect(seen.sort()).toEqual(Object.keys(many).sort());
    const bad = vbparse(['batch', 'archive', '--ndjson', '--shard', '4/4'], { cwd: dir });
    expect(bad.status).toBe(2);
  });
});

describe('vbparse batch: safety', { timeout: 60_000 }, () => {
  it('does not follow a link out of the input tree nor a loop, and reports both', () => {
    tree('archive', { 'a.txt': 'fixture:kh-plain.txt', 'sub/b.md': 'fixture:cv-linear-mttq.md' });
    tree('elsewhere', { 'secret.txt': 'fixture:qd-dieu-khoan.txt' });
    symlinkSync(join(dir, 'elsewhere/secret.txt'), join(dir, 'archive/out-link.txt'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'archive/out-folder'));
    symlinkSync(join(dir, 'archive'), join(dir, 'archive/sub/loop'));
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--report', 'r.json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.files.parsed).toBe(2);
    expect(report.skipped.map((s: { path: string; code: string }) => [s.path, s.code])).toEqual([
      ['out-folder', 'E_OUTSIDE_TREE'],
      ['out-link.txt', 'E_OUTSIDE_TREE'],
      ['sub/loop', 'E_LINK_LOOP'],
    ]);
    expect(listFiles(join(dir, 'parsed')).filter((f) => !f.startsWith('.'))).toEqual(['a.json', 'sub/b.json']);
  });

  it('never writes through a link in the output tree', () => {
    tree('archive', { 'sub/a.txt': 'fixture:kh-plain.txt', 'b.txt': 'fixture:qd-dieu-khoan.txt' });
    mkdirSync(join(dir, 'parsed'));
    mkdirSync(join(dir, 'outside'));
    symlinkSync(join(dir, 'outside'), join(dir, 'parsed/sub'));
    const run = vbparse(['batch', 'archive', '--out', 'parsed', '--report', 'r.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readdirSync(join(dir, 'outside'))).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.failed).toEqual([{ path: 'sub/a.txt', status: 'failed', code: 'E_UNSAFE_OUTPUT', reason: expect.stringMatching(/symbolic link/) }]);
  });

  it('refuses --out inside the input folder unless it is ignored, and a missing root (exit 2)', () => {
    tree('archive', LETTERS);
    const inside = vbparse(['batch', 'archive', '--out', 'archive/parsed'], { cwd: dir });
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(/inside the input folder/);
    const excluded = vbparse(['batch', 'archive', '--out', 'archive/parsed', '--ignore', 'parsed/'], { cwd: dir });
    expect(excluded.status, excluded.stderr).toBe(0);
    const twice = vbparse(['batch', 'archive', '--out', 'archive/parsed', '--ignore', 'parsed/'], { cwd: dir });
    expect(twice.stderr).toMatch(/5 unchanged/);
    expect(vbparse(['batch', 'missing', '--out', 'parsed'], { cwd: dir }).status).toBe(2);
    expect(vbparse(['batch', 'archive'], { cwd: dir }).status).toBe(2);
  });

  it('never overwrites an input', () => {
    tree('.', { 'a.json': 'fixture:kh-plain.txt' });
    const before = readFileSync(join(dir, 'a.json'));
    const run = vbparse(['batch', 'a.json', '--out', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/E_OVERWRITE/);
    expect(readFileSync(join(dir, 'a.json'))).toEqual(before);
  });
});

describe('vbparse batch: Ctrl-C', { timeout: 60_000 }, () => {
  it('stops on SIGINT with no partial output and exit 130; a second run completes the set', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`d${String(i).padStart(2, '0')}.txt`] = 'fixture:kh-plain.txt';
    tree('archive', many);
    const child = spawn(process.execPath, [BIN, 'batch', 'archive', '--out', 'parsed', '--jobs', '2'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', VBPARSE_TEST_DELAY_MS: '150' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const out = join(dir, 'parsed');
    // Wait until some files are done, then interrupt.
    for (let i = 0; i < 200 && listFiles(out).filter((f) => f.endsWith('.json')).length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    const written = listFiles(out).filter((f) => !f.startsWith('.vbparse-journal'));
    expect(written.every((f) => /^d\d\d\.json$/.test(f))).toBe(true);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(30);
    for (const f of written) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
    const resumed = vbparse(['batch', 'archive', '--out', 'parsed', '--report', 'r.json'], { cwd: dir });
    expect(resumed.status, resumed.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.files.unchanged).toBe(written.length);
    expect(report.files.parsed).toBe(30 - written.length);
    expect(listFiles(out).filter((f) => f.endsWith('.json'))).toHaveLength(30);
  });
});

describe('vbparse batch: Ctrl-C twice', { timeout: 60_000 }, () => {
  it('abandons a file in progress at the second SIGINT: exit 130, no temporary file, not journaled', async () => {
    tree('archive', { 'a.txt': 'fixture:kh-plain.txt', 'b.txt': 'Số: 1/UBND\nHANG-THE-PARSER\n' });
    const child = spawn(process.execPath, [BIN, 'batch', 'archive', '--out', 'parsed', '--jobs', '1', '--timeout', '0'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', VBPARSE_TEST_HANG: 'HANG-THE-PARSER' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const out = join(dir, 'parsed');
    for (let i = 0; i < 400 && !existsSync(join(out, 'a.json')); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300)); // b.txt is now hanging in the worker
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, stderr).toBe(130);
    expect(listFiles(out)).toEqual(['.vbparse-journal.ndjson', 'a.json']);
    expect(journal(out).map((r) => [r.path, r.status])).toEqual([['a.txt', 'ok']]);
  });
});

describe('vbparse report', { timeout: 60_000 }, () => {
  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  const many: Record<string, string> = {};
  const names = ['kh-plain.txt', 'cv-linear-mttq.md', 'qd-dieu-khoan.txt', 'gm-table.md', 'headerless.md'];
  for (let i = 0; i < 20; i++) many[`y${i % 3}/doc${i}.${i % 2 ? 'md' : 'txt'}`] = `fixture:${names[i % names.length]}`;
  many['y0/empty.txt'] = '';
  const comparable = (report: Record<string, unknown>) => ({ ...report, seconds: 0, fileSeconds: 0, peakRssMb: 0, cpuSeconds: 0 });

  it('merges shard journals into the report of a single run', () => {
    tree('archive', many);
    const single = vbparse(['batch', 'archive', '--out', 'single', '--report', 'single.json'], { cwd: dir });
    expect(single.status).toBe(1);
    for (let k = 0; k < 3; k++) vbparse(['batch', 'archive', '--out', 'sharded', '--shard', `${k}/3`], { cwd: dir });
    const journals = [0, 1, 2].map((k) => `sharded/.vbparse-journal.${k}-of-3.ndjson`);
    const merged = vbparse(['report', ...journals], { cwd: dir });
    expect(merged.status).toBe(1);
    expect(comparable(JSON.parse(merged.stdout))).toEqual(comparable(JSON.parse(readFileSync(join(dir, 'single.json'), 'utf8'))));
    expect(merged.stderr).toMatch(/21 files: 20 parsed/);
  });

  it.skipIf(!hasParallel)('GNU parallel over 4 shards gives the report of a single run', () => {
    tree('archive', many);
    vbparse(['batch', 'archive', '--out', 'single', '--report', 'single.json', '--jobs', '1'], { cwd: dir });
    const run = spawnSync('parallel', ['--will-cite', process.execPath, BIN, 'batch', 'archive', '--out', 'sharded', '--jobs', '1', '--quiet', '--shard', '{}/4', ':::', '0', '1', '2', '3'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(1); // one shard has the empty file: parallel reports one failed job
    const journals = readdirSync(join(dir, 'sharded')).filter((f) => f.startsWith('.vbparse-journal.')).map((f) => join('sharded', f));
    expect(journals).toHaveLength(4);
    const merged = vbparse(['report', ...journals], { cwd: dir });
    expect(comparable(JSON.parse(merged.stdout))).toEqual(comparable(JSON.parse(readFileSync(join(dir, 'single.json'), 'utf8'))));
  });
  if (!hasParallel) it.skip('GNU parallel is not installed (apt-get install parallel): the 4-shard test is skipped', () => undefined);
});
