#!/usr/bin/env node
// Benchmarks of the built package (`npm run bench` builds first, then runs this file).
//
//   start-up    median wall time of `node bin/vbparse.js FIXTURE --format json`, against a bare
//               `node -e "require('fs').readFileSync(…)" FIXTURE` (the cost of starting Node and
//               reading the file); 15 runs each, interleaved, after one warm-up run.
//   throughput  every fixture parsed in this process with `parseDocument` from dist/index.js,
//               for a few seconds: documents per second and MB per second.
//   large       a 5 MB document (a fixture's body repeated between its header and its signature)
//               parsed in a fresh process: parse time and peak RSS; then the same file through the CLI.
//
// Targets (the process exits 1 when one is missed; the table says which):
//   start-up ratio ≤ 1.5, from this folder and from a read-only copy of the install (`--quick`:
//   ≤ 2.25, from this folder only);
//   large document: parsed in ≤ 10 s with a peak RSS ≤ 1024 MB (guard rails against pathological
//   slow-downs, far above what a healthy build needs).
//   adversarial (with `--adversarial`, or `npm run bench:adversarial` alone): every shape of
//               scripts/adversarial.mjs (runs of spaces and TABs, lines of `[`, `![`, `<b`, 1 MB of
//               `Số: 1/1/1/…`, label lines, a GFM table, nested quotes and lists, `ngày … của`
//               chains, `Căn cứ` lines, one long citation list) parsed at 1 MB and 5 MB: the ms per MB
//               at 5 MB must stay within 1.5× of that at 1 MB. It takes a few minutes, so CI skips it.
// Everything else is printed for information. The whole run takes well under a minute.
//
// `--quick` (CI, `.ci/run`): start-up with 9 runs each and one second of throughput, no large
// document; a few seconds. The last line of every run is machine-readable:
//   BENCH_RESULT {"ok":true,"startupRatio":1.83,"startupBudget":2,...}
// and the exit code is 1 when a target is missed (2 when the bench itself cannot run).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vbparse.js');
const DIST_INDEX = join(ROOT, 'dist', 'index.js');
const FIXTURES = join(ROOT, 'fixtures');
/** Linear markdown like the seed letters: the typical input. */
const SEED_LIKE = join(FIXTURES, 'cv-linear-mttq.md');

const QUICK = process.argv.includes('--quick');
const TARGETS = {
  // The target is 1.5× (the full bench). The quick CI run is a guard against an eager
  // import slipping in (remark or pdf.js loaded up front adds 0.7× and more): the build stands at
  // 1.9–2.0× on an idle 2-core machine, so a 2.0 guard failed on noise alone; 2.25 still catches
  // any eager import.
  startupRatio: QUICK ? 2.25 : 1.5,
  largeSeconds: 10,
  largePeakRssMb: 1024,
};
const STARTUP_RUNS = QUICK ? 9 : 15;
const THROUGHPUT_SECONDS = QUICK ? 1 : 3;
const LARGE_BYTES = 5 * 1024 * 1024;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => `${n.toFixed(1)} ms`;
const mb = (bytes) => bytes / 1024 / 1024;

/** Thrown to leave out the large-document section in a quick run. */
class SkipLarge extends Error {}

