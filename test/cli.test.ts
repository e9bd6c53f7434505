/**
 * End-to-end tests of the `vbparse` command: every test runs `node bin/vbparse.js …` in a child
 * process, the way a user runs it, and looks only at the exit code, stdout, stderr and the files
 * left on disk.
 *
 * The contract (README, "Exit codes"):
 *   0  parsed;
 *   1  parsed, but `--strict` and the document has error or warning diagnostics;
 *   2  usage or input/output error: one line `vbparse: <file>: <reason>` on stderr, nothing on
 *      stdout, no output file (and no temporary file) left behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from './helpers/zip.js';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vbparse.js');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** A clean, well-formed công văn (no error/warning diagnostics) and one with a header missing. */
const CLEAN = 'fixtures/cv-linear-mttq.md';
const HEADERLESS = 'fixtures/headerless.md';

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `vbparse ARGS…` from the repository root (so fixture paths are relative, as a user types them). */
function vbparse(args: string[], options: { input?: string | Uint8Array; cwd?: string; timeout?: number } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Parses stdout as JSON, with the stderr in the message when it is not JSON. */
function json(run: Run): any {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.status}); stderr: ${run.stderr}\nstdout: ${run.stdout.slice(0, 500)}`);
  }
}

const STACK_FRAME = /^\s+at\s/m;

/** Exit 2, nothing on stdout, ONE line `vbparse: <file>: <reason>` on stderr, no stack trace. */
function expectCleanFailure(run: Run, file: string, reason: RegExp): void {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_FRAME);
  const lines = run.stderr.split('\n').filter((line) => line.length > 0);
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]?.startsWith(`vbparse: ${file}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(run.status, run.stderr).toBe(2);
}

/** Exit 2, nothing on stdout, no stack trace, and stderr says what was wrong. */
function expectUsageError(run: Run, mentions: RegExp): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).toMatch(mentions);
}

/** Leftovers of an atomic write (`.NAME.vbparse-tmp-XXXX`) in a folder. */
const tempFilesIn = (dir: string): string[] => readdirSync(dir).filter((name) => name.includes('.vbparse-tmp-'));

let work: string;

