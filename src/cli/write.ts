/**
 * Atomic output: write a temporary file beside the target, then rename it into place.
 * An existing target keeps its mode; a read-only one is refused; a symlink is followed (the file it
 * points to is replaced, the link stays).
 */
// fs.promises is read when a file is written, not at start-up: node:fs/promises loads Node's
// readline and stream modules, a few per cent of a `vbparse FILE` run that writes to stdout.
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors.js';

/** `content`: the text, or pieces of it written one after the other (a large JSON document). */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const target = await resolveTarget(path);
  let mode: number | null = null;
  try {
    const info = await fsp.stat(target);
    if (info.isFile()) {
      // Even root may write over a 0444 file; a read-only file is someone's decision: respect it.
      if ((info.mode & 0o222) === 0) throw new OutputError('is read-only (refusing to replace it)', { file: path });
      mode = info.mode & 0o7777;
    }
  } catch (error) {
    if (error instanceof OutputError) throw error;
  }
  // Unique enough with `wx` (fails rather than overwrite); node:crypto would cost start-up time.
  const unique = `${process.pid.toString(36)}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temp = join(dirname(target), `.${basename(target)}.vbparse-tmp-${unique}`);
  try {
    if (typeof content === 'string') await fsp.writeFile(temp, content, { flag: 'wx' });
    else await writePieces(temp, content);
    if (mode !== null) await fsp.chmod(temp, mode);
    await fsp.rename(temp, target);
  } catch (cause) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    const code = (cause as NodeJS.ErrnoException).code;
    throw new OutputError(`cannot write (${code ?? String(cause)})`, { file: path, cause });
  }
}

async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await fsp.open(path, 'wx');
  try {
    for (const piece of pieces) await file.write(piece);
  } finally {
    await file.close();
  }
}

/** The file a path names: a symlink is followed, so that the link is not replaced by a file. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await fsp.realpath(path);
  } catch {
    return path; // not there yet (or a dangling link: written as a new file at the path)
  }
}

/** Whether `output` names the same file as `input` (same path, a link to it, a hard link). */
export async function isSameFile(input: string, output: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([fsp.stat(input), fsp.stat(output)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}