function die(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

/** Wall time of one child process, in ms; the child must exit 0. */
function timeRun(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) die(`\`node ${args.join(' ')}\` exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

try {
  statSync(join(ROOT, 'dist', 'cli.cjs'));
  statSync(DIST_INDEX);
} catch {
  die('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`');
}

const rows = [];
let failed = false;
/** Figures for the machine-readable last line. */
const result = { ok: true, quick: QUICK };
function row(measure, value, target = '', ok = null) {
  if (ok === false) failed = true;
  rows.push([measure, value, target, ok === null ? '' : ok ? 'ok' : 'MISSED']);
}

// --- start-up ------------------------------------------------------------------------------
const cliArgs = [BIN, SEED_LIKE, '--format', 'json'];
const bareArgs = ['-e', "require('fs').readFileSync(process.argv[1],'utf8')", SEED_LIKE];
timeRun(cliArgs); // warm-up: file cache, compile cache
timeRun(bareArgs);
const cliTimes = [];
const bareTimes = [];
for (let i = 0; i < STARTUP_RUNS; i++) {
  cliTimes.push(timeRun(cliArgs));
  bareTimes.push(timeRun(bareArgs));
}
const cliMedian = median(cliTimes);
const bareMedian = median(bareTimes);
const ratio = cliMedian / bareMedian;
row('start-up: bare node, read the file (median)', ms(bareMedian));
row(`start-up: vbparse ${SEED_LIKE.slice(ROOT.length)} (median)`, ms(cliMedian));
row('start-up ratio', ratio.toFixed(2), `≤ ${TARGETS.startupRatio.toFixed(1)}`, ratio <= TARGETS.startupRatio);
Object.assign(result, { startupRatio: Number(ratio.toFixed(3)), startupBudget: TARGETS.startupRatio, startupMs: Number(cliMedian.toFixed(1)), bareNodeMs: Number(bareMedian.toFixed(1)) });

// The same from a read-only install: bin/ and dist/ (with the code cache the build made) copied
// elsewhere and made read-only, so that the launcher can write no cache of its own there.
if (!QUICK) {
  const install = mkdtempSync(join(tmpdir(), 'vbparse-bench-install-'));
  try {
    cpSync(join(ROOT, 'bin'), join(install, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));
    const lock = (path) => {
      for (const entry of readdirSync(path, { withFileTypes: true })) if (entry.isDirectory()) lock(join(path, entry.name));
      chmodSync(path, 0o555);
    };
    lock(join(install, 'dist'));
    const installedArgs = [join(install, 'bin', 'vbparse.js'), SEED_LIKE, '--format', 'json'];
    timeRun(installedArgs);
    const installedTimes = [];
    const bareAgain = [];
    for (let i = 0; i < STARTUP_RUNS; i++) {
      installedTimes.push(timeRun(installedArgs));
      bareAgain.push(timeRun(bareArgs));
    }
    const installedRatio = median(installedTimes) / median(bareAgain);
    row('start-up: read-only install (shipped code cache), median', ms(median(installedTimes)));
    row('start-up ratio, read-only install', installedRatio.toFixed(2), `≤ ${TARGETS.startupRatio.toFixed(1)}`, installedRatio <= TARGETS.startupRatio);
  } finally {
    const unlock = (path) => {
      chmodSync(path, 0o755);
      for (const entry of readdirSync(path, { withFileTypes: true })) if (entry.isDirectory()) unlock(join(path, entry.name));
    };
    unlock(join(install, 'dist'));
    rmSync(install, { recursive: true, force: true });
  }
}

// --- throughput (in process) -----------------------------------------------------------------
const { parseDocument } = await import(pathToFileURL(DIST_INDEX).href);
const documents = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.endsWith('.json') && entry.name !== 'README.md')
  .map((entry) => ({ path: join(FIXTURES, entry.name), bytes: readFileSync(join(FIXTURES, entry.name)) }));
const roundBytes = documents.reduce((sum, doc) => sum + doc.bytes.length, 0);
for (const doc of documents) parseDocument(doc.bytes, { path: doc.path }); // warm-up (JIT)
let rounds = 0;
const throughputStart = process.hrtime.bigint();
let elapsedSeconds = 0;
while (elapsedSeconds < THROUGHPUT_SECONDS || rounds < 3) {
  for (const doc of documents) parseDocument(doc.bytes, { path: doc.path });
  rounds++;
  elapsedSeconds = Number(process.hrtime.bigint() - throughputStart) / 1e9;
}
row(`throughput: ${documents.length} fixtures × ${rounds} rounds`, `${((documents.length * rounds) / elapsedSeconds).toFixed(0)} docs/s`);
row('throughput: bytes', `${(mb(roundBytes * rounds) / elapsedSeconds).toFixed(2)} MB/s`);
result.docsPerSecond = Math.round((documents.length * rounds) / elapsedSeconds);

// --- a 5 MB document ---------------------------------------------------------------------------
// The seed-like letter with its numbered units (from the first one to the closing line `…./.` or
// `Nơi nhận`) repeated: header, recipients, closing and signature once. (The units are not
// renumbered: vbparse does not read `61.` and above as a label, by design.)
const seed = parseDocument(readFileSync(SEED_LIKE), { path: SEED_LIKE, validate: false });
const lines = readFileSync(SEED_LIKE, 'utf8').split('\n');
const bodyStart = (seed.tasks[0]?.place?.start.line ?? 1) - 1;
let bodyEnd = lines.findIndex((line, i) => i > bodyStart && (/\.\/\.\s*$/.test(line) || /Nơi nhận/u.test(line.normalize('NFC'))));
if (bodyEnd < 0) bodyEnd = lines.length;
const head = lines.slice(0, bodyStart).join('\n');
const body = lines.slice(bodyStart, bodyEnd);
const tail = lines.slice(bodyEnd).join('\n');
/** The letter with its body repeated up to about `bytes`, written to `path`; the number of copies. */
function writeLarge(path, bytes) {
  const copies = Math.max(1, Math.ceil((bytes - Buffer.byteLength(head + tail)) / Buffer.byteLength(`${body.join('\n')}\n`)));
  const repeated = Array.from({ length: copies }, () => body.join('\n')).join('\n\n');
  writeFileSync(path, `${head}\n${repeated}\n\n${tail}`);
  return copies;
}

