/**
 * The command's edges (issue 9): bounded reads, output safety, every config boolean reversible on
 * the command line, one-line errors. Each test runs `node bin/vbparse.js …` in a child process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vbparse.js');
const LETTER = join(ROOT, 'fixtures', 'cv-linear-mttq.md');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function vbparse(args: string[], options: { input?: string | Uint8Array; cwd?: string; shell?: string } = {}): Run {
  const result = options.shell
    ? spawnSync('bash', ['-c', options.shell], { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, VB: `${process.execPath} ${BIN}` } })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2, nothing on stdout, one line on stderr. */
function expectOneLineError(run: Run, reason: RegExp): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(reason);
}

let work: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  work = mkdtempSync(join(tmpdir(), 'vbparse-edges-'));
}, 120_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('bounded input: reading stops at --max-bytes', () => {
  it.skipIf(!existsSync('/dev/zero'))('a device without end (/dev/zero) is refused, exit 2', () => {
    expectOneLineError(vbparse(['/dev/zero']), /^vbparse: \/dev\/zero: the input is more than the 16 MB limit \(raise it with --max-bytes\)$/m);
  });

  it('standard input over the limit stops reading (a 3 GB stream is not read to its end)', () => {
    const run = vbparse([], { shell: 'head -c 3000000000 /dev/zero | $VB - --max-bytes 1MB' });
    expectOneLineError(run, /<stdin>: the input is more than the 1 MB limit/);
  });

  it.skipIf(process.platform === 'win32')('a FIFO is read up to the limit', () => {
    const fifo = join(work, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const run = vbparse([], { shell: `(head -c 100000 /dev/zero > '${fifo}' 2>/dev/null &) ; $VB '${fifo}' --max-bytes 1k` });
    expectOneLineError(run, /pipe: the input is more than the 1 KB limit/);
  });

  it('--max-bytes 1k says 1 KB', () => {
    expectOneLineError(vbparse([LETTER, '--max-bytes', '1k']), /is \d+(\.\d)? KB, more than the 1 KB limit/);
  });
});

describe('output safety', () => {
  const copyOfLetter = (name: string) => {
    const path = join(work, name);
    writeFileSync(path, readFileSync(LETTER));
    return path;
  };

  it('-o naming the input is refused and the document is left as it was', () => {
    const input = copyOfLetter('same.md');
    const before = readFileSync(input, 'utf8');
    expectOneLineError(vbparse([input, '-o', input]), /same\.md: is the input file/);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('-o through a symlink to the input is refused too', () => {
    const input = copyOfLetter('linked.md');
    const link = join(work, 'link-to-input.json');
    symlinkSync(input, link);
    expectOneLineError(vbparse([input, '-o', link]), /is the input file/);
  });

  it('-o onto an existing file keeps its mode', () => {
    const out = join(work, 'mode.json');
    writeFileSync(out, '{}');
    chmodSync(out, 0o640);
    expect(vbparse([LETTER, '-o', out]).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(JSON.parse(readFileSync(out, 'utf8')).header.number).toBe('468');
  });

  it('a read-only target is refused, untouched', () => {
    const out = join(work, 'readonly.json');
    writeFileSync(out, 'keep me');
    chmodSync(out, 0o444);
    expectOneLineError(vbparse([LETTER, '-o', out]), /readonly\.json: is read-only/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('a symlink target is written through: the file it points to is replaced, the link stays', () => {
    const real = join(work, 'real.json');
    writeFileSync(real, '{}');
    const link = join(work, 'out-link.json');
    symlinkSync(real, link);
    expect(vbparse([LETTER, '-o', link]).status).toBe(0);
    expect(JSON.parse(readFileSync(real, 'utf8')).header.number).toBe('468');
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(real, 'utf8'));
  });

  it('-o - means standard output', () => {
    const run = vbparse([LETTER, '-o', '-']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).header.number).toBe('468');
    expect(existsSync(join(ROOT, '-'))).toBe(false);
  });
});

describe('input recognised by its bytes', () => {
  it('a PDF saved as .txt is refused with a clear reason, exit 2', () => {
    const pdf = join(work, 'scan.txt');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
    expectOneLineError(vbparse([pdf]), /scan\.txt: a PDF file; PDF input needs/);
  });
});

describe('every config boolean can be turned off on the command line', () => {
  const withConfig = (config: object, args: string[]) => {
    const dir = mkdtempSync(join(work, 'config-'));
    writeFileSync(join(dir, '.vbparserc.json'), JSON.stringify(config));
    return vbparse([LETTER, ...args], { cwd: dir });
  };

  it('--no-compact over compact: true', () => {
    expect(withConfig({ compact: true }, []).stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(withConfig({ compact: true }, ['--no-compact']).stdout.split('\n').length).toBeGreaterThan(50);
  });

  it('--sources over sources: false', () => {
    expect(JSON.parse(withConfig({ sources: false }, []).stdout).sources).toBeUndefined();
    expect(JSON.parse(withConfig({ sources: false }, ['--sources']).stdout).sources).toBeDefined();
  });

  it('--no-strict over strict: true', () => {
    const headerless = join(ROOT, 'fixtures', 'headerless.md');
    const dir = mkdtempSync(join(work, 'strict-'));
    writeFileSync(join(dir, '.vbparserc.json'), JSON.stringify({ strict: true }));
    expect(vbparse([headerless], { cwd: dir }).status).toBe(1);
    expect(vbparse([headerless, '--no-strict'], { cwd: dir }).status).toBe(0);
  });
});

describe('usage edges', () => {
  it('--compact with --format yaml or md is an error', () => {
    expectOneLineError(vbparse([LETTER, '--format', 'yaml', '--compact']), /--compact applies to JSON only/);
    expectOneLineError(vbparse([LETTER, '--format', 'md', '--compact']), /--compact applies to JSON only/);
  });

  it('schema config --fields prints the config fields', () => {
    const run = vbparse(['schema', 'config', '--fields']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Config fields/);
    expect(run.stdout).toMatch(/\| `maxBytes` \| integer \|/);
  });

  it('errors are one line, also those of the option parser', () => {
    expectOneLineError(vbparse([LETTER, '--format', 'xml']), /xml/);
    expectOneLineError(vbparse([LETTER, '--max-bytes', 'lots']), /size/);
  });
});
