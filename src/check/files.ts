/**
 * File arguments: files, folders (every .md, .markdown, .txt and .docx inside, recursively) and
 * globs (tinyglobby, loaded only when an argument is not a plain path).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

export const DOCUMENT_EXTENSIONS = ['md', 'markdown', 'txt', 'docx', 'pdf', 'html', 'htm'] as const;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export class NoFilesError extends Error {}

export async function expandFileArguments(patterns: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const full = resolve(cwd, path);
    if (!seen.has(full)) {
      seen.add(full);
      out.push(full);
    }
  };
  for (const pattern of patterns) {
    let info = null;
    try {
      info = await stat(resolve(cwd, pattern));
    } catch {
      info = null;
    }
    if (info?.isFile()) {
      add(pattern);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const found = info?.isDirectory()
      ? await glob(`**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, { cwd: resolve(cwd, pattern), ignore: [...IGNORE, '**/*.fixed.docx'], absolute: true, dot: false })
      : await glob(pattern, { cwd, ignore: IGNORE, absolute: true, dot: false, onlyFiles: true });
    if (found.length === 0) throw new NoFilesError(info?.isDirectory() ? `${pattern}: no .md, .txt, .docx or .pdf files in this folder` : `${pattern}: no such file, and no file matches this pattern`);
    for (const f of found.sort()) add(f);
  }
  return out;
}
