// Build: one ESM bundle for the CLI (fast start-up: no module resolution at run time) and one for
// the library, with YAML in its own chunk (loaded only for --format yaml); then type declarations.
import { build } from 'esbuild';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { vreLiteralsPlugin } from './regex-literals.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// First, the validator of the output compiled from the zod schema (src/schema/compile-validator.ts):
// the code below bundles it, and the type check and the tests read it. Not in git: derived from
// the schema at every build, it is never stale and never conflicts in a merge.
{
  const temp = new URL('../dist.validator.mjs', import.meta.url);
  await build({ bundle: true, format: 'esm', platform: 'node', target: 'node20', entryPoints: ['src/schema/compile-validator.ts'], outfile: fileURLToPath(temp), logLevel: 'warning', packages: 'external' });
  try {
    const { DOCUMENT_VALIDATOR_PATH, documentValidatorSource } = await import(`${temp.href}?${Date.now()}`);
    const target = new URL(`../${DOCUMENT_VALIDATOR_PATH}`, import.meta.url);
    const source = documentValidatorSource();
    let current = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // first build
    }
    if (current !== source) writeFileSync(target, source);
  } finally {
    rmSync(temp, { force: true });
  }
}
// The translations vre makes of the patterns a parse uses (src/domain/vietnamese.ts): worked out
// here, by parsing the fixtures, and put in the bundles, so that a run does not redo them.
let vreTranslations = [];
{
  const temp = new URL('../dist.vre.mjs', import.meta.url);
  await build({
    bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: fileURLToPath(temp), logLevel: 'warning', packages: 'external',
    stdin: { contents: "export { parseDocument } from './src/api.js'; export { vreTranslations } from './src/domain/vietnamese.js';", resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    plugins: [vreLiteralsPlugin],
  });
  try {
    const parser = await import(`${temp.href}?${Date.now()}`);
    const fixtures = new URL('../fixtures/', import.meta.url);
    for (const name of readdirSync(fixtures).filter((n) => /\.(?:txt|md)$/.test(n)).sort()) {
      try {
        parser.parseDocument(readFileSync(new URL(name, fixtures)));
      } catch {
        // a fixture of a failure: what it compiled still counts
      }
    }
    vreTranslations = parser.vreTranslations().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  } finally {
    rmSync(temp, { force: true });
  }
}

// Build beside dist/ and swap it in at the end, so that a running vbparse (or a test) never
// sees a half-built dist/.
const next = new URL('../dist.next/', import.meta.url);
rmSync(next, { recursive: true, force: true });

const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minify: !process.env.VBPARSE_BUILD_READABLE, // a readable bundle for profiling: VBPARSE_BUILD_READABLE=1
  legalComments: 'none',
  define: { __VBPARSE_VERSION__: JSON.stringify(pkg.version), __VBPARSE_VRE_TRANSLATIONS__: JSON.stringify(vreTranslations) },
  plugins: [vreLiteralsPlugin],
  banner: { js: "import { createRequire as __vbCreateRequire } from 'node:module'; const require = __vbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};
// Two builds, so that everything the CLI needs up front is in one file (fewer modules to load at
// start-up); only what it loads on demand (YAML, chalk, the JSON Schema) is split out.
// The CLI is one CommonJS file: bin/vbparse.js loads it through a V8 code cache (vm.Script
// cachedData), which ES modules do not offer on Node 20. What it loads on demand (YAML, chalk, the
// JSON Schema) is bundled in but initialised only when imported. Kept out of it, to keep the
// bundle (and its code cache) small: YAML comes from the yaml package (CommonJS) when asked for.
// GFM tables are read by vbparse's own linear reader (src/lines/tables.ts): no remark at run time.
/**
 * commander requires `node:child_process` at load time, for stand-alone executable subcommands
 * (vbparse has none). Node compiles that module and `net`, `dgram` and streams behind it on
 * first require — about a tenth of a `vbparse FILE` run. commander gets a stand-in that loads
 * the real module only when `spawn` is called.
 */
function lazyChildProcessForCommander(b) {
  b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
    /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'vbparse-lazy' } : undefined,
  );
  b.onLoad({ filter: /^lazy-child-process$/, namespace: 'vbparse-lazy' }, () => ({
    contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);",
    loader: 'js',
  }));
}

