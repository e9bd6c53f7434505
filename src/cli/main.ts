/**
 * The `vbparse` command: a thin layer over the library.
 * Exit codes: 0 parsed; 1 parsed, but `--strict` and the document has errors or warnings;
 * 2 usage or input/output error (nothing is written to stdout or the output file).
 */

import { readFileSync, writeSync } from 'node:fs';
import type { $ZodIssue } from 'zod/v4/core';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { decodeInputAsync, DEFAULT_MAX_BYTES, parseDecoded, readInputFile, readLimited } from '../core.js';
import { DECODERS, INPUT_FORMAT_CHOICES, INPUT_FORMATS, type InputFormat } from '../decode/registry.js';
import { emitPieces, OUTPUT_FORMATS, type OutputFormat } from '../emit/registry.js';
import { VbparseError } from '../errors.js';
import type { ParsedDocument } from '../schema/document.js';
import { findTables } from '../lines/tables.js';
import { isSameFile, writeFileAtomic } from './write.js';
import { registerBatch, runSeveralFiles } from './batch.js';
import { registerReport } from './report.js';
import { addCheckCommands } from './check.js';
import { VERSION } from '../version.js';
import { CONFIG_FILE_NAME } from '../schema/config-file.js';

export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_USAGE = 2;

interface ParseCommandOptions {
  format: OutputFormat;
  output?: string;
  /** Several files (or `--out`): through the batch, into this folder. */
  out?: string;
  compact?: boolean;
  inputFormat: InputFormat | 'auto';
  sources: boolean;
  strict?: boolean;
  quiet?: boolean;
  maxBytes: number;
  /** Read scans (PDF pages, images) with Tesseract. */
  ocr?: boolean;
  /** A config file path, or false for `--no-config`. */
  config?: string | false;
}

/** zod/mini carries no message texts: say what is wrong in the config file in plain words. */
function describeConfigIssue(issue: $ZodIssue | undefined): string {
  if (!issue) return 'the config is not valid';
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the config';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} (see vbparse schema config)`;
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `${where} must be ${issue.expected === 'object' ? 'a JSON object' : `a ${issue.expected}`}`;
    case 'too_small':
      return `${where} must be at least ${String(issue.minimum)}`;
    default:
      return `${where} is not valid`;
  }
}

/** Config keys that stand for command-line options of the same name. */
const CONFIG_OPTIONS = ['format', 'compact', 'sources', 'inputFormat', 'maxBytes', 'strict'] as const;

/**
 * Defaults from the config file (`--config FILE`, else `.vbparserc.json` in the current folder):
 * an option given on the command line wins over the file, the file over the built-in default.
 */