beforeAll(() => {
  // `npm test` builds first; a plain `npx vitest run` on a fresh clone may not have.
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  }
  work = mkdtempSync(join(tmpdir(), 'vbparse-cli-'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('vbparse FILE', () => {
  it('prints the document as pretty JSON and exits 0', () => {
    const run = vbparse([CLEAN]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const document = json(run);
    expect(document.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.source).toMatchObject({ path: CLEAN, format: 'markdown', encoding: 'utf-8' });
    expect(document.header.number).toBe('468');
    expect(document.header.symbol).toBe('MTTQ-BTT');
    expect(document.header.date.iso).toBe('2022-09-26');
    expect(document.header.documentType).toBe('Công văn');
    expect(document.recipients.length).toBeGreaterThan(0);
    expect(document.signer).toBeTruthy();
    expect(Array.isArray(document.diagnostics)).toBe(true);
    expect(document).toHaveProperty('sources');
    expect(run.stdout.split('\n').length).toBeGreaterThan(50); // indented
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it('reads plain-text layouts too (docx-to-text with TAB columns)', () => {
    const run = vbparse(['fixtures/tabs-docx2txt.txt']);
    expect(run.status, run.stderr).toBe(0);
    const document = json(run);
    expect(document.source.format).toBe('text');
    expect(document.header.number).toBeTruthy();
  });

  it('--format yaml prints YAML with the same data as the JSON', () => {
    const asJson = json(vbparse([CLEAN]));
    const run = vbparse([CLEAN, '--format', 'yaml']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trimStart().startsWith('{')).toBe(false);
    expect(run.stdout).toMatch(/^schemaVersion: /m);
    expect(parseYaml(run.stdout)).toEqual(asJson);
  });

  it('-f yaml is the short form', () => {
    const run = vbparse([CLEAN, '-f', 'yaml', '--no-sources']);
    expect(run.status, run.stderr).toBe(0);
    expect(parseYaml(run.stdout).header.number).toBe('468');
  });

  it('--compact prints the JSON on one line', () => {
    const pretty = json(vbparse([CLEAN]));
    const run = vbparse([CLEAN, '--compact']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trimEnd()).not.toContain('\n');
    expect(JSON.parse(run.stdout)).toEqual(pretty);
  });

  it('--no-sources leaves out `sources` and nothing else', () => {
    const full = json(vbparse([CLEAN]));
    const run = vbparse([CLEAN, '--no-sources']);
    expect(run.status, run.stderr).toBe(0);
    const document = json(run);
    expect(document).not.toHaveProperty('sources');
    expect(run.stdout).not.toContain('"sources"');
    const { sources: _sources, ...rest } = full;
    expect(document).toEqual(rest);
  });

  it('--input-format text reads a markdown file as plain text', () => {
    const run = vbparse([CLEAN, '--input-format', 'text', '--no-sources']);
    expect(run.status, run.stderr).toBe(0);
    expect(json(run).source.format).toBe('text');
  });
});

describe('vbparse - (standard input)', () => {
  it('gives the same result as the file, except that source.path is null', () => {
    const fromFile = json(vbparse([CLEAN]));
    const run = vbparse(['-'], { input: readFileSync(join(ROOT, CLEAN)) });
    expect(run.status, run.stderr).toBe(0);
    const fromStdin = json(run);
    expect(fromStdin.source.path).toBeNull();
    // Without a file name there is no `.md` hint; the bytes alone must say "markdown".
    expect(fromStdin).toEqual({ ...fromFile, source: { ...fromFile.source, path: null } });
  });

  it('works for a plain-text document in UTF-16 too', () => {
    const file = 'fixtures/utf16le.txt';
    const fromFile = json(vbparse([file, '--no-sources']));
    const fromStdin = json(vbparse(['-', '--no-sources'], { input: readFileSync(join(ROOT, file)) }));
    expect(fromStdin).toEqual({ ...fromFile, source: { ...fromFile.source, path: null } });
  });

  it('empty standard input is an error naming <stdin>', () => {
    expectCleanFailure(vbparse(['-'], { input: '' }), '<stdin>', /empty/);
  });
});

describe('vbparse FILE -o OUT', () => {
  it('writes the file, prints nothing, leaves no temporary file', () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const out = join(dir, 'out.json');
    const run = vbparse([CLEAN, '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(vbparse([CLEAN]).stdout);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('replaces an existing file (--output is the long form)', () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const out = join(dir, 'out.yaml');
    writeFileSync(out, 'old content\n');
    const run = vbparse([CLEAN, '--output', out, '--format', 'yaml']);
    expect(run.status, run.stderr).toBe(0);
    expect(parseYaml(readFileSync(out, 'utf8')).header.number).toBe('468');
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('into a missing directory: exit 2, one line naming the file, nothing left behind', () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const out = join(dir, 'missing', 'out.json');
    const run = vbparse([CLEAN, '-o', out]);
    expectCleanFailure(run, out, /cannot write|ENOENT|no such/i);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('onto a path that is a directory: exit 2, the directory untouched, no temporary file', () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const out = join(dir, 'taken');
    mkdirSync(out);
    const run = vbparse([CLEAN, '-o', out]);
    expectCleanFailure(run, out, /cannot write/i);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(out)).toEqual([]);
  });

  it('does not create the output file when the input cannot be read', () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const out = join(dir, 'out.json');
    const run = vbparse(['fixtures/bad/empty.txt', '-o', out]);
    expectCleanFailure(run, 'fixtures/bad/empty.txt', /empty/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('input vbparse refuses: exit 2, one line `vbparse: FILE: reason`, no stack trace', () => {
  it.each([
    ['a missing file', 'fixtures/no-such-file.txt', /no such file/],
    ['a directory', 'fixtures', /directory/],
    ['an empty file', 'fixtures/bad/empty.txt', /empty/],
    ['a whitespace-only file', 'fixtures/bad/whitespace-only.txt', /no text|whitespace|empty/],
    ['a file with only a BOM', 'fixtures/bad/bom-only.txt', /no text|whitespace|empty/],
    ['binary data', 'fixtures/bad/binary.bin', /binary/],
    ['invalid UTF-8', 'fixtures/bad/truncated-utf8.txt', /UTF-8/],
    ['UTF-16 with an odd number of bytes', 'fixtures/bad/utf16-odd-length.txt', /UTF-16|odd/],
  ])('%s', (_what, file, reason) => {
    expectCleanFailure(vbparse([file]), file, reason);
  });

  it('a .docx that is not a zip archive', () => {
    const file = join(work, 'broken.docx');
    writeFileSync(file, 'PK\u0003\u0004 this is not really a zip archive');
    expectCleanFailure(vbparse([file]), file, /docx|zip/i);
  });
});

describe('large input', () => {
  let big: string;
  let longLine: string;

  beforeAll(() => {
    // 50 MB: a fixture repeated (written from Buffers: building it as a string would be slow).
    const body = readFileSync(join(ROOT, CLEAN));
    const copies = Math.ceil((50 * 1024 * 1024) / (body.length + 1));
    big = join(work, 'big-50mb.md');
    writeFileSync(big, Buffer.concat(Array.from({ length: copies }, () => Buffer.concat([body, Buffer.from('\n')]))));

    // 10 MB of Vietnamese words on one line, no newline (whole sentences: the file stays valid UTF-8).
    const sentence = Buffer.from(
      'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm Công văn số 123/UBND-VX ngày 5/6/2023 về việc tăng cường quản lý đất đai. ',
    );
    longLine = join(work, 'one-line-10mb.txt');
    writeFileSync(longLine, Buffer.alloc(Math.ceil((10 * 1024 * 1024) / sentence.length) * sentence.length).fill(sentence));
  }, 60_000);

  it('a 50 MB file is over the default 16 MB limit', () => {
    const run = vbparse([big]);
    expectCleanFailure(run, big, /more than the 16(\.0)? ?MB limit|too large/i);
    expect(run.stderr).toMatch(/--max-bytes/);
  });

  it('with --max-bytes 64MB, the 50 MB file is parsed, or refused cleanly', () => {
    const run = vbparse([big, '--max-bytes', '64MB', '--compact', '--no-sources'], { timeout: 120_000 });
    expect(run.signal, 'killed (timeout?)').toBeNull();
    expect([0, 2]).toContain(run.status);
    if (run.status === 0) {
      expect(json(run).header.number).toBe('468');
    } else {
      expectCleanFailure(run, big, /./);
    }
  }, 150_000);

  it('a limit below the file size refuses even a small file', () => {
    expectCleanFailure(vbparse([CLEAN, '--max-bytes', '1k']), CLEAN, /limit/);
  });

  it('a single 10 MB line of Vietnamese is parsed (no hang, no crash)', () => {
    const run = vbparse([longLine, '--compact', '--no-sources'], { timeout: 60_000 });
    expect(run.signal, 'killed (timeout?)').toBeNull();
    expect(run.status, run.stderr).toBe(0);
    const document = json(run);
    expect(document.source.lines).toBe(1);
    expect(document.source.bytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  }, 90_000);
});

describe('usage errors: exit 2, nothing on stdout, no stack trace', () => {
  it('an unknown option', () => {
    expectUsageError(vbparse(['--nope', CLEAN]), /--nope/);
  });

  it('an unknown output format', () => {
    expectUsageError(vbparse([CLEAN, '--format', 'xml']), /xml/);
  });

  it('an unknown input format', () => {
    expectUsageError(vbparse([CLEAN, '--input-format', 'rtf']), /rtf/);
  });

  it('a --max-bytes that is not a size', () => {
    expectUsageError(vbparse([CLEAN, '--max-bytes', 'lots']), /size|max-bytes/);
  });

  it('no file argument', () => {
    const run = vbparse([]);
    expectUsageError(run, /no input/);
    expect(run.stderr.startsWith('vbparse: ')).toBe(true);
  });
});

describe('--strict', () => {
  it('exits 1 for a document with warnings, and still prints the result', () => {
    // headerless.md starts at "Kính gửi:": no agency, number or date → warnings.
    const run = vbparse([HEADERLESS, '--strict']);
    expect(run.status, run.stderr).toBe(1);
    const document = json(run);
    expect(document.diagnostics.some((d: { severity: string }) => d.severity === 'warning')).toBe(true);
    expect(document.recipients.length).toBeGreaterThan(0);
  });

  it('without --strict the same document exits 0', () => {
    expect(vbparse([HEADERLESS]).status).toBe(0);
  });

  it('exits 1 with -o too, and the file is written', () => {
    const out = join(mkdtempSync(join(work, 'strict-')), 'out.json');
    const run = vbparse([HEADERLESS, '--strict', '-q', '-o', out]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBeTruthy();
  });

  it('exits 0 for a clean document (only info diagnostics)', () => {
    const run = vbparse([CLEAN, '--strict']);
    const problems = json(run).diagnostics.filter((d: { severity: string }) => d.severity !== 'info');
    expect(problems).toEqual([]);
    expect(run.status, run.stderr).toBe(0);
  });
});

describe('--version, --help, schema', () => {
  it('--version prints the package version', () => {
    for (const flag of ['--version', '-V']) {
      const run = vbparse([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(PACKAGE.version);
    }
  });

  it('--help lists the options and the schema command', () => {
    const run = vbparse(['--help']);
    expect(run.status).toBe(0);
    for (const option of ['--format', '--output', '--compact', '--no-sources', '--strict', '--quiet', '--input-format', '--max-bytes', '--version', 'schema']) {
      expect(run.stdout).toContain(option);
    }
  });

  it('schema prints the JSON Schema of the output', () => {
    const run = vbparse(['schema']);
    expect(run.status, run.stderr).toBe(0);
    const schema = json(run);
    expect(schema.$schema ?? schema.type).toBeTruthy();
    expect(schema.type).toBe('object');
    expect(schema.properties.header).toBeTruthy();
    expect(schema.properties.schemaVersion).toBeTruthy();
  });

  it('schema matches schemas/vbparse.schema.json as shipped', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'schemas', 'vbparse.schema.json'), 'utf8'));
    expect(json(vbparse(['schema']))).toEqual(shipped);
  });
});

// ---------------------------------------------------------------------------------------------
// .docx: a tiny Word file written here (a zip with word/document.xml), then parsed by the CLI.

const makeZipFrom = (files: Record<string, string>) => Buffer.from(makeZip(Object.entries(files).map(([name, content]) => ({ name, content }))));

const p = (text: string, bold = false): string =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (...paragraphs: string[]): string => `<w:tc>${paragraphs.join('')}</w:tc>`;
const table = (...cells: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cells.join('')}</w:tr></w:tbl>`;

/** A one-page công văn as Word writes it: header and signature in two-column tables. */
function congVanDocx(): Buffer {
  const body = [
    table(
      cell(p('ỦY BAN NHÂN DÂN'), p('HUYỆN NAM ĐÀN', true), p('Số: 12/UBND-VP'), p('V/v triển khai kế hoạch chuyển đổi số năm 2024')),
      cell(p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true), p('Độc lập - Tự do - Hạnh phúc', true), p('Nam Đàn, ngày 15 tháng 3 năm 2024')),
    ),
    p('Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện.'),
    p('Thực hiện Kế hoạch số 45/KH-UBND ngày 02/02/2024 của UBND tỉnh Nghệ An, UBND huyện yêu cầu:'),
    p('1. Phòng Văn hóa và Thông tin chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện.'),
    p('2. Các xã, thị trấn báo cáo kết quả trước ngày 30/6/2024.'),
    p('UBND huyện đề nghị các đơn vị nghiêm túc thực hiện./.'),
    table(
      cell(p('Nơi nhận:', true), p('- Như trên;'), p('- Lưu: VT.')),
      cell(p('TM. ỦY BAN NHÂN DÂN', true), p('CHỦ TỊCH', true), p('Nguyễn Văn An', true)),
    ),
  ].join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return makeZipFrom({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  });
}

describe('vbparse FILE.docx', () => {
  it('reads a Word file: source.format is docx', () => {
    const file = join(work, 'cong-van.docx');
    writeFileSync(file, congVanDocx());
    const run = vbparse([file, '--no-sources']);
    expect(run.status, run.stderr).toBe(0);
    const document = json(run);
    expect(document.source.format).toBe('docx');
    expect(document.header.number).toBe('12');
    expect(document.header.symbol).toBe('UBND-VP');
    expect(document.header.date.iso).toBe('2024-03-15');
    expect(document.signer?.name).toBe('Nguyễn Văn An');
  });

  it('recognises a .docx on standard input by its bytes', () => {
    const run = vbparse(['-', '--no-sources'], { input: congVanDocx() });
    expect(run.status, run.stderr).toBe(0);
    const document = json(run);
    expect(document.source).toMatchObject({ path: null, format: 'docx' });
    expect(document.header.number).toBe('12');
  });
});

// ---------------------------------------------------------------------------------------------

describe('standard output that cannot be written', () => {
  it('a reader that stops early (| head -c 1): no stack trace', () => {
    // ~200 KB of one-line text gives an output far larger than a pipe buffer.
    const sentence = 'Thực hiện Công văn số 123/UBND-VX ngày 5/6/2023 của Ủy ban nhân dân tỉnh về việc tăng cường quản lý. ';
    const file = join(work, 'large-output.txt');
    writeFileSync(file, sentence.repeat(2000));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" "${file}" | head -c 1 > /dev/null`], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stderr).not.toMatch(/EPIPE/);
  }, 60_000);

  it.runIf(existsSync('/dev/full'))('a full disk (/dev/full): exit 2 with one line, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, CLEAN], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 30_000 });
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).toMatch(/^vbparse: .*ENOSPC|^vbparse: .*cannot write/);
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
