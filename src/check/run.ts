/**
 * `vbparse check` without the command line: expand the file arguments, resolve each file's config,
 * lint (from the cache when nothing changed), fix, and format. Never exits the process: returns
 * the text for stdout, lines for stderr and the exit code.
 *
 * Exit codes: 0 clean, or warnings within `--max-warnings`; 1 errors, or more warnings than
 * allowed; 2 usage, config or input/output error (a file that cannot be read, a fix that cannot be written).
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { decodeInputAsync, readInputFile, DEFAULT_MAX_BYTES, type DecodedInput } from '../core.js';
import { VbparseError } from '../errors.js';
import { hasTableDelimiter } from '../lines/tables.js';
import { VERSION } from '../version.js';
import { CheckCache } from './cache.js';
import { ConfigError, ConfigResolver } from './config.js';
import { unifiedDiff } from './diff.js';
import { expandFileArguments, NoFilesError } from './files.js';
import { applyFixes } from './fix.js';
import { loadFormatter, type FormatterName } from './formatters/index.js';
import { lintDecoded, type LintOptions } from './lint.js';
import type { Lang, LintMessage, LintResult } from './types.js';
import { encodeLike, writeBytesAtomic } from './write.js';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

export interface CheckOptions {
  readonly format?: FormatterName;
  readonly lang?: Lang;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly cache?: boolean;
  readonly cacheLocation?: string;
  readonly maxWarnings?: number;
  /** A config file, or false for `--no-config`. */
  readonly config?: string | false;
  /** Only errors are reported (ESLint's `--quiet`). */
  readonly quiet?: boolean;
  readonly inputFormat?: 'auto' | 'markdown' | 'text' | 'docx' | 'html';
  readonly maxBytes?: number;
  readonly cwd?: string;
  readonly color?: boolean;
  /** Reads standard input, for the argument `-` (the CLI passes one bounded by `maxBytes`). */
  readonly readStdin?: () => Promise<Uint8Array>;
  /**
   * The name standard input is checked under (ESLint's `--stdin-filename`): it chooses the config
   * (from its folder upward), the input format (by its extension) and the name in the report.
   */
  readonly stdinFilename?: string;
}

/** The argument that stands for standard input. */
export const STDIN = '-';

export interface CheckRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly results: readonly LintResult[];
}

function countResult(filePath: string, messages: readonly LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  const count = (s: string, fixable = false) => messages.filter((m) => m.severity === s && (!fixable || m.fix)).length;
  return {
    filePath,
    messages,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warning', true),
    ...extra,
  };
}

/** Lint a file's decoded text. */
async function lintText(decoded: DecodedInput, options: LintOptions) {
  const findTables = hasTableDelimiter(decoded.text) ? (await import('../lines/markdown.js')).findTables : undefined;
  return lintDecoded(decoded, { ...options, findTables });
}

