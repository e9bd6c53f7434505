/**
 * The npm package as a user gets it: `npm pack`, then in an empty folder outside the repository
 * `npm init -y && npm install <tarball>` (dependencies come from the npm registry), then the
 * `vbparse` command through npx and the library through `import('vbparse')`.
 *
 * Slow (~30–60 s, mostly `npm install`) and needs the npm registry. Set VBPARSE_SKIP_PACK=1 to
 * skip the pack-and-install part (e.g. offline); the package.json checks still run.
 *
 * `npm pack --ignore-scripts` packs the dist/ that `npm test` has just built, instead of letting
 * the `prepare` script delete and rebuild dist/ while the other test files run the CLI from it.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';


const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const SKIP_PACK = process.env.VBPARSE_SKIP_PACK === '1';
const FIXTURE = 'fixtures/cv-linear-mttq.md';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * The environment for npm and the installed command. When the tests run under `npm test`, npm has
 * put `npm_config_local_prefix=<repo>`, `npm_package_*`… into the environment; an `npm install`
 * that inherits them would work on the repository instead of the temporary folder. Keep only
 * the settings that say how to reach the registry.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(registry|cache|userconfig|globalconfig|cafile|ca|strict_ssl|proxy|https_proxy|noproxy|no_proxy|@.*:registry)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.test(key)) continue;
    if (key === 'INIT_CWD' || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

function run(command: string, args: string[], cwd: string, timeout = 60_000): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

function mustRun(command: string, args: string[], cwd: string, timeout = 60_000): string {
  const result = run(command, args, cwd, timeout);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stderr}\n${result.stdout}`);
  }
  return result.stdout;
}

/** Every file under `dir`, as paths relative to it with `/`. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? (entry as { path?: string }).path ?? dir, entry.name)).split(sep).join('/'));
}

describe('package.json', () => {
  it('declares what a published package needs', () => {
    expect(PKG.name).toBe('vbparse');
    expect(PKG.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(PKG.type).toBe('module');
    expect(PKG.license).toBeTruthy();
    expect(PKG.engines?.node).toMatch(/>=\s*20/);
    expect(PKG.bin).toEqual({ vbparse: 'bin/vbparse.js' });
    expect(PKG.types).toBe('./dist/index.d.ts');
    expect(PKG.exports['.']).toMatchObject({ types: './dist/index.d.ts', import: './dist/index.js' });
    // `types` must come first in a conditional export, or TypeScript ignores it.
    expect(Object.keys(PKG.exports['.'])[0]).toBe('types');
    expect(PKG.exports['./package.json']).toBe('./package.json');
    expect(PKG.files).toEqual(expect.arrayContaining(['bin/', 'dist/**/*.js', 'dist/**/*.cjs', 'dist/**/*.d.ts', 'schemas/', 'README.md']));
    for (const unwanted of ['src', 'test', 'fixtures', 'scripts']) {
      expect(PKG.files.some((entry: string) => entry.replace(/\/$/, '') === unwanted)).toBe(false);
    }
  });

  it('the launcher is an executable node script', () => {
    expect(readFileSync(join(ROOT, 'bin', 'vbparse.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('every file it lists exists', () => {
    // Globs (`dist/**/*.js`) are checked by the folder they start with.
    for (const entry of PKG.files as string[]) expect(existsSync(join(ROOT, entry.split('*')[0] ?? entry)), entry).toBe(true);
  });
});

describe.skipIf(SKIP_PACK)('npm pack, npm install, then use it (VBPARSE_SKIP_PACK=1 skips)', () => {
  let temp: string;
  let app: string;
  let tarball: string;
  let packed: string[];
  let installed: string;

  beforeAll(() => {
    // `npm test` has built dist/ already; build here only when it is missing.
    if (!existsSync(join(ROOT, 'dist', 'index.js')) || !existsSync(join(ROOT, 'dist', 'index.d.ts'))) {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    }
    temp = mkdtempSync(join(tmpdir(), 'vbparse-pack-'));
    const packDir = join(temp, 'pack');
    app = join(temp, 'app');
    mkdirSync(packDir);
    mkdirSync(app);

    const report = JSON.parse(mustRun(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], ROOT));
    tarball = join(packDir, report[0].filename);
    packed = report[0].files.map((file: { path: string }) => file.path);

    mustRun(NPM, ['init', '-y'], app);
    mustRun(NPM, ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], app, 180_000);
    installed = join(app, 'node_modules', 'vbparse');
    // The user's own document, copied: nothing below may reach into the source tree.
    copyFileSync(join(ROOT, FIXTURE), join(app, 'letter.md'));
  }, 240_000);

  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('the tarball holds dist/, bin/, schemas/ and README.md, and no sources, tests or fixtures', () => {
    expect(packed).toContain('package.json');
    expect(packed).toContain('README.md');
    expect(packed).toContain('bin/vbparse.js');
    expect(packed).toContain('dist/cli.cjs');
    // The launcher's V8 code cache, made by the build, is shipped (a read-only install starts as
    // fast); it is named by the V8 version and the bundle's hash, so another Node ignores it.
    expect(packed.filter((path) => path.includes('.cache'))).toEqual([expect.stringMatching(/^dist\/\.cache\/cli-[^/]+-[0-9a-f]{16}\.v8cache$/)]);
    expect(packed).toContain('dist/index.js');
    expect(packed).toContain('dist/index.d.ts');
    expect(packed).toContain('schemas/vbparse.schema.json');
    expect(packed.filter((path) => /^(src|test|fixtures|scripts|node_modules|\.ci)\//.test(path))).toEqual([]);
  });

  it('is installed as a copy inside the app folder, with the same layout', () => {
    expect(realpathSync(installed).startsWith(realpathSync(app) + sep)).toBe(true);
    const files = listFiles(installed);
    for (const dir of ['dist/', 'bin/', 'schemas/']) expect(files.some((file) => file.startsWith(dir)), dir).toBe(true);
    expect(files).toContain('README.md');
    expect(files).toContain(PKG.types.replace(/^\.\//, ''));
    for (const dir of ['src/', 'test/', 'fixtures/', 'scripts/']) expect(files.some((file) => file.startsWith(dir)), dir).toBe(false);
    // Its dependencies were installed beside it.
    for (const dependency of Object.keys(PKG.dependencies ?? {})) {
      expect(existsSync(join(app, 'node_modules', dependency, 'package.json')), dependency).toBe(true);
    }
  });

  it('runs with the shipped code cache: nothing is compiled again nor written into the install', () => {
    const cacheDir = join(installed, 'dist', '.cache');
    const before = readdirSync(cacheDir).map((name) => [name, statSync(join(cacheDir, name)).mtimeMs]);
    const result = run(NPX, ['--no', '--', 'vbparse', 'letter.md'], app);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(cacheDir).map((name) => [name, statSync(join(cacheDir, name)).mtimeMs])).toEqual(before);
  });

  it('npx vbparse --version prints the version', () => {
    expect(mustRun(NPX, ['--no', '--', 'vbparse', '--version'], app).trim()).toBe(PKG.version);
  });

  it('npx vbparse batch converts a folder with its worker threads, a glob and the ignore file', () => {
    mkdirSync(join(app, 'archive', 'sub'), { recursive: true });
    copyFileSync(join(ROOT, FIXTURE), join(app, 'archive', 'sub', 'a.md'));
    copyFileSync(join(ROOT, FIXTURE), join(app, 'archive', 'b.md'));
    writeFileSync(join(app, 'archive', '.vbparseignore'), 'b.md\n');
    const result = run(NPX, ['--no', '--', 'vbparse', 'batch', 'archive', 'archive/**/*.md', '--out', 'parsed', '--jobs', '2'], app);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(app, 'parsed', 'archive', 'sub', 'a.json'), 'utf8')).header.number).toBe('468');
    expect(existsSync(join(app, 'parsed', 'archive', 'b.json'))).toBe(false);
  });

  it('npx vbparse letter.md prints the document as JSON', () => {
    const result = run(NPX, ['--no', '--', 'vbparse', 'letter.md'], app);
    expect(result.status, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.source.path).toBe('letter.md');
    expect(document.header.number).toBe('468');
  });

  it('npx vbparse letter.md --format yaml prints YAML', () => {
    const result = run(NPX, ['--no', '--', 'vbparse', 'letter.md', '--format', 'yaml', '--no-sources'], app);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^schemaVersion: /m);
    expect(result.stdout).toMatch(/^ {2}number: "?468"?$/m);
  });

  it('npx vbparse check runs the linter from the install (its bundle and globs load)', () => {
    const result = run(NPX, ['--no', '--', 'vbparse', 'check', '*.md', '--format', 'json'], app);
    expect([0, 1], result.stderr).toContain(result.status);
    const [report] = JSON.parse(result.stdout);
    expect(report.filePath.endsWith('letter.md')).toBe(true);
    expect(mustRun(NPX, ['--no', '--', 'vbparse', 'rules'], app)).toMatch(/^VB101\s+national-title/m);
  });

  it('npx vbparse schema prints the shipped JSON Schema', () => {
    const shipped = JSON.parse(readFileSync(join(installed, 'schemas', 'vbparse.schema.json'), 'utf8'));
    expect(JSON.parse(mustRun(NPX, ['--no', '--', 'vbparse', 'schema'], app))).toEqual(shipped);
  });

  it("import('vbparse') gives parseDocument, with the same result as the command", () => {
    const script = `
      import('vbparse').then(async (m) => {
        const { readFileSync } = await import('node:fs');
        const document = m.parseDocument(readFileSync('letter.md'), { path: 'letter.md' });
        process.stdout.write(JSON.stringify({ version: m.VERSION, document }));
      });`;
    const fromLibrary = JSON.parse(mustRun(process.execPath, ['--input-type=module', '-e', script], app));
    const fromCommand = JSON.parse(mustRun(NPX, ['--no', '--', 'vbparse', 'letter.md'], app));
    expect(fromLibrary.version).toBe(PKG.version);
    expect(fromLibrary.document.header.number).toBe('468');
    expect(fromLibrary.document.header.number).toBe(fromCommand.header.number);
    expect(fromLibrary.document).toEqual(fromCommand);
  });

  it('the type declarations work for a TypeScript user (tsc --noEmit on a consumer file)', () => {
    writeFileSync(
      join(app, 'consumer.mts'),
      [
        "import { parseDocument, type ParsedDocument, InputError } from 'vbparse';",
        "const document: ParsedDocument = parseDocument('Số: 12/UBND-VP');",
        'const number: string | null = document.header.number;',
        'const error: Error = new InputError("E_EMPTY", "empty");',
        'export { number, error };',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['consumer.mts'] }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 60_000); // tsc takes about 1.5 s of CPU: seconds of wall time on a busy machine
});
