/**
 * `vbparse batch`: the coordinator. It lists the inputs, decides for each file (its shard, resume,
 * its output name), hands the work to a pool of worker threads, and keeps the books: the journal,
 * the NDJSON stream in input order, the progress line, the report and the exit code.
 *
 * Exit codes: 0 every file parsed (or skipped as unchanged); 1 some failed or timed out;
 * 2 usage error or an unreadable root (nothing done); 130 interrupted (SIGINT), 143 (SIGTERM).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { EMITTERS } from '../emit/registry.js';
import { VERSION } from '../version.js';
import { BatchUsageError, checkOutsideInputs, DEFAULT_EXTENSIONS, listInputs, resolveRoots, type InputFile } from './inputs.js';
import { JournalWriter, journalName, latestRecords, type JournalRecord } from './journal.js';
import { OutputFolders, OutputNamer, UnsafeOutputError } from './outputs.js';
import { WORKER_DEPTH, WorkerPool, type PoolFailure } from './pool.js';
import { Progress } from './progress.js';
import type { ParseSettings, TaskResult } from './protocol.js';
import { ReportBuilder, summaryText, type BatchReport } from './report.js';
import { inShard, type Shard } from './shard.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface BatchOptions {
  /** Folders, files and globs. */
  readonly inputs: readonly string[];
  /** Read more file paths, one a line, from standard input. */
  readonly stdinPaths?: boolean;
  /** Output root; null with `ndjson` alone. */
  readonly out: string | null;
  /** One JSON record a line on standard output, in input order. */
  readonly ndjson?: boolean;
  /** Journal file (default: `.vbparse-journal.ndjson` in `out`; none without `out`). */
  readonly journal?: string | null;
  /** Write the JSON report here. */
  readonly report?: string | null;
  readonly settings: ParseSettings;
  readonly jobs?: number;
  /** Per-file time limit, ms (0: none). */
  readonly timeoutMs?: number;
  /** Replace a worker after a file when its heap is above this many MB. */
  readonly recycleMb?: number;
  readonly extensions?: readonly string[];
  readonly ignore?: readonly string[];
  readonly shard?: Shard | null;
  readonly force?: boolean;
  readonly retryFailed?: boolean;
  readonly quiet?: boolean;
  readonly cwd?: string;
  readonly stdin?: Readable;
  readonly stdout?: Writable;
  readonly stderr?: NodeJS.WriteStream;
  readonly workerFile?: string;
}


/** Hash of the options that change an output: a change makes a resumed run redo the file. */
export function optionsHash(settings: ParseSettings): string {
  const { format, compact, sources, inputFormat, maxBytes } = settings;
  return createHash('sha256').update(JSON.stringify({ format, compact, sources, inputFormat, maxBytes })).digest('hex').slice(0, 16);
}

