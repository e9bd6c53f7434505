#!/usr/bin/env node
// Batch bench (part of `npm run bench`; never a test): generates its own corpus with
// scripts/gen-corpus.mjs (2,000 and 20,000 documents in varied layouts) and measures, end to end
// (start-up, reading, parsing, writing, journal), `vbparse batch DIR --out TMP` with --jobs 1 and
// --jobs 2, against a bare single-thread `unified().use(remarkParse).use(remarkGfm).parse()` of the
// same files (read and parsed in one process, start-up not counted); then the peak RSS of a
// --jobs 2 run over 2,000 and over 20,000 documents.
//
// Targets (exit 1 when one is missed): --jobs 2 ≥ 3× the baseline's documents/s; --jobs 1 ≥ 1.8×;
// peak RSS for 20,000 ≤ 1.3× that for 2,000.
//
//   node scripts/bench-batch.mjs [--small N] [--large N] [--keep DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vbparse.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const SMALL = Number(option('--small', 2000));
const LARGE = Number(option('--large', 20000));
const TARGETS = { jobs2: 3.0, jobs1: 1.8, rssRatio: 1.3 };

const temp = option('--keep', null) ?? mkdtempSync(join(tmpdir(), 'vbparse-bench-batch-'));
const rows = [];
let failed = false;
const row = (measure, value, target = '', ok = null) => {
  if (ok === false) failed = true;
  rows.push([measure, value, target, ok === null ? '' : ok ? 'ok' : 'MISSED']);
};

function run(command, commandArgs, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    process.stderr.write(`bench-batch: \`${command} ${commandArgs.join(' ')}\` exited ${result.status}\n${result.stderr}\n`);
    process.exit(2);
  }
  return { seconds, stdout: result.stdout, stderr: result.stderr };
}

function generate(count) {
  const dir = join(temp, `corpus-${count}`);
  run(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), dir, String(count)]);
  return dir;
}

/** The bare remark + GFM parse of every file, in one thread: reading and parsing, no start-up. */
function baseline(dir) {
  const probe = `
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkGfm } = await import('remark-gfm');
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = [];
    for (const folder of readdirSync(process.argv[1]).sort()) for (const name of readdirSync(join(process.argv[1], folder)).sort()) files.push(join(process.argv[1], folder, name));
    const processor = unified().use(remarkParse).use(remarkGfm);
    const start = process.hrtime.bigint();
    let bytes = 0;
    for (const file of files) { const text = readFileSync(file, 'utf8'); bytes += Buffer.byteLength(text); processor.parse(text); }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const usage = process.resourceUsage();
    process.stdout.write(JSON.stringify({ seconds, files: files.length, bytes, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));`;
  return JSON.parse(run(process.execPath, ['--input-type=module', '-e', probe, dir]).stdout);
}

function batch(dir, jobs) {
  const out = join(temp, `out-${jobs}-${Date.now()}`);
  const reportFile = join(temp, `report-${jobs}.json`);
  const { seconds } = run(process.execPath, [BIN, 'batch', dir, '--out', out, '--jobs', String(jobs), '--quiet', '--report', reportFile]);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  // The outputs stay until the end: on ext4 without a journal, files created right after others
  // were deleted pay for skipping their fresh inodes, which charged one run for the last one's cleanup.
  if (report.files.failed > 0) {
    process.stderr.write(`bench-batch: ${report.files.failed} generated documents failed: ${JSON.stringify(report.failed.slice(0, 3))}\n`);
    process.exit(2);
  }
  return { seconds, report };
}

try {
  const small = generate(SMALL);
  const base = baseline(small);
  const mbOf = (bytes, seconds) => (bytes / 1024 / 1024 / seconds).toFixed(2);
  const baseRate = base.files / base.seconds;
  row(`baseline: remark + gfm parse, 1 thread, ${base.files} files (${(base.bytes / 1024 / 1024).toFixed(1)} MB)`, `${baseRate.toFixed(0)} docs/s, ${mbOf(base.bytes, base.seconds)} MB/s; ${base.cpuSeconds.toFixed(2)} CPU s (whole process)`);
  const results = {};
  for (const jobs of [1, 2]) {
    const { seconds, report } = batch(small, jobs);
    results[jobs] = { seconds, report };
    const rate = base.files / seconds;
    const ratio = rate / baseRate;
    const target = jobs === 1 ? TARGETS.jobs1 : TARGETS.jobs2;
    row(`vbparse batch --jobs ${jobs}, ${base.files} files, end to end`, `${rate.toFixed(0)} docs/s, ${mbOf(base.bytes, seconds)} MB/s (${seconds.toFixed(2)} s; ${report.cpuSeconds.toFixed(2)} CPU s)`);
    row(`  × baseline`, ratio.toFixed(2), `≥ ${target}`, ratio >= target);
  }
  const rssSmall = results[2].report.peakRssMb;
  const large = generate(LARGE);
  const big = batch(large, 2);
  row(`vbparse batch --jobs 2, ${LARGE} files, end to end`, `${(LARGE / big.seconds).toFixed(0)} docs/s (${big.seconds.toFixed(1)} s)`);
  row(`peak RSS: ${SMALL} files`, `${rssSmall} MB`);
  row(`peak RSS: ${LARGE} files`, `${big.report.peakRssMb} MB`);
  const rssRatio = big.report.peakRssMb / rssSmall;
  row('peak RSS ratio', rssRatio.toFixed(2), `≤ ${TARGETS.rssRatio}`, rssRatio <= TARGETS.rssRatio);
} finally {
  if (!option('--keep', null)) rmSync(temp, { recursive: true, force: true });
}

const header = ['measure', 'value', 'target', 'verdict'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nvbparse batch bench (node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')})\n`);
console.log('Wall-clock ratios are only meaningful on an otherwise idle machine; the CPU seconds show the work itself.\n');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\n${failed ? 'FAIL: a batch target was missed' : 'PASS: every batch target met'}`);
process.exit(failed ? 1 : 0);
