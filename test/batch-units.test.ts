/** The batch's small parts by example: shards, output names, the report, and the docs' flags. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assignNames } from '../src/batch/outputs.js';
import { Progress } from '../src/batch/progress.js';
import { ReportBuilder } from '../src/batch/report.js';
import type { JournalRecord } from '../src/batch/journal.js';
import { inShard, parseShard, stableHash } from '../src/batch/shard.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('shards', () => {
  it('reads K/N, and N alone with K from the job runner', () => {
    expect(parseShard('3/8', {})).toEqual({ index: 3, count: 8 });
    expect(parseShard('8', { JOB_COMPLETION_INDEX: '5' })).toEqual({ index: 5, count: 8 });
    expect(parseShard('/4', { AWS_BATCH_JOB_ARRAY_INDEX: '2' })).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('8', {})).toThrow(/JOB_COMPLETION_INDEX/);
    expect(() => parseShard('8/8', {})).toThrow(/between 0 and 7/);
    expect(() => parseShard('a/b', {})).toThrow(/expected K\/N/);
  });

  it('puts every path in exactly one shard, the same one whatever else is there', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `cv/${2000 + (i % 25)}/doc-${i}.txt`);
    const counts = [0, 0, 0, 0];
    for (const path of paths) {
      const owners = [0, 1, 2, 3].filter((index) => inShard(path, { index, count: 4 }));
      expect(owners).toHaveLength(1);
      const owner = owners[0] ?? -1;
      counts[owner] = (counts[owner] ?? 0) + 1;
    }
    for (const n of counts) expect(n).toBeGreaterThan(80);
    // FNV-1a of a known string: the split is the same on every machine and every run.
    expect(stableHash('a')).toBe(0xe40c292c);
  });
});

describe('output names', () => {
  it('replaces the extension unless two files of a folder would meet', () => {
    const names = assignNames(['a.txt', 'a.md', 'b.txt', 'c.docx', 'A.MARKDOWN'], 'json');
    expect(Object.fromEntries(names)).toEqual({
      'a.txt': 'a.txt.json',
      'a.md': 'a.md.json',
      'A.MARKDOWN': 'A.MARKDOWN.json',
      'b.txt': 'b.json',
      'c.docx': 'c.json',
    });
  });

  it('never gives two files one name, even when a full name meets a plain one', () => {
    const input = ['a.txt', 'a.md', 'a.txt.md', 'x', 'x.txt'];
    const names = assignNames(input, 'json');
    expect(new Set([...names.values()].map((n) => n.toLowerCase())).size).toBe(input.length);
  });
});

describe('report', () => {
  const record = (path: string, fields: Partial<JournalRecord>): JournalRecord => ({
    path, output: null, size: 1, hash: null, version: '0', options: 'x', status: 'ok', code: null, reason: null,
    was: null, ms: 1, found: [], warnings: [], at: '2024-01-01T00:00:00.000Z', ...fields,
  });

  it('counts files, profiles the fields of the documents, and lists failures by path', () => {
    const builder = new ReportBuilder('1.2.3');
    builder.add(record('b.txt', { found: ['agency', 'number'], warnings: ['signer/missing'] }));
    builder.add(record('a.txt', { status: 'skipped', code: 'unchanged', was: 'ok', found: ['agency'] }));
    builder.add(record('z.txt', { status: 'timeout', code: 'E_TIMEOUT', reason: 'slow' }));
    builder.add(record('c.txt', { status: 'failed', code: 'E_EMPTY', reason: 'the file is empty' }));
    builder.add(record('l.txt', { status: 'skipped', code: 'E_OUTSIDE_TREE', reason: 'a link' }));
    const report = builder.build(2);
    expect(report.files).toEqual({ seen: 5, parsed: 1, skipped: 2, unchanged: 1, failed: 2, timedOut: 1 });
    expect(report.documents).toBe(2);
    expect(report.fields.agency).toEqual({ found: 2, share: 1 });
    expect(report.fields.number).toEqual({ found: 1, share: 0.5 });
    expect(report.fields.signer).toEqual({ found: 0, share: 0 });
    expect(report.warnings).toEqual({ 'signer/missing': 1 });
    expect(report.failed.map((f) => f.path)).toEqual(['c.txt', 'z.txt']);
    expect(report.skipped.map((f) => f.path)).toEqual(['l.txt']);
  });
});

describe('progress line', () => {
  const fakeStream = () => {
    const chunks: string[] = [];
    return { stream: { write: (text: string) => chunks.push(text) > 0 } as unknown as NodeJS.WriteStream, chunks };
  };

  it('shows done/total, a bar, the rate, the ETA and failures on a terminal, in colour unless NO_COLOR', () => {
    const { stream, chunks } = fakeStream();
    new Progress(stream, true, true).update({ done: 50, total: 200, failed: 2 }, true);
    expect(chunks.join('')).toMatch(/^\r\[#{6}-{18}\] 25% 50\/200 files, \d+\/s( ETA \d+:\d\d)?, \u001b\[31m2 failed\u001b\[0m\u001b\[K$/);
    const plain = fakeStream();
    new Progress(plain.stream, true, false).update({ done: 1, total: null, failed: 0 }, true);
    expect(plain.chunks.join('')).toMatch(/^\r1\/\? files, \d+\/s, 0 failed\u001b\[K$/);
  });

  it('prints nothing when stderr is not a terminal or with --quiet', () => {
    const { stream, chunks } = fakeStream();
    const progress = new Progress(stream, false, false);
    progress.update({ done: 1, total: 2, failed: 0 }, true);
    progress.note('stopping');
    progress.clear();
    expect(chunks).toEqual([]);
  });
});

describe('docs', () => {
  const help = spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), 'batch', '--help'], { encoding: 'utf8' }).stdout;
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('the Kubernetes manifest and the README examples use only options vbparse batch has, and the README documents each', () => {
    const flagsIn = (text: string) => [...new Set(text.match(/(?<![\w-])--[a-z][a-z-]+/g) ?? [])];
    const options = flagsIn(help).filter((flag) => flag !== '--help');
    expect(options.length).toBeGreaterThan(15);
    const section = readme.slice(readme.indexOf('## Batch: whole folders'), readme.indexOf('### Exit codes (batch)'));
    for (const flag of options) expect(new RegExp(`\`[^\`]*${flag}(?![\\w-])`).test(section), flag).toBe(true);
    const manifest = readFileSync(join(ROOT, 'docs', 'kubernetes-indexed-job.yaml'), 'utf8').replace(/^\s*#.*$/gm, '');
    const examples = readme.slice(readme.indexOf('### Past one machine'), readme.indexOf('## Output'));
    const npxAndParallel = new Set(['--yes', '--will-cite', '--pipe', '--keep-order']);
    for (const flag of [...flagsIn(manifest), ...flagsIn(examples)].filter((f) => !npxAndParallel.has(f))) expect(options, flag).toContain(flag);
  });
});

describe('the bench corpus generator', () => {
  it('writes the same documents for the same seed, in every layout, and they all parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbparse-gen-'));
    try {
      for (const name of ['one', 'two']) {
        const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), join(dir, name), '150', '--seed', '7'], { encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
      }
      const files = readdirSync(join(dir, 'one', '0001')).sort();
      expect(readdirSync(join(dir, 'two', '0001')).sort()).toEqual(files);
      for (const file of files) expect(readFileSync(join(dir, 'one', '0001', file))).toEqual(readFileSync(join(dir, 'two', '0001', file)));
      const layouts = new Set(readdirSync(join(dir, 'one', '0000')).map((f) => f.replace(/^\d+-/, '')));
      expect([...layouts].sort()).toEqual(['docx.docx', 'markdown.md', 'pipeTable.md', 'plainText.txt', 'tabColumns.txt']);
      // More files than a worker pool keeps in flight: every one comes out.
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), 'batch', join(dir, 'one'), '--out', join(dir, 'parsed'), '--jobs', '2', '--report', join(dir, 'r.json')], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      expect(report.files).toMatchObject({ seen: 150, parsed: 150, failed: 0 });
      expect(report.fields.number.share).toBe(1);
      expect(report.fields.signer.share).toBeGreaterThan(0.9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the default extensions', () => {
  it('are txt and those of every input format, as `--help` and the README list them', async () => {
    const { DEFAULT_EXTENSIONS } = await import('../src/batch/inputs.js');
    const listed = 'docx,pdf,png,jpg,jpeg,tif,tiff,html,htm,xhtml,md,markdown';
    expect(DEFAULT_EXTENSIONS.join(',')).toBe(`txt,${listed}`);
    expect(readFileSync(new URL('../src/cli/batch.ts', import.meta.url), 'utf8')).toContain(listed);
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(listed);
  });
});
