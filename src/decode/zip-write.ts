/**
 * Writing a zip archive (UTF-8 names, deflated or stored entries): enough to save a .docx package
 * (the linter's tracked-change fixes) and to build test packages. The reader is `zip.ts`.
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from './zip.js';

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** 8 = deflate (default), 0 = stored. */
  readonly method?: 0 | 8;
}

/** DOS date 1980-01-01, time 00:00: fixed, so the same entries give the same bytes. */
const DOS_DATE = 0x21;

export function writeZip(entries: ReadonlyArray<ZipEntry>, comment = ''): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 8;
    const stored = method === 8 ? deflateRawSync(entry.data) : Buffer.from(entry.data);
    const crc = crc32(entry.data) >>> 0;
    // The fields the local header and the central directory share, from "version needed" on.
    const shared = Buffer.alloc(26);
    shared.writeUInt16LE(20, 0); // version needed
    shared.writeUInt16LE(0x0800, 2); // UTF-8 names
    shared.writeUInt16LE(method, 4);
    shared.writeUInt16LE(0, 6);
    shared.writeUInt16LE(DOS_DATE, 8);
    shared.writeUInt32LE(crc, 10);
    shared.writeUInt32LE(stored.length, 14);
    shared.writeUInt32LE(entry.data.length, 18);
    shared.writeUInt16LE(name.length, 22);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared.copy(local, 4);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    shared.copy(header, 6);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    chunks.push(local, name, stored);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const commentBytes = Buffer.from(comment, 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);
  return new Uint8Array(Buffer.concat([...chunks, directory, end, commentBytes]));
}