async function applyConfig(options: ParseCommandOptions, command: Command): Promise<void> {
  if (options.config === false) return;
  const path = options.config ?? CONFIG_FILE_NAME;
  let text: string;
  try {
    // Read before the schema is built: most runs have no config file.
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (options.config === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
    fail(`${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    fail(`${path}: the config file is not valid JSON (${(error as Error).message})`);
  }
  const { configSchema } = await import('../schema/config.js');
  const checked = configSchema.safeParse(raw);
  if (!checked.success) {
    fail(`${path}: ${describeConfigIssue(checked.error.issues[0])}`);
  }
  for (const key of CONFIG_OPTIONS) {
    const value = checked.data[key];
    if (value === undefined || command.getOptionValueSource(key) === 'cli') continue;
    command.setOptionValueWithSource(key, value, 'config');
  }
  Object.assign(options, command.opts());
}

function parseSize(value: string): number {
  const m = value.trim().match(/^(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?$/i);
  if (!m) throw new InvalidArgumentError('expected a size such as 16MB, 500k or 1048576');
  const unit = (m[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

function fail(message: string): never {
  // Every error is one line, whatever the message it carries.
  process.stderr.write(`vbparse: ${message.replace(/\s*\n\s*/g, ' ').trim()}\n`);
  process.exit(EXIT_USAGE);
}

function describeError(error: unknown): string {
  if (error instanceof VbparseError) {
    const hint = error.code === 'E_TOO_LARGE' ? ' (raise it with --max-bytes)' : '';
    return `${error.file ?? '<stdin>'}: ${error.message.replace(/ \(maxBytes\)$/, '')}${hint}`;
  }
  return String((error as Error)?.message ?? error);
}

/**
 * Write to standard output and wait for it. A reader that stops early (`| head`) is not an error:
 * exit quietly. Any other failure (a full disk) is one line and exit code 2.
 *
 * The pieces go straight to the descriptor: process.stdout would first load Node's stream modules,
 * a few per cent of a `vbparse FILE` run. Only a descriptor that takes no more for now (a
 * non-blocking pipe) hands the rest to process.stdout, which waits until it can.
 */
function writeStdout(text: string | Iterable<string>): Promise<void> {
  const pieces = (typeof text === 'string' ? [text] : text)[Symbol.iterator]();
  for (let piece = pieces.next(); !piece.done; piece = pieces.next()) {
    const bytes = Buffer.from(piece.value, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return writeStdoutStream(bytes.subarray(written), pieces);
      if (code === 'EPIPE') process.exit(EXIT_OK);
      fail(`<stdout>: cannot write (${code ?? (error as Error).message})`);
    }
  }
  return Promise.resolve();
}

/** The rest of the output through process.stdout, waiting whenever the pipe is full. */
function writeStdoutStream(first: Uint8Array, rest: Iterator<string>): Promise<void> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT_OK);
      fail(`<stdout>: cannot write (${error.code ?? error.message})`);
    };
    process.stdout.once('error', onError);
    const next = (): void => {
      for (let piece = rest.next(); !piece.done; piece = rest.next()) {
        if (!process.stdout.write(piece.value)) {
          process.stdout.once('drain', next);
          return;
        }
      }
      process.stdout.write('', (error) => {
        if (error) onError(error as NodeJS.ErrnoException);
        else resolve();
      });
    };
    if (process.stdout.write(first)) next();
    else process.stdout.once('drain', next);
  });
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  if (process.stdin.isTTY) fail('no input: give a FILE, or pipe a document into `vbparse -`');
  return readLimited(process.stdin, maxBytes, null);
}

async function runParse(file: string | undefined, options: ParseCommandOptions, command: Command): Promise<void> {
  if (file === undefined) fail('no input: give a FILE, or `-` for standard input (see --help)');
  await applyConfig(options, command);
  if (options.output === '-') options.output = undefined; // `-o -`: standard output
  if (options.compact && options.format !== 'json' && command.getOptionValueSource('compact') === 'cli') {
    fail(`--compact applies to JSON only, not to --format ${options.format}`);
  }
  if (options.output && file !== '-' && (await isSameFile(file, options.output))) {
    fail(`${options.output}: is the input file (refusing to overwrite the document)`);
  }
  let document: ParsedDocument;
  let decodedText = '';
  try {
    // --ocr reads a PDF (or image) with Tesseract: the `ocr` input format.
    const inputFormat = options.ocr && options.inputFormat === 'auto' ? 'ocr' : options.inputFormat;
    const ocr = options.ocr === false ? false : undefined; // --no-ocr: a PDF's text layer as it is
    // The bytes are held by no variable: once decoded, they are garbage while the text is parsed.
    const decoded = await decodeInputAsync(file === '-' ? await readStdin(options.maxBytes) : await readInputFile(file, options.maxBytes), {
      format: inputFormat,
      path: file === '-' ? null : file,
      maxBytes: options.maxBytes,
      ocr,
    });
    document = parseDecoded(decoded, { findTables });
    // Only the text format prints the decoded input: otherwise it is not held while writing.
    if (options.format === 'text') decodedText = decoded.text;
    // Tells bin/vbparse.js that this run compiled the parser: worth keeping in the code cache.
    (globalThis as { __vbparseParsedDocument?: boolean }).__vbparseParsedDocument = true;
  } catch (error) {
    fail(describeError(error));
  }
  const text = await emitPieces(document, options.format, { compact: options.compact, sources: options.sources, input: decodedText });
  if (options.output) {
    try {
      await writeFileAtomic(options.output, text);
    } catch (error) {
      fail(describeError(error));
    }
  } else {
    await writeStdout(text);
  }
  const problems = document.diagnostics.filter((d) => d.severity !== 'info');
  if (!options.quiet && problems.length > 0 && process.stderr.isTTY) {
    const { default: chalk } = await import('chalk');
    for (const d of problems) {
      const where = d.place ? `${d.place.start.line}:${d.place.start.column}` : '-';
      const severity = d.severity === 'error' ? chalk.red(d.severity) : chalk.yellow(d.severity);
      process.stderr.write(`${file === '-' ? '<stdin>' : file}:${where} ${severity} ${d.message} ${chalk.dim(d.ruleId)}\n`);
    }
  }
  if (options.strict && problems.length > 0) process.exitCode = EXIT_LINT;
}

async function isSourceTree(): Promise<boolean> {
  const { readFile } = await import('node:fs/promises');
  try {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name?: string };
    const { stat } = await import('node:fs/promises');
    return pkg.name === 'vbparse' && (await stat('src/schema')).isDirectory();
  } catch {
    return false;
  }
}

async function runSchema(which: 'document' | 'config', options: { write?: boolean; fields?: boolean }): Promise<void> {
  const { configJsonSchema, documentJsonSchema } = await import('../schema/json-schema.js');
  const { configFieldsMarkdown, fieldsMarkdown } = await import('../schema/fields-doc.js');
  const schema = `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
  const config = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
  if (options.write) {
    // Only in the vbparse source tree: these files are part of the package.
    if (!(await isSourceTree())) fail('schema --write: run it in the vbparse source folder (print the schema without --write)');
    try {
      await writeFileAtomic('schemas/vbparse.schema.json', schema);
      await writeFileAtomic('schemas/vbparse-config.schema.json', config);
      await writeFileAtomic('docs/fields.md', fieldsMarkdown());
      const { diagnosticsMarkdown, withDiagnosticsTable } = await import('../diagnostics/docs.js');
      const { readFile } = await import('node:fs/promises');
      await writeFileAtomic('docs/diagnostics.md', diagnosticsMarkdown());
      await writeFileAtomic('README.md', withDiagnosticsTable(await readFile('README.md', 'utf8')));
    } catch (error) {
      fail(describeError(error));
    }
    process.stderr.write('vbparse: wrote schemas/*.schema.json, docs/fields.md, docs/diagnostics.md and the README diagnostics table\n');
  } else {
    const fields = which === 'config' ? configFieldsMarkdown() : fieldsMarkdown();
    await writeStdout(options.fields ? fields : which === 'config' ? config : schema);
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('vbparse')
    .description('Parse a Vietnamese official document (văn bản hành chính, văn bản của Đảng) into structured data.')
    .version(VERSION, '-V, --version')
    // Options after a subcommand's name are that subcommand's (`batch --out` is not the main `--out`).
    .enablePositionalOptions()
    .argument('[files...]', `document to parse (.txt, ${INPUT_FORMATS.flatMap((f) => DECODERS[f].extensions).join(', ')}); \`-\` reads standard input; several files need --out`)
    .addOption(new Option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.join(', ')} (md: normalized markdown)`).choices(OUTPUT_FORMATS).default('json'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('--out <dir>', 'several files: write each result under this folder (as `vbparse batch`)')
    .option('--compact', 'JSON on one line (JSON only: an error with --format yaml or md)')
    .option('--no-compact', 'indented JSON (overrides a config file)')
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(INPUT_FORMAT_CHOICES).default('auto'))
    .option('--ocr', 'read a scanned PDF with OCR (Tesseract with Vietnamese data; same as --input-format ocr); images are always read so')
    .option('--no-ocr', "never OCR a PDF: keep a text layer without diacritics as it is (by default its first pages are read again)")
    .addOption(new Option('--sources', 'include `sources`, the position of every value (the default)').default(true))
    .option('--no-sources', 'leave out `sources` (the position of every value)')
    .option('--strict', 'exit 1 when the document has errors or warnings')
    .option('--no-strict', 'exit 0 whatever the diagnostics (overrides a config file)')
    .option('-q, --quiet', 'do not list diagnostics on standard error')
    .option('--max-bytes <size>', 'refuse larger inputs (e.g. 16MB)', parseSize, DEFAULT_MAX_BYTES)
    .option('--config <file>', 'read option defaults from this file (default: .vbparserc.json if present)')
    .option('--no-config', 'do not read a config file')
    .action(async (files: string[], options: ParseCommandOptions, command: Command) => {
      if (files.length <= 1 && options.out === undefined) return runParse(files[0], options, command);
      await applyConfig(options, command);
      return runSeveralFiles(files, options);
    });
  registerBatch(program, parseSize);
  registerReport(program);
  program
    .command('schema')
    .description('print the JSON Schema of the output (or of the config file: `vbparse schema config`)')
    .addArgument(new Argument('[which]', 'document or config').choices(['document', 'config']).default('document'))
    .option('--fields', 'print the table of output fields (markdown) instead of the JSON Schema')
    .option('--write', 'write the schemas, docs/fields.md, docs/diagnostics.md and the README diagnostics table (in the vbparse source tree)')
    .action(async (which: 'document' | 'config', options: { write?: boolean; fields?: boolean }) => runSchema(which, options));
  addCheckCommands(program);
  // Usage errors in the same one-line form as every other error, for the subcommands too.
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`vbparse: ${s.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (see vbparse --help)\n`),
    });
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
    }
    fail(`internal error: ${describeError(error)}`);
  }
}

