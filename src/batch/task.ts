/**
 * One file, start to end, as a worker thread does it: read, hash, skip when unchanged, decode,
 * parse, emit, write atomically. Never throws: every failure is a result with a code and a reason.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { decodeInputAsync, parseDecoded } from '../core.js';
import { emit } from '../emit/index.js';
import { InputError, VbparseError } from '../errors.js';
import { hasTableDelimiter, type TableFinder } from '../lines/tables.js';
import type { ParsedDocument } from '../schema/document.js';
import { temporaryPath, type ParseSettings, type ProfiledField, type Task, type TaskResult } from './protocol.js';

/** Test hooks (used by the test suite only): a document containing this text hangs the parser… */
const HANG_MARKER = process.env.VBPARSE_TEST_HANG || null;
/** …and every file takes at least this long, so that a test can interrupt a run mid-way. */
const DELAY_MS = Number(process.env.VBPARSE_TEST_DELAY_MS) || 0;

let findTables: TableFinder | undefined;
async function tableFinder(): Promise<TableFinder> {
  // remark is loaded on the first document with a GFM table.
  findTables ??= (await import('../lines/markdown.js')).findTables;
  return findTables;
}

/**
 * The file's bytes, read synchronously: a worker thread has nothing else to do meanwhile, and
 * each asynchronous step would cost a round trip through the thread pool.
 */
function readInput(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('E_NOT_FOUND', 'no such file', { file: path, cause });
    if (code === 'EISDIR') throw new InputError('E_IS_DIRECTORY', 'is a directory, not a file', { file: path });
    throw new InputError('E_READ', `cannot read (${code ?? String(cause)})`, { file: path, cause });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('E_IS_DIRECTORY', 'is a directory, not a file', { file: path });
    if (info.size > maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new InputError('E_TOO_LARGE', `the input is ${mb(info.size)}, more than the ${mb(maxBytes)} limit (raise it with --max-bytes)`, { file: path });
    }
    return readFileSync(fd);
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    throw new InputError('E_READ', `cannot read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`, { file: path, cause });
  } finally {
    closeSync(fd);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export function fieldsFound(document: ParsedDocument): ProfiledField[] {
  const found: ProfiledField[] = [];
  const { header } = document;
  if (header.agency.lines.length > 0) found.push('agency');
  if (header.number !== null || header.symbol !== null) found.push('number');
  if (header.date !== null) found.push('date');
  if (header.subject !== null) found.push('subject');
  if (document.recipients.length > 0) found.push('recipients');
  if (document.signer.name !== null) found.push('signer');
  if (document.distribution.length > 0) found.push('distribution');
  return found;
}

function warningRules(document: ParsedDocument): string[] {
  const rules = new Set<string>();
  for (const d of document.diagnostics) if (d.severity !== 'info') rules.add(d.ruleId);
  return [...rules].sort();
}

export async function runTask(task: Task, settings: ParseSettings): Promise<TaskResult> {
  const started = performance.now();
  let size: number | null = null;
  let hash: string | null = null;
  const done = (fields: Partial<TaskResult> & Pick<TaskResult, 'status'>): TaskResult => ({
    id: task.id,
    size,
    hash,
    code: null,
    reason: null,
    line: null,
    found: [],
    warnings: [],
    ...fields,
    ms: Math.round((performance.now() - started) * 10) / 10,
    heapUsed: 0,
  });
  try {
    const bytes = readInput(task.abs, settings.maxBytes);
    size = bytes.byteLength;
    hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    let existing = null;
    if (task.output !== null && (task.unchangedHash !== null || task.mayBeInput)) {
      existing = statOrNull(task.output);
      if (existing !== null) {
        const input = statSync(task.abs);
        if (existing.ino === input.ino && existing.dev === input.dev) {
          return done({ status: 'failed', code: 'E_OVERWRITE', reason: `the output ${task.output} is the input itself: not overwritten` });
        }
      }
    }
    if (task.unchangedHash === hash && (task.output === null || existing !== null)) return done({ status: 'skipped', code: 'unchanged', reason: 'unchanged since the last run' });
    if (DELAY_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, DELAY_MS);
    const decoded = await decodeInputAsync(bytes, { format: settings.inputFormat, path: task.path, maxBytes: settings.maxBytes });
    if (HANG_MARKER !== null && decoded.text.includes(HANG_MARKER)) for (;;);
    const document = parseDecoded(decoded, { findTables: hasTableDelimiter(decoded.text) ? await tableFinder() : undefined });
    let line: string | null = null;
    if (task.wantLine) line = JSON.stringify(settings.sources ? document : { ...document, sources: undefined });
    if (task.output !== null) {
      const text =
        settings.format === 'json' && line !== null && settings.compact
          ? `${line}\n`
          : await emit(document, settings.format, { compact: settings.compact, sources: settings.sources });
      const temp = temporaryPath(task.output, threadId);
      try {
        // Synchronous: on a busy machine the round trips of asynchronous writes cost more CPU.
        writeFileSync(temp, text);
        renameSync(temp, task.output);
      } catch (error) {
        try {
          rmSync(temp, { force: true });
        } catch {
          // Already gone.
        }
        return done({ status: 'failed', code: 'E_WRITE', reason: `cannot write ${task.output} (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      }
    }
    return done({ status: 'ok', line, found: fieldsFound(document), warnings: warningRules(document) });
  } catch (error) {
    if (error instanceof VbparseError) return done({ status: 'failed', code: error.code, reason: error.message });
    return done({ status: 'failed', code: 'E_INTERNAL', reason: `internal error: ${(error as Error)?.message ?? String(error)}` });
  }
}
