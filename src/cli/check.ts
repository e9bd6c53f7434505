/**
 * `vbparse check [files…]` and `vbparse rules`: the commander side. The linter itself is loaded
 * only when one of them runs (../check/cli-entry.js, its own bundle).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, readLimited } from '../core.js';
import { InputError } from '../errors.js';

const EXIT_USAGE = 2;

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

interface CheckCommandOptions {
  format: 'stylish' | 'json' | 'github' | 'sarif' | 'junit' | 'gitlab';
  lang?: 'vi' | 'en';
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  maxWarnings?: number;
  config?: string | false;
  printConfig?: string;
  quiet?: boolean;
  inputFormat: 'auto' | 'markdown' | 'text' | 'docx' | 'html';
  outputFile?: string;
  color?: boolean;
  stdinFilename?: string;
}

/** Standard input for `vbparse check -`, up to the input limit; a terminal is no input. */
async function readCheckStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new InputError('E_READ', 'standard input is a terminal: pipe a document into `vbparse check -`');
  return readLimited(process.stdin, DEFAULT_MAX_BYTES, null);
}

async function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return;
  await new Promise<void>((resolve) => {
    stream.once('error', () => resolve());
    stream.write(text, () => resolve());
  });
}

export function addCheckCommands(program: Command): void {
  program
    .command('check')
    .description('check documents against the thể thức rules of NĐ 30/2020 and HD 36 (exit 0 clean, 1 problems, 2 usage or I/O error)')
    .argument('[files...]', 'files, folders (every .md, .txt, .docx, .pdf inside) or globs; - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab']).default('stylish'))
    .addOption(new Option('--lang <lang>', 'language of the messages (default vi)').choices(['vi', 'en']))
    .option('--fix', 'apply the fixes that cannot change meaning, in place (a .docx gets X.fixed.docx with tracked changes)')
    .option('--fix-dry-run', 'print the fixes as a diff; write nothing')
    .option('--cache', 'check again only the files that changed (content, vbparse version, config)')
    .option('--cache-location <file>', 'where the cache is kept (default .vbparsecache)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInt)
    .option('--config <file>', 'use this config file only (default: .vbparserc.* and package.json "vbparse" from each file\'s folder upward)')
    .option('--no-config', 'use no config file')
    .option('--print-config <file>', 'print the settings a file would be checked with, and exit')
    .option('--quiet', 'report errors only')
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(['auto', 'markdown', 'text', 'docx', 'html']).default('auto'))
    .option('--stdin-filename <path>', 'the name standard input (-) is checked under: its config, input format and name in the report')
    .option('-o, --output-file <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--color', 'colour the stylish output (default: when standard output is a terminal)')
    .option('--no-color', 'no colour')
    .action(async (files: string[], options: CheckCommandOptions, command: Command) => {
      const entry = await import('../check/cli-entry.js');
      if (options.printConfig !== undefined) {
        try {
          const resolved = await new entry.ConfigResolver(options.config).resolve(options.printConfig);
          await write(process.stdout, `${JSON.stringify(entry.printableConfig(resolved), null, 2)}\n`);
        } catch (error) {
          process.stderr.write(`vbparse: ${(error as Error).message}\n`);
          process.exit(EXIT_USAGE);
        }
        return;
      }
      const color = command.getOptionValueSource('color') === 'cli' || options.color === false ? Boolean(options.color) : Boolean(process.stdout.isTTY) && !options.outputFile;
      const run = await entry.runCheck(files, {
        format: options.format,
        lang: options.lang,
        fix: options.fix,
        fixDryRun: options.fixDryRun,
        cache: options.cache,
        cacheLocation: options.cacheLocation,
        maxWarnings: options.maxWarnings,
        config: options.config,
        quiet: options.quiet,
        inputFormat: options.inputFormat,
        color,
        readStdin: readCheckStdin,
        stdinFilename: options.stdinFilename,
      });
      let exitCode = run.exitCode;
      if (options.outputFile && run.exitCode !== EXIT_USAGE) {
        const { writeFileAtomic } = await import('./write.js');
        try {
          await writeFileAtomic(options.outputFile, run.stdout);
        } catch (error) {
          process.stderr.write(`vbparse: ${(error as Error).message}\n`);
          exitCode = EXIT_USAGE;
        }
      } else {
        await write(process.stdout, run.stdout);
      }
      process.stderr.write(run.stderr);
      process.exitCode = exitCode;
    });
  program
    .command('rules')
    .description('list the rules of vbparse check')
    .addOption(new Option('--lang <lang>', 'language').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('-f, --format <format>', 'table (text) or json').choices(['table', 'json']).default('table'))
    .option('--write', 'write docs/rules/*.md and the README rule list (in the vbparse source tree)')
    .action(async (options: { lang: 'vi' | 'en'; format: 'table' | 'json'; write?: boolean }) => {
      const entry = await import('../check/cli-entry.js');
      if (options.write) {
        const { readFile, stat } = await import('node:fs/promises');
        const inSource = await readFile('package.json', 'utf8').then((t) => (JSON.parse(t) as { name?: string }).name === 'vbparse' && stat('src/check').then(() => true), () => false).catch(() => false);
        if (!inSource) {
          process.stderr.write('vbparse: rules --write: run it in the vbparse source folder\n');
          process.exit(EXIT_USAGE);
        }
        const pages = await entry.writeRuleDocs(process.cwd());
        process.stderr.write(`vbparse: wrote ${pages.length} rule pages in docs/rules/ and the README rule list\n`);
        return;
      }
      await write(process.stdout, entry.rulesTable(options.lang, options.format));
    });
}
