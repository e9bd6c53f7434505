/** Builds zip archives in memory (for .docx tests), so the tests need no binary fixture files. */
import { writeZip } from '../../src/decode/zip-write.js';

export interface ZipInput {
  name: string;
  content: string | Uint8Array;
  /** 0 = stored, 8 = deflate (default). */
  method?: 0 | 8;
}

/** A zip archive of these files (text as UTF-8), through the project's own zip writer. */
export function makeZip(files: ZipInput[], comment = ''): Uint8Array {
  const entries = files.map((file) => ({
    name: file.name,
    data: typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content,
    method: file.method,
  }));
  return writeZip(entries, comment);
}
