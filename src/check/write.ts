/** Writing a fixed file: the same encoding and BOM as the original, atomically, keeping its mode. */
import { rename, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function encodeLike(text: string, encoding: string, bom: boolean): Uint8Array {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
    if (encoding === 'utf-16be') le.swap16();
    return le;
  }
  return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
}

export async function writeBytesAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const unique = `${process.pid.toString(36)}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temp = join(dirname(path), `.${basename(path)}.vbparse-tmp-${unique}`);
  let mode: number | undefined;
  try {
    mode = (await stat(path)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