/** Parse a file with `parseDocument` in a fresh process, so that the peak RSS is that of this one document. */
function parseFresh(path) {
  const probe = `
    const { parseDocument } = await import(${JSON.stringify(pathToFileURL(DIST_INDEX).href)});
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(${JSON.stringify(path)});
    const start = process.hrtime.bigint();
    const document = parseDocument(bytes, { path: ${JSON.stringify(path)} });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    process.stdout.write(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, tasks: document.tasks.length }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) die(`parsing the ${mb(statSync(path).size).toFixed(0)} MB document failed (exit ${run.status}, ${run.signal ?? 'no signal'}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const temp = mkdtempSync(join(tmpdir(), 'vbparse-bench-'));
try {
  if (QUICK) throw new SkipLarge();
  const large = join(temp, 'large.md');
  const copies = writeLarge(large, LARGE_BYTES);
  const largeBytes = statSync(large).size;
  const large5 = parseFresh(large);
  const peakMb = large5.maxRssKb / 1024;
  row(`large: ${mb(largeBytes).toFixed(1)} MB document, parse time`, `${large5.seconds.toFixed(2)} s (${(mb(largeBytes) / large5.seconds).toFixed(2)} MB/s)`, `≤ ${TARGETS.largeSeconds} s`, large5.seconds <= TARGETS.largeSeconds);
  row('large: peak RSS (fresh process)', `${peakMb.toFixed(0)} MB`, `≤ ${TARGETS.largePeakRssMb} MB`, peakMb <= TARGETS.largePeakRssMb);
  // Memory per MB of input: the peak at 1 MB and at 5 MB, and what each MB between them adds
  // (Node's own ~45 MB is in both peaks, not in the difference).
  const small = join(temp, 'large-1mb.md');
  writeLarge(small, LARGE_BYTES / 5);
  const smallBytes = statSync(small).size;
  const peakSmallMb = parseFresh(small).maxRssKb / 1024;
  const perMb = (peakMb - peakSmallMb) / (mb(largeBytes) - mb(smallBytes));
  row('large: peak RSS per input MB, at 1 MB / 5 MB', `${(peakSmallMb / mb(smallBytes)).toFixed(0)} / ${(peakMb / mb(largeBytes)).toFixed(0)} MB per MB`);
  row('large: peak RSS each MB adds (1 MB → 5 MB)', `${perMb.toFixed(1)} MB per MB`);
  row('large: top-level units found', `${large5.tasks} (${copies} copies of ${seed.tasks.length})`);
  const cliLarge = timeRun([BIN, large, '--format', 'json', '--compact']);
  row('large: vbparse CLI wall time (with JSON output)', `${(cliLarge / 1000).toFixed(2)} s`);
  Object.assign(result, { largeSeconds: Number(large5.seconds.toFixed(3)), largePeakRssMb: Math.round(peakMb), largeRssPerMb: Number(perMb.toFixed(1)) });
} catch (error) {
  if (!(error instanceof SkipLarge)) throw error;
} finally {
  rmSync(temp, { recursive: true, force: true });
}

// --- adversarial shapes (opt-in: a few minutes) -------------------------------------------------
if (process.argv.includes('--adversarial')) {
  const { runAll } = await import('./adversarial.mjs');
  console.log('adversarial shapes (fresh process each; ms per MB at 1 MB and 5 MB):\n');
  const linear = runAll();
  console.log('');
  row('adversarial: ms per MB at 5 MB within 1.5× of 1 MB', linear ? 'every shape' : 'not every shape', '≤ 1.5×', linear);
}

// --- report ------------------------------------------------------------------------------------
const header = ['measure', 'value', 'target', 'verdict'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`vbparse bench (node ${process.version}, ${process.platform}/${process.arch})\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\n${failed ? 'FAIL: a target was missed' : 'PASS: every target met'}`);
result.ok = !failed;
console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
process.exit(failed ? 1 : 0);
