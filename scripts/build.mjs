// Build: one ESM bundle for the CLI (fast start-up: no module resolution at run time) and one for
// the library, with YAML in its own chunk (loaded only for --format yaml); then type declarations.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap it in at the end, so that a running vbparse (or a test) never
// sees a half-built dist/.
const next = new URL('../dist.next/', import.meta.url);
rmSync(next, { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts' },
  outdir: 'dist.next',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minify: true,
  legalComments: 'none',
  define: { __VBPARSE_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __vbCreateRequire } from 'node:module'; const require = __vbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

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
