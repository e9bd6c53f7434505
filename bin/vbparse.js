#!/usr/bin/env node
// Launcher. The program is one CommonJS bundle, dist/cli.cjs (built by `npm run build`, which
// `npm install` runs through `prepare`). It is loaded through a V8 code cache kept beside it in
// dist/.cache/, so that later runs skip parsing and compiling the bundle: start-up time is what a
// per-file CLI run costs. The build writes that cache and the package ships it, so a read-only
// install (a system-wide npm install, a container image) starts as fast; when it does not fit
// (another Node version) it is written at the first run where dist/ is writable, else skipped.
//
// CommonJS (bin/package.json says so), so that Node does not start its ES module loader only to
// run this file: that alone is a good part of a short run.
'use strict';
const { createRequire } = require('node:module');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'cli.cjs');

let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('vbparse: not built yet: run `npm run build` (or `npm install`) in the vbparse folder\n');
  process.exit(2);
}

// The cache is tied to this exact bundle (the build puts a hash of its content on its first line,
// `// vbparse-build <hash>`: no file dates, which npm resets) and to this V8, which also rejects a
// cache that does not fit its flags.
const build = /^\/\/ vbparse-build ([0-9a-f]+)/.exec(source);
const cacheFile = join(dist, '.cache', `cli-${process.versions.v8}-${build ? build[1] : `size${source.length}`}.v8cache`);
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
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dist);