async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${path.split(/[\\/]/).pop()}.vbparse-tmp-${process.pid}`);
  await writeFile(temp, text);
  await rename(temp, path);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** A usage problem: one line on stderr, exit 2. */
function usage(stderr: NodeJS.WritableStream, message: string): number {
  stderr.write(`vbparse: ${message}\n`);
  return EXIT_USAGE;
}

export async function runBatch(options: BatchOptions): Promise<number> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const stderr = options.stderr ?? process.stderr;
  const stdout = options.stdout ?? process.stdout;
  const settings = options.settings;
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, '').toLowerCase());
  const shard = options.shard ?? null;
  if (options.out === null && !options.ndjson) return usage(stderr, 'batch: give --out DIR (a mirrored tree of results) or --ndjson (one JSON record a line on stdout)');
  if (options.force && options.retryFailed) return usage(stderr, 'batch: --force and --retry-failed do not go together');
  if (options.inputs.length === 0 && !options.stdinPaths) return usage(stderr, 'batch: no input: give folders, files or globs, or --stdin-paths');

  let roots;
  let outRoot: string | null = null;
  try {
    roots = await resolveRoots(options.inputs, { cwd, extensions, ignore: options.ignore ?? [], stdinPaths: options.stdinPaths ?? false });
    if (options.out !== null) {
      outRoot = resolve(cwd, options.out);
      try {
        mkdirSync(outRoot, { recursive: true });
        outRoot = realpathSync(outRoot);
      } catch (error) {
        throw new BatchUsageError(`--out ${options.out}: cannot create the folder (${(error as NodeJS.ErrnoException).code})`);
      }
      await checkOutsideInputs(roots, outRoot);
    }
  } catch (error) {
    if (error instanceof BatchUsageError) return usage(stderr, error.message);
    throw error;
  }

  const version = VERSION;
  const optionsId = optionsHash(settings);
  const journalPath = options.journal ? resolve(cwd, options.journal) : outRoot !== null ? join(outRoot, journalName(shard)) : null;
  let previous = new Map<string, JournalRecord>();
  if (journalPath !== null && !options.force) {
    try {
      previous = await latestRecords([journalPath]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return usage(stderr, `${journalPath}: cannot read the journal (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  let journal: JournalWriter | null = null;
  try {
    if (journalPath !== null) journal = new JournalWriter(journalPath);
  } catch (error) {
    return usage(stderr, `${journalPath}: cannot write the journal (${(error as NodeJS.ErrnoException).code})`);
  }

  const namer = new OutputNamer(new Set(extensions), EMITTERS[settings.format].extension.replace(/^\./, ''));
  const folders = outRoot !== null ? new OutputFolders(outRoot) : null;
  const report = new ReportBuilder(version);
  const color = !process.env.NO_COLOR && stderr.isTTY === true;
  const progress = new Progress(stderr, !options.quiet && stderr.isTTY === true, color);
  const pool = new WorkerPool({
    workerFile: options.workerFile ?? join(__dirname, 'batch-worker.cjs'),
    size: jobs,
    settings,
    timeoutMs: options.timeoutMs ?? 0,
    recycleHeapBytes: (options.recycleMb ?? 512) * 1024 * 1024,
    maxOldGenerationMb: Math.max(1024, (options.recycleMb ?? 512) * 2),
  });

  // --- NDJSON in input order: results wait in `ready` until every earlier one is out. ---
  const ready = new Map<number, string>();
  let nextOut = 0;
  let stdoutBlocked: Promise<void> | null = null;
  const flushNdjson = (all = false) => {
    if (!options.ndjson) return;
    const parts: string[] = [];
    for (;;) {
      const line = ready.get(nextOut);
      if (line === undefined) {
        if (!all || ready.size === 0) break;
        nextOut++;
        continue;
      }
      ready.delete(nextOut);
      nextOut++;
      if (line !== '') parts.push(line);
    }
    if (parts.length > 0 && !readerGone && !stdout.write(parts.join(''))) {
      stdoutBlocked ??= new Promise((done) => stdout.once('drain', () => {
        stdoutBlocked = null;
        done();
      }));
    }
  };

  // --- bookkeeping of one finished file ---
  let done = 0;
  let failures = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const record = (seq: number, file: InputFile, fields: Omit<JournalRecord, 'path' | 'version' | 'options' | 'at'>, line: string | null) => {
    const entry: JournalRecord = { path: file.key, version, options: optionsId, ...fields, at: new Date().toISOString() };
    journal?.append(entry);
    report.add(entry);
    done++;
    if (entry.status === 'failed' || entry.status === 'timeout') failures++;
    if (options.ndjson) {
      const head = `{"path":${JSON.stringify(file.key)},"status":"${entry.status}"`;
      ready.set(seq, line !== null ? `${head},"document":${line}}\n` : `${head},"code":${JSON.stringify(entry.code)},"reason":${JSON.stringify(entry.reason)}}\n`);
      flushNdjson();
    }
    progress.update({ done, total, failed: failures });
  };

  // --- Ctrl-C: stop taking files; a second one abandons the files in flight. ---
  let interrupted: NodeJS.Signals | 'SIGPIPE' | null = null;
  let abandoned = false;
  const onSignal = (name: NodeJS.Signals) => {
    if (interrupted === null) {
      interrupted = name;
      pool.cancelQueued();
      progress.note(`vbparse: ${name}: finishing the ${inFlight} file(s) in progress (again to abandon them)`);
      signal();
    } else if (!abandoned) {
      abandoned = true;
      void pool.abandon().then(signal);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A reader that stops early (`| head`): stop taking files, as after Ctrl-C, and exit quietly.
  let readerGone = false;
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
    stdoutBlocked = null;
    if (interrupted === null) {
      interrupted = 'SIGPIPE';
      pool.cancelQueued();
    }
    signal();
  };
  if (options.ndjson) stdout.on('error', onStdoutError);

  // --- the inputs: streamed, never collected (memory stays flat however many files there are).
  // A progress bar wants the total: the walk is then run once before, only counting. ---
  let total: number | null = null;
  const fromStdin = options.stdinPaths === true;
  const inputOptions = { cwd, extensions, ignore: options.ignore ?? [], stdinPaths: fromStdin, stdin: options.stdin };
  if (progress.enabled && !fromStdin) {
    total = 0;
    for await (const file of listInputs(roots, inputOptions)) if (inShard(file.key, shard)) total++;
  }
  const files = listInputs(roots, inputOptions);
  progress.update({ done, total, failed: failures }, true);

  // The same path twice can only come from several roots (a folder and a glob over it) or stdin:
  // only then are the keys seen kept.
  const keys = roots.length > 1 || fromStdin ? new Map<string, string>() : null;
  const window = jobs * 64;
  const pending = new Set<Promise<void>>();
  let seq = 0;
  try {
    for await (const file of files) {
      if (interrupted !== null) break;
      if (!inShard(file.key, shard)) continue;
      const seenAt = keys?.get(file.key);
      // The same file named twice (a folder and a glob over it) is taken once.
      if (seenAt === file.abs) continue;
      const n = seq++;
      const base = { output: null, size: null, hash: null, was: null, ms: 0, found: [], warnings: [] } as const;
      if (seenAt !== undefined) {
        record(n, file, { ...base, status: 'failed', code: 'E_DUPLICATE', reason: `another input has the same relative path ${file.key}` }, null);
        continue;
      }
      keys?.set(file.key, file.abs);
      if (file.skip) {
        record(n, file, { ...base, status: 'skipped', code: file.skip.code, reason: file.skip.reason }, null);
        continue;
      }
      const before = previous.get(file.key);
      const beforeStatus = before === undefined ? null : before.status === 'skipped' ? before.was : before.status;
      if (options.retryFailed && beforeStatus !== 'failed' && beforeStatus !== 'timeout') {
        const carried = before !== undefined && beforeStatus === 'ok';
        record(n, file, {
          ...base,
          output: carried ? before.output : null,
          size: before?.size ?? null,
          hash: before?.hash ?? null,
          status: 'skipped',
          code: beforeStatus === 'ok' ? 'unchanged' : 'not-failed',
          reason: beforeStatus === 'ok' ? 'parsed in an earlier run (--retry-failed)' : 'not a failure of an earlier run (--retry-failed)',
          was: beforeStatus,
          found: carried ? before.found : [],
          warnings: carried ? before.warnings : [],
        }, null);
        continue;
      }
      const unchangedHash =
        !options.force && !options.retryFailed && before !== undefined && beforeStatus === 'ok' && before.version === version && before.options === optionsId && !options.ndjson
          ? before.hash
          : null;
      let outputKey: string | null = null;
      let output: string | null = null;
      if (outRoot !== null && folders !== null) {
        outputKey = namer.outputKey(file.abs, file.key);
        try {
          const slash = outputKey.lastIndexOf('/');
          output = join(folders.ensure(slash < 0 ? '' : outputKey.slice(0, slash)), outputKey.slice(slash + 1));
        } catch (error) {
          const code = error instanceof UnsafeOutputError ? error.code : 'E_WRITE';
          record(n, file, { ...base, status: 'failed', code, reason: (error as Error).message }, null);
          continue;
        }
      }
      while ((inFlight >= jobs * WORKER_DEPTH || (options.ndjson && n - nextOut >= window) || stdoutBlocked !== null) && interrupted === null) {
        const woken = new Promise<void>((r) => (wake = r));
        await (stdoutBlocked !== null ? Promise.race([stdoutBlocked, woken]) : woken);
      }
      if (interrupted !== null) break;
      inFlight++;
      const job = pool
        .run({ id: n, abs: file.abs, path: displayPath(file.abs, cwd), output, mayBeInput: outRoot !== null && isInside(file.abs, outRoot), wantLine: options.ndjson === true, unchangedHash })
        .then((result: TaskResult | PoolFailure | null) => {
          inFlight--;
          if (result === null) return; // abandoned: not journaled, redone by the next run
          if ('heapUsed' in result) {
            const skipped = result.status === 'skipped';
            record(n, file, {
              output: result.status === 'failed' ? null : outputKey,
              size: result.size,
              hash: result.hash,
              status: result.status,
              code: result.code,
              reason: result.reason,
              was: skipped ? 'ok' : null,
              ms: result.ms,
              found: skipped && before ? before.found : result.found,
              warnings: skipped && before ? before.warnings : result.warnings,
            }, result.line);
          } else {
            record(n, file, { ...base, output: null, status: result.status, code: result.code, reason: result.reason, ms: result.ms }, null);
          }
        })
        .finally(() => {
          pending.delete(job);
          signal();
        });
      pending.add(job);
    }
    while (pending.size > 0) await Promise.race(pending);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    stdout.off('error', onStdoutError);
    await pool.close();
  }
  flushNdjson(true);
  if (stdoutBlocked !== null && !readerGone) await stdoutBlocked;
  journal?.close();
  progress.clear();

  const seconds = (performance.now() - started) / 1000;
  const resources = process.resourceUsage();
  const built: BatchReport = report.build(seconds, Math.round(resources.maxRSS / 1024), (resources.userCPUTime + resources.systemCPUTime) / 1e6);
  let status = readerGone ? EXIT_OK : interrupted !== null ? (interrupted === 'SIGTERM' ? 143 : 130) : failures > 0 ? EXIT_FAILED : EXIT_OK;
  if (options.report) {
    try {
      await writeAtomic(resolve(cwd, options.report), `${JSON.stringify(built, null, 2)}\n`);
    } catch (error) {
      stderr.write(`vbparse: ${options.report}: cannot write the report (${(error as NodeJS.ErrnoException).code})\n`);
      if (status === EXIT_OK) status = EXIT_FAILED;
    }
  }
  if (!readerGone) stderr.write(summaryText(built, { interrupted: interrupted !== null, color }));
  return status;
}