const cliExternals = {
  name: 'cli-externals',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', external: true }));
    lazyChildProcessForCommander(b);
    // pdf.js (≈2 MB) is its own file, loaded only when a PDF is read.
    b.onResolve({ filter: /^\.\/pdfjs\.js$/ }, (args) =>
      /[\\/]decode[\\/]pdf[\\/]/.test(args.importer) ? { path: './cli-pdfjs.cjs', external: true } : undefined,
    );
    // The linter (`vbparse check`, `vbparse rules`) is its own file, loaded only by those commands.
    b.onResolve({ filter: /\/check\/cli-entry\.js$/ }, (args) =>
      args.importer.endsWith('check.ts') ? { path: './cli-check.cjs', external: true } : undefined,
    );
    // The batch (vbparse batch, vbparse report) is its own file, loaded when one of them runs.
    b.onResolve({ filter: /\/batch\/index\.js$/ }, (args) =>
      /[\\/]cli[\\/](batch|report)\.ts$/.test(args.importer) ? { path: './batch.cjs', external: true } : undefined,
    );
  },
};
await build({ ...common, splitting: false, format: 'cjs', banner: {}, entryPoints: { cli: 'src/cli/bin.ts' }, outfile: 'dist.next/cli.cjs', outdir: undefined, plugins: [cliExternals, vreLiteralsPlugin],
  // vm.Script (the code-cache loader) has no dynamic import(): lazy parts are require()d.
  supported: { 'dynamic-import': false } });
await build({ ...common, splitting: false, format: 'cjs', banner: {}, entryPoints: { 'cli-pdfjs': 'src/decode/pdf/pdfjs.ts' }, outfile: 'dist.next/cli-pdfjs.cjs', outdir: undefined,
  supported: { 'dynamic-import': false }, define: { ...common.define, 'import.meta.url': '__vbImportMetaUrl' }, banner: { js: "const __vbImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" } });
// vbparse check / rules: the linter, its formatters and rules (tinyglobby and picomatch from node_modules, as batch does).
await build({ ...common, splitting: false, format: 'cjs', banner: {}, entryPoints: { 'cli-check': 'src/check/cli-entry.ts' }, outfile: 'dist.next/cli-check.cjs', outdir: undefined,
  plugins: [{ name: 'check-externals', setup(b) {
    b.onResolve({ filter: /^(yaml|tinyglobby|picomatch)$/ }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /^\.\/pdfjs\.js$/ }, (args) => (/[\\/]decode[\\/]pdf[\\/]/.test(args.importer) ? { path: './cli-pdfjs.cjs', external: true } : undefined));
  } }, vreLiteralsPlugin],
  supported: { 'dynamic-import': false } });
// vbparse batch: the coordinator, and the worker-thread entry (the parser inside it).
const batchBuild = { ...common, splitting: false, format: 'cjs', banner: {}, outdir: undefined, plugins: [{ name: 'yaml-external', setup: (b) => {
  b.onResolve({ filter: /^(yaml|ignore|tinyglobby)$/ }, (args) => ({ path: args.path, external: true }));
  // pdf.js: the CLI's own file, shared (batch workers read PDFs too).
  b.onResolve({ filter: /^\.\/pdfjs\.js$/ }, (args) => (/[\\/]decode[\\/]pdf[\\/]/.test(args.importer) ? { path: './cli-pdfjs.cjs', external: true } : undefined));
} }, vreLiteralsPlugin], supported: { 'dynamic-import': false } };
await build({ ...batchBuild, entryPoints: { batch: 'src/batch/index.ts' }, outfile: 'dist.next/batch.cjs' });
await build({ ...batchBuild, entryPoints: { 'batch-worker': 'src/batch/worker.ts' }, outfile: 'dist.next/batch-worker.cjs' });
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist.next', chunkNames: 'lib-chunks/[name]-[hash]' });

// The CLI bundle's first line names its content, and keys the V8 code cache (bin/vbparse.js).
{
  const { createHash } = await import('node:crypto');
  const file = new URL('../dist.next/cli.cjs', import.meta.url);
  const code = readFileSync(file, 'utf8');
  writeFileSync(file, `// vbparse-build ${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n${code}`);
}

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', 'dist.next'], { stdio: 'inherit' });
}

const dist = new URL('../dist/', import.meta.url);
const old = new URL('../dist.old/', import.meta.url);
rmSync(old, { recursive: true, force: true });
try {
  renameSync(dist, old);
} catch {
  // no previous build
}
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });

// The V8 code cache of the CLI, made now so that the package ships it (bin/vbparse.js): one run
// on a letter of each kind of layout compiles what a run needs. Without it a read-only install
// would compile the bundle on every run. A failure here only costs start-up time.
{
  const bin = new URL('../bin/vbparse.js', import.meta.url);
  const letter = new URL('../fixtures/cv-linear-mttq.md', import.meta.url);
  try {
    execFileSync(process.execPath, [fileURLToPath(bin), fileURLToPath(letter)], { stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
  } catch (error) {
    process.stderr.write(`build: no code cache written (${error.message}); the CLI will write it at its first run\n`);
  }
}
