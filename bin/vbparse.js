#!/usr/bin/env node
// Launcher. The program is one CommonJS bundle, dist/cli.cjs (built by `npm run build`, which
// `npm install` runs through `prepare`). It is loaded through a V8 code cache kept beside it in
// dist/.cache/, so that later runs skip parsing and compiling the bundle: start-up time is what a
// per-file CLI run costs. Without a writable dist/ it simply runs without the cache.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const bundle = join(dist, 'cli.cjs');

let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('vbparse: not built yet: run `npm run build` (or `npm install`) in the vbparse folder\n');
  process.exit(2);
}

// The cache is tied to this exact bundle and V8; V8 itself rejects a cache that does not fit.
const stamp = statSync(bundle);
const cacheFile = join(dist, '.cache', `cli-${process.versions.v8}-${stamp.size}-${Math.trunc(stamp.mtimeMs)}.v8cache`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}

const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) {
  // Written at exit, when the functions this run needed have been compiled too; only after a run
  // that parsed a document, so that a `--version` run does not leave a cache without the parser.
  process.once('exit', () => {
    if (!globalThis.__vbparseParsedDocument) return;
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A read-only install: run without the cache.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dist);