export async function runCheck(patterns: readonly string[], options: CheckOptions = {}): Promise<CheckRun> {
  const cwd = options.cwd ?? process.cwd();
  let stderr = '';
  if (patterns.length === 0) return { stdout: '', stderr: 'vbparse: no input: give files, folders or globs to check (see vbparse check --help)\n', exitCode: EXIT_FAILURE, results: [] };
  const usage = (message: string): CheckRun => ({ stdout: '', stderr: `vbparse: ${message}\n`, exitCode: EXIT_FAILURE, results: [] });
  const fromStdin = patterns.includes(STDIN);
  if (fromStdin && !options.readStdin) return usage('standard input (-) cannot be read here');
  if (fromStdin && options.fix) return usage('--fix cannot write standard input back; --fix-dry-run prints the fixes as a diff');
  let files: string[];
  try {
    const named = patterns.filter((p) => p !== STDIN);
    files = named.length > 0 ? await expandFileArguments(named, cwd) : [];
  } catch (error) {
    if (error instanceof NoFilesError) return usage(error.message);
    throw error;
  }
  // Standard input is checked where it stands among the arguments, under its --stdin-filename.
  const stdinPath = resolve(cwd, options.stdinFilename ?? '<stdin>');
  if (fromStdin) files.splice(Math.min(patterns.indexOf(STDIN), files.length), 0, stdinPath);
  const resolver = new ConfigResolver(options.config);
  const cache = options.cache && !options.fix && !options.fixDryRun ? await CheckCache.open(options.cacheLocation ?? `${cwd}/.vbparsecache`) : null;
  const results: LintResult[] = [];
  let failed = false;
  let diffs = '';
  for (const file of files) {
    const isStdin = fromStdin && file === stdinPath;
    const shown = isStdin ? (options.stdinFilename ?? '<stdin>') : relative(cwd, file) || file;
    let resolved;
    try {
      resolved = await resolver.resolve(file);
    } catch (error) {
      if (error instanceof ConfigError) return { stdout: '', stderr: `vbparse: ${error.message}\n`, exitCode: EXIT_FAILURE, results };
      throw error;
    }
    const lang = options.lang ?? resolved.lang ?? 'vi';
    const lintOptions: LintOptions = { lang, rules: resolved.rules };
    let bytes: Uint8Array;
    let decoded: DecodedInput;
    try {
      bytes = isStdin && options.readStdin ? await options.readStdin() : await readInputFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
      decoded = await decodeInputAsync(bytes, { path: isStdin ? (options.stdinFilename ?? null) : file, format: options.inputFormat ?? 'auto', maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
    } catch (error) {
      const reason = error instanceof VbparseError ? error.message : String((error as Error)?.message ?? error);
      stderr += `vbparse: ${shown}: ${reason}\n`;
      results.push(countResult(file, [], { fatal: reason }));
      failed = true;
      continue;
    }
    const isDocx = decoded.encoding === 'docx';
    const docx = isDocx ? await readDocxLayout(bytes) : null;
    const key = cache && !isStdin ? cache.key(bytes, { lang, rules: resolved.rules, inputFormat: options.inputFormat ?? 'auto' }) : '';
    const cached = key ? cache?.get(file, key) : undefined;
    if (cached) {
      results.push(countResult(file, options.quiet ? cached.filter((m) => m.severity === 'error') : cached, { source: decoded.text }));
      continue;
    }
    let { messages } = await lintText(decoded, { ...lintOptions, docx });
    if ((options.fix || options.fixDryRun) && messages.some((m) => m.fix)) {
      if (isDocx) {
        const { fixDocx } = await import('./docx/fix.js');
        const outcome = await fixDocx(file, bytes, messages, { write: Boolean(options.fix), source: decoded.text });
        if (outcome.error) {
          stderr += `vbparse: ${shown}: ${outcome.error}\n`;
          failed = true;
        } else if (outcome.written) {
          stderr += `vbparse: ${shown}: ${outcome.changes} tracked change(s) written to ${relative(cwd, outcome.written)}\n`;
        } else if (options.fixDryRun) {
          diffs += outcome.preview;
        }
      } else if (decoded.encoding === 'utf-8' || decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
        const findTables = hasTableDelimiter(decoded.text) ? (await import('../lines/markdown.js')).findTables : undefined;
        const relint = (text: string) => lintDecoded({ ...decoded, text }, { ...lintOptions, findTables }).messages;
        const fixed = applyFixes(decoded.text, relint);
        if (fixed.output !== decoded.text) {
          if (options.fixDryRun) {
            diffs += unifiedDiff(shown.split('\\').join('/'), decoded.text, fixed.output);
          } else {
            try {
              // Re-read: the file must not have changed while it was being checked.
              const now = await readFile(file);
              if (Buffer.compare(Buffer.from(now), Buffer.from(bytes)) !== 0) throw new Error('the file changed while it was being checked; nothing written');
              await writeBytesAtomic(file, encodeLike(fixed.output, decoded.encoding, decoded.bom));
            } catch (error) {
              stderr += `vbparse: ${shown}: cannot write the fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`;
              failed = true;
              results.push(countResult(file, messages, { source: decoded.text }));
              continue;
            }
          }
          messages = [...fixed.messages];
          decoded = { ...decoded, text: fixed.output };
        }
      } else {
        stderr += `vbparse: ${shown}: fixes are written only to UTF-8 and UTF-16 files (this one is ${decoded.encoding}); nothing written\n`;
      }
    }
    if (key) cache?.set(file, key, messages);
    results.push(countResult(file, options.quiet ? messages.filter((m) => m.severity === 'error') : messages, { source: decoded.text }));
  }
  await cache?.save();
  const formatter = await loadFormatter(options.format ?? 'stylish');
  const formatted = await formatter(results, { lang: options.lang ?? 'vi', cwd, color: options.color ?? false, version: VERSION });
  const stdout = options.fixDryRun ? diffs : formatted;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  let exitCode = EXIT_CLEAN;
  if (errors > 0) exitCode = EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    exitCode = EXIT_PROBLEMS;
    stderr += `vbparse: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`;
  }
  if (failed) exitCode = EXIT_FAILURE;
  return { stdout, stderr, exitCode, results };
}

async function readDocxLayout(bytes: Uint8Array) {
  try {
    const { readDocxLayout: read } = await import('./docx/read.js');
    return read(bytes);
  } catch {
    // A package the text decoder read but whose styles cannot be read: the text rules still run.
    return null;
  }
}
