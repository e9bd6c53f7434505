/**
 * Where each result goes: the input's relative path under `--out`, its extension replaced by the
 * format's (`a/b.txt` → `a/b.json`). When two inputs in one folder would get the same name
 * (`a.txt` and `a.md`), each keeps its own extension (`a.txt.json`, `a.md.json`). The decision looks
 * at the input folder itself (every file with a counted extension), not at what this run or this
 * shard happens to take, so a file's output name is the same in every run and every shard.
 *
 * Output folders are created under `--out` only: a component that is a symbolic link (or a file)
 * stops that file with E_UNSAFE_OUTPUT instead of writing through it.
 */
import { lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extensionOf } from './inputs.js';

export class UnsafeOutputError extends Error {
  readonly code = 'E_UNSAFE_OUTPUT';
}

export class OutputNamer {
  private readonly byFolder = new Map<string, Map<string, string>>();
  constructor(
    private readonly extensions: ReadonlySet<string>,
    private readonly outExtension: string,
  ) {}

  /** The output path relative to `--out` (forward slashes) of the input at `abs` with key `key`. */
  outputKey(abs: string, key: string): string {
    const name = this.outputName(abs);
    const slash = key.lastIndexOf('/');
    return slash < 0 ? name : `${key.slice(0, slash)}/${name}`;
  }

  private outputName(abs: string): string {
    const folder = dirname(abs);
    const own = basename(abs);
    let names = this.byFolder.get(folder);
    if (names === undefined || !names.has(own)) {
      if (this.byFolder.size > 512) this.byFolder.clear();
      let siblings: string[];
      try {
        siblings = readdirSync(folder).filter((name) => !name.startsWith('.') && this.extensions.has(extensionOf(name)));
      } catch {
        siblings = [];
      }
      if (!siblings.includes(own)) siblings.push(own);
      names = assignNames(siblings, this.outExtension);
      this.byFolder.set(folder, names);
    }
    return names.get(own)!;
  }
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/**
 * Output names for the files of one folder: `stem.ext`, or `name.ext` for every file whose plain
 * name another file's would equal (compared without case, for case-insensitive disks).
 */
export function assignNames(names: readonly string[], extension: string): Map<string, string> {
  const full = new Set<string>();
  for (;;) {
    const chosen = new Map<string, string>();
    const owners = new Map<string, string[]>();
    for (const name of names) {
      const out = full.has(name) ? `${name}.${extension}` : `${stem(name)}.${extension}`;
      chosen.set(name, out);
      const id = out.toLowerCase();
      owners.set(id, [...(owners.get(id) ?? []), name]);
    }
    let changed = false;
    for (const group of owners.values()) {
      if (group.length < 2) continue;
      for (const name of group) {
        if (!full.has(name)) {
          full.add(name);
          changed = true;
        }
      }
    }
    if (!changed) return chosen;
  }
}

/** Creates `relativeFolder` under `outRoot`, refusing to pass through a symbolic link or a file. */
export class OutputFolders {
  private readonly made = new Set<string>();
  constructor(private readonly outRoot: string) {}

  ensure(relativeFolder: string): string {
    const target = relativeFolder === '' || relativeFolder === '.' ? this.outRoot : join(this.outRoot, relativeFolder);
    if (this.made.has(target)) return target;
    let current = this.outRoot;
    for (const part of relativeFolder.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') throw new UnsafeOutputError(`the output path leaves --out (${relativeFolder})`);
      current = join(current, part);
      if (this.made.has(current)) continue;
      let info;
      try {
        info = lstatSync(current);
      } catch {
        info = null;
      }
      if (info === null) {
        try {
          mkdirSync(current);
        } catch (error) {
          // Another shard writing to the same --out made it first: check what it is.
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || lstatSync(current).isSymbolicLink()) throw error;
        }
      } else if (info.isSymbolicLink()) {
        throw new UnsafeOutputError(`${current} is a symbolic link: not written through`);
      } else if (!info.isDirectory()) {
        throw new UnsafeOutputError(`${current} is a file, not a folder`);
      }
      this.made.add(current);
    }
    this.made.add(target);
    return target;
  }
}
