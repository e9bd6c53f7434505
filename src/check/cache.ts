/**
 * `--cache`: the messages of each file, kept under a key made of the file's content hash, the
 * vbparse version and a hash of the settings it was linted with; a file is linted again only when
 * one of them changes. The cache is one JSON file, written atomically; an unreadable one is ignored.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { VERSION } from '../version.js';
import type { LintMessage } from './types.js';
import { writeBytesAtomic } from './write.js';

interface CacheFile {
  readonly version: string;
  readonly files: Record<string, { key: string; messages: LintMessage[] }>;
}

export class CheckCache {
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly data: CacheFile,
  ) {}

  static async open(path: string): Promise<CheckCache> {
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
      if (data.version === VERSION && data.files && typeof data.files === 'object') return new CheckCache(path, data);
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
    return new CheckCache(path, { version: VERSION, files: {} });
  }

  key(bytes: Uint8Array, settings: unknown): string {
    const content = createHash('sha256').update(bytes).digest('hex');
    const config = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
    return `${content}:${VERSION}:${config}`;
  }

  get(file: string, key: string): LintMessage[] | null {
    const entry = this.data.files[file];
    return entry && entry.key === key ? entry.messages : null;
  }

  set(file: string, key: string, messages: readonly LintMessage[]): void {
    this.data.files[file] = { key, messages: [...messages] };
    this.changed = true;
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    try {
      await writeBytesAtomic(this.path, Buffer.from(JSON.stringify(this.data)));
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }
}
