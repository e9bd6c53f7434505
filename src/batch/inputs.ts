/**
 * What a batch reads: folders (walked recursively), globs, single files and paths on standard
 * input, each file named by a relative path (its key) that is also where its output goes, its
 * shard, and its journal entry.
 *
 * Keys: with one folder or one glob, paths under it (`archive/a/b.txt` → `a/b.txt`); otherwise
 * (several roots, files, paths on stdin) paths relative to the current folder, and a path outside
 * it by its absolute path without the leading `/`. Folders are walked depth-first, names in code
 * unit order, dot files and dot folders left out; symbolic links are followed only inside the
 * folder (a link out of it, a broken link and a link back up the tree are reported as skipped).
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { DECODERS, INPUT_FORMATS } from '../decode/registry.js';

/**
 * The extensions a folder walk takes by default (a glob or an explicit file takes any): `.txt` and
 * those of the input formats (decoder registry: `.md`, `.markdown`, `.docx`…).
 */
export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', ...INPUT_FORMATS.flatMap((format) => DECODERS[format].extensions.map((ext) => ext.replace(/^\./, '')))];

/** Gitignore-syntax file read at the top of each folder root (and glob base). */
export const IGNORE_FILE = '.vbparseignore';

/** A usage error or an unreadable root: the batch does not start (exit 2). */
export class BatchUsageError extends Error {}

export interface InputFile {
  /** Absolute path as given (not resolved through links). */
  readonly abs: string;
  /** Relative path with forward slashes: output location, shard, journal key. */
  readonly key: string;
  /** Set when the file is listed but not read: a link out of the tree, a loop, a broken link. */
  readonly skip?: { readonly code: string; readonly reason: string };
}

interface Matcher {
  ignores(path: string): boolean;
}

export type Root =
  | { readonly kind: 'folder'; readonly abs: string; readonly real: string; readonly ignore: Matcher }
  | { readonly kind: 'glob'; readonly pattern: string; readonly base: string; readonly real: string; readonly ignore: Matcher }
  | { readonly kind: 'file'; readonly abs: string }
  | { readonly kind: 'stdin'; readonly ignore: Matcher };

export interface InputOptions {
  readonly cwd: string;
  /** Lower-case extensions without the dot. */
  readonly extensions: readonly string[];
  /** Extra gitignore-syntax patterns (`--ignore`). */
  readonly ignore: readonly string[];
  readonly stdinPaths: boolean;
}

const GLOB_CHARS = /[*?[\]{}!]/;

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Key of a path relative to `base`; outside it, the absolute path without its root. */
export function keyFor(abs: string, base: string): string {
  const rel = relative(base, abs);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return toPosix(rel);
  return toPosix(abs).replace(/^[A-Za-z]:/, '').replace(/^\/+/, '');
}

