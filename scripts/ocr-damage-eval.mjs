#!/usr/bin/env node
// Field accuracy on OCR-damaged documents: every text document of the given folders that has a gold
// (`X.gold.json`, or a fixture's `X.expected.json`) is damaged with several seeds by the generator
// of the tests (test/helpers/ocr-damage.ts: keywords misread, lost diacritics, look-alike glyphs,
// stray marks, body words), written with its original gold to a temporary folder (never the repo),
// and scored there by the evaluator.
//
//   npm run build && node scripts/ocr-damage-eval.mjs [--seeds 3] [--rate 0.5] [--body-rate 0.15]
//     [--out DIR] [--eval ../shared/tools/eval.mjs] [--cmd "node bin/vbparse.js"] [--quiet] [--clean] FOLDER...
//
// --clean writes the documents undamaged instead (the same set, as the baseline to compare with);
// --cmd is passed to the evaluator (another build: `--cmd "node /tmp/base/bin/vbparse.js"`).
// Default folders: ../shared/corpus/{seeds,real,synthetic,pdftext} and fixtures/. The evaluator's
// --verbose misses and field table are printed; the last line is its `score:`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isUtf8 } from 'node:buffer';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const options = { seeds: 3, rate: 0.5, bodyRate: 0.15, out: null, evaluator: resolve(root, '../shared/tools/eval.mjs'), verbose: true, clean: false };
const folders = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--seeds') options.seeds = Number(args[++i]);
  else if (a === '--rate') options.rate = Number(args[++i]);
  else if (a === '--body-rate') options.bodyRate = Number(args[++i]);
  else if (a === '--out') options.out = resolve(args[++i]);
  else if (a === '--eval') options.evaluator = resolve(args[++i]);
  else if (a === '--cmd') options.cmd = args[++i];
  else if (a === '--quiet') options.verbose = false;
  else if (a === '--clean') options.clean = true;
  else if (a === '--help' || a === '-h') {
    console.log('usage: ocr-damage-eval.mjs [--seeds N] [--rate R] [--body-rate R] [--out DIR] [--eval EVAL.mjs] [--cmd CMD] [--quiet] [--clean] FOLDER...');
    process.exit(0);
  } else folders.push(resolve(a));
}
if (folders.length === 0) folders.push(...['seeds', 'real', 'synthetic', 'pdftext'].map((f) => resolve(root, '../shared/corpus', f)).filter(existsSync), join(root, 'fixtures'));
if (!existsSync(options.evaluator)) {
  console.error(`no evaluator at ${options.evaluator} (--eval PATH)`);
  process.exit(2);
}

const out = options.out ?? mkdtempSync(join(tmpdir(), 'vbparse-ocr-damage-'));
if (out === root || out.startsWith(`${root}/`)) {
  console.error('the damaged set is written outside the repository (--out)');
  process.exit(2);
}

// The generator is TypeScript (shared with the tests): bundled once into the output folder.
const generator = join(out, '.ocr-damage.mjs');
await build({ entryPoints: [join(root, 'test/helpers/ocr-damage.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: generator, logLevel: 'warning' });
const { damageOcr, goldValues } = await import(pathToFileURL(generator).href);

const TEXT = new Set(['.txt', '.md']);
const goldOf = (path) => [`${path}.gold.json`, `${path}.expected.json`].find(existsSync) ?? null;
let written = 0;
for (const folder of folders) {
  const target = join(out, basename(folder));
  // A folder of an earlier run is replaced, not added to.
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (!statSync(path).isFile() || !TEXT.has(extname(name)) || name === 'README.md') continue;
    const goldPath = goldOf(path);
    if (!goldPath) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const bytes = readFileSync(path);
    // UTF-16 and legacy encodings are other tests' business: the damage works on UTF-8 text.
    if (bytes.includes(0) || !isUtf8(bytes)) continue;
    const text = bytes.toString('utf8');
    const ext = extname(name);
    for (let seed = 1; seed <= (options.clean ? 1 : options.seeds); seed++) {
      const damaged = options.clean ? text : damageOcr(text, seed, { rate: options.rate, bodyRate: options.bodyRate, protect: goldValues(gold) });
      const file = join(target, `${basename(name, ext)}.s${seed}${ext}`);
      writeFileSync(file, damaged);
      writeFileSync(`${file}.gold.json`, JSON.stringify(gold, null, 2));
      written++;
    }
  }
}
rmSync(generator);
console.log(options.clean ? `${written} clean documents in ${out}` : `${written} damaged documents (${options.seeds} seeds) in ${out}`);

const dirs = readdirSync(out).map((d) => join(out, d)).filter((d) => statSync(d).isDirectory());
const evalArgs = [options.evaluator, ...(options.verbose ? ['--verbose'] : []), ...(options.cmd ? ['--cmd', options.cmd] : []), ...dirs];
try {
  process.stdout.write(execFileSync(process.execPath, evalArgs, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 }));
} catch (e) {
  process.stdout.write(e.stdout ?? '');
  process.exitCode = 1;
}
