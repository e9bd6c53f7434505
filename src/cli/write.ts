/** Atomic output: write a temporary file beside the target, then rename it into place. */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors.js';

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  // Unique enough with `wx` (fails rather than overwrite); node:crypto would cost start-up time.
  const unique = `${process.pid.toString(36)}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temp = join(dirname(path), `.${basename(path)}.vbparse-tmp-${unique}`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (cause as NodeJS.ErrnoException).code;
    throw new OutputError(`cannot write (${code ?? String(cause)})`, { file: path, cause });
  }
}