async function makeIgnore(folder: string | null, patterns: readonly string[]): Promise<Matcher> {
  const { default: ignore } = await import('ignore');
  const matcher = ignore().add([...patterns]);
  if (folder !== null) {
    try {
      matcher.add(await readFile(join(folder, IGNORE_FILE), 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new BatchUsageError(`${join(folder, IGNORE_FILE)}: cannot read (${code})`);
    }
  }
  return { ignores: (path) => path !== '' && matcher.ignores(path) };
}

/** The static folder part of a glob (`archive/20*\/*.txt` → `archive`). */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/** Checks every argument; a missing or unreadable one is a usage error (exit 2). */
export async function resolveRoots(args: readonly string[], options: InputOptions): Promise<Root[]> {
  const roots: Root[] = [];
  for (const arg of args) {
    const abs = resolve(options.cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB_CHARS.test(arg)) {
        const base = resolve(options.cwd, globBase(toPosix(arg)));
        let real: string;
        try {
          real = await realpath(base);
        } catch {
          throw new BatchUsageError(`${arg}: the folder of this pattern does not exist`);
        }
        roots.push({ kind: 'glob', pattern: toPosix(relative(base, abs)) || '**', base, real, ignore: await makeIgnore(base, options.ignore) });
        continue;
      }
      throw new BatchUsageError(`${arg}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code})`}`);
    }
    if (info.isDirectory()) {
      try {
        await readdir(abs);
      } catch (error) {
        throw new BatchUsageError(`${arg}: cannot read the folder (${(error as NodeJS.ErrnoException).code})`);
      }
      roots.push({ kind: 'folder', abs, real: await realpath(abs), ignore: await makeIgnore(abs, options.ignore) });
    } else {
      roots.push({ kind: 'file', abs });
    }
  }
  if (options.stdinPaths) roots.push({ kind: 'stdin', ignore: await makeIgnore(options.cwd, options.ignore) });
  return roots;
}

/** The folder keys are relative to: the single folder or glob base, else the current folder. */
export function keyBase(roots: readonly Root[], cwd: string): string {
  const [only] = roots;
  if (roots.length === 1 && only !== undefined) {
    if (only.kind === 'folder') return only.abs;
    if (only.kind === 'glob') return only.base;
  }
  return cwd;
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Depth-first walk of one folder root: files with a counted extension, not ignored, in name order.
 * Links are followed only when they point inside the root; a folder already on the way down (a
 * loop) is not entered again.
 */
async function* walk(root: Extract<Root, { kind: 'folder' }>, base: string, extensions: ReadonlySet<string>): AsyncGenerator<InputFile> {
  const visited = new Set<string>([root.real]);
  async function* visit(dir: string): AsyncGenerator<InputFile> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const key = keyFor(dir, base);
      yield { abs: dir, key, skip: { code: 'E_READ', reason: `cannot read the folder (${(error as NodeJS.ErrnoException).code})` } };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = join(dir, entry.name);
      const rel = toPosix(relative(root.abs, abs));
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        if (root.ignore.ignores(rel) || root.ignore.ignores(`${rel}/`)) continue;
        let real: string;
        try {
          real = await realpath(abs);
          const info = await stat(real);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          if (extensions.has(extensionOf(entry.name))) yield { abs, key: keyFor(abs, base), skip: { code: 'E_BROKEN_LINK', reason: 'a symbolic link to nothing' } };
          continue;
        }
        if (!isInside(real, root.real)) {
          if (isDir || extensions.has(extensionOf(entry.name))) {
            yield { abs, key: keyFor(abs, base), skip: { code: 'E_OUTSIDE_TREE', reason: 'a symbolic link out of the input folder (not followed)' } };
          }
          continue;
        }
        if (isDir) {
          if (visited.has(real)) {
            yield { abs, key: keyFor(abs, base), skip: { code: 'E_LINK_LOOP', reason: 'a symbolic link to a folder already walked (not followed)' } };
            continue;
          }
          visited.add(real);
        }
      }
      if (isDir) {
        if (root.ignore.ignores(`${rel}/`)) continue;
        yield* visit(abs);
      } else if (isFile && extensions.has(extensionOf(entry.name)) && !root.ignore.ignores(rel)) {
        yield { abs, key: keyFor(abs, base) };
      }
    }
  }
  yield* visit(root.abs);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

async function* globFiles(root: Extract<Root, { kind: 'glob' }>, base: string): AsyncGenerator<InputFile> {
  // Loaded only for glob arguments (start-up time).
  const { glob } = await import('tinyglobby');
  const found = await glob([root.pattern], { cwd: root.base, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
  found.sort();
  for (const rel of found) {
    if (root.ignore.ignores(rel)) continue;
    const abs = join(root.base, rel);
    let real: string;
    try {
      real = await realpath(abs);
    } catch {
      yield { abs, key: keyFor(abs, base), skip: { code: 'E_BROKEN_LINK', reason: 'a symbolic link to nothing' } };
      continue;
    }
    if (!isInside(real, root.real) && (await lstat(abs)).isSymbolicLink()) {
      yield { abs, key: keyFor(abs, base), skip: { code: 'E_OUTSIDE_TREE', reason: 'a symbolic link out of the input folder (not followed)' } };
      continue;
    }
    yield { abs, key: keyFor(abs, base) };
  }
}

async function* stdinFiles(root: Extract<Root, { kind: 'stdin' }>, input: Readable, cwd: string): AsyncGenerator<InputFile> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const abs = resolve(cwd, line);
    const key = keyFor(abs, cwd);
    if (root.ignore.ignores(key)) continue;
    yield { abs, key };
  }
}

/** Every input file, root after root, in a stable order (the order of the NDJSON records). */
export async function* listInputs(roots: readonly Root[], options: InputOptions & { stdin?: Readable }): AsyncGenerator<InputFile> {
  const base = keyBase(roots, options.cwd);
  const extensions = new Set(options.extensions);
  for (const root of roots) {
    if (root.kind === 'folder') yield* walk(root, base, extensions);
    else if (root.kind === 'glob') yield* globFiles(root, base);
    else if (root.kind === 'file') yield { abs: root.abs, key: keyFor(root.abs, base) };
    else yield* stdinFiles(root, options.stdin ?? process.stdin, options.cwd);
  }
}

/**
 * `--out` inside an input folder would read its own outputs back: refused unless the ignore rules
 * leave that folder out of the walk.
 */
export async function checkOutsideInputs(roots: readonly Root[], outReal: string): Promise<void> {
  for (const root of roots) {
    if (root.kind !== 'folder' && root.kind !== 'glob') continue;
    if (!isInside(outReal, root.real)) continue;
    const rel = toPosix(relative(root.real, outReal));
    if (rel === '' ) throw new BatchUsageError(`--out ${outReal}: is the input folder itself; choose another folder`);
    if (!root.ignore.ignores(`${rel}/`)) {
      throw new BatchUsageError(
        `--out ${outReal}: is inside the input folder ${root.kind === 'folder' ? root.abs : root.base}; choose a folder outside it, or leave it out with --ignore '${rel}/'`,
      );
    }
  }
}
