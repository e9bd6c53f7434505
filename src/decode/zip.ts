/**
 * A minimal, defensive reader for zip archives (PKWARE APPNOTE), enough to open Office Open XML
 * files. It reads the central directory once and inflates single entries on demand.
 *
 * Supported: stored (method 0) and deflated (method 8) entries, an archive comment, data
 * descriptors (sizes are taken from the central directory), UTF-8 and CP437/ASCII names.
 * Refused with a {@link ZipError}: zip64, multi-disk archives, encrypted entries, other
 * compression methods, entries above the size cap, CRC mismatches and anything out of bounds.
 */
import { createRequire } from 'node:module';

// node:zlib is loaded on the first .docx only: most runs read text, and start-up time counts.
const requireBuiltin = createRequire(`${process.cwd()}/`);
const inflateRawSync: typeof import('node:zlib').inflateRawSync = (...args) =>
  (requireBuiltin('node:zlib') as typeof import('node:zlib')).inflateRawSync(...args);

/** Default cap on the uncompressed size of one entry: refuses zip bombs before inflating. */
export const DEFAULT_MAX_ENTRY_BYTES = 200 * 1024 * 1024;

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_OF_CENTRAL_DIRECTORY_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const MAX_COMMENT_SIZE = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8_NAME = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

/** Thrown for an archive that cannot be read safely; `message` says why. */
export class ZipError extends Error {
  readonly code = 'E_ZIP';
  /** True when the archive is refused for a size limit, not because it is broken. */
  readonly overLimit: boolean;
  constructor(message: string, options?: { cause?: unknown; overLimit?: boolean }) {
    super(message, options);
    this.name = 'ZipError';
    this.overLimit = options?.overLimit ?? false;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One file as listed in the central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate; anything else is refused when read. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Options for {@link openZip}. */
export interface ZipOptions {
  /** Largest uncompressed size accepted for one entry, in bytes (default 200 MB). */
  maxEntryBytes?: number;
  /** Largest uncompressed size of all the entries read from the archive together (default: no limit). */
  maxTotalBytes?: number;
}

/** An opened archive: its entry list and a way to read one entry. */
export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  /** Finds an entry by exact name, falling back to a case-insensitive match (OPC names are case-insensitive). */
  findEntry(name: string): ZipEntry | undefined;
  /** Returns the uncompressed bytes of the named entry; throws {@link ZipError} when absent or unreadable. */
  readEntry(name: string): Uint8Array;
}

/** True when the bytes start with a local file header (`PK\x03\x04`). */
export function hasZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && readUint32(bytes, 0) === LOCAL_HEADER_SIGNATURE;
}

/**
 * Opens a zip archive held in memory. Only the central directory is parsed here; entries are
 * inflated lazily by {@link ZipArchive.readEntry}.
 * @throws ZipError when the archive is malformed, truncated, zip64 or split over several disks.
 */
export function openZip(bytes: Uint8Array, options: ZipOptions = {}): ZipArchive {
  const maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  let totalLeft = options.maxTotalBytes ?? Number.POSITIVE_INFINITY;
  const entries = readCentralDirectory(bytes);
  const byName = indexEntries(entries);
  const findEntry = (name: string): ZipEntry | undefined =>
    byName.exact.get(name) ?? byName.folded.get(name.toLowerCase());
  return {
    entries,
    findEntry,
    readEntry(name: string): Uint8Array {
      const entry = findEntry(name);
      if (!entry) throw new ZipError(`zip entry not found: ${name}`);
      // Checked before inflating; the inflater itself stops at the declared size.
      if (entry.uncompressedSize > totalLeft) {
        throw new ZipError(`it expands to more than ${megabytes(options.maxTotalBytes ?? 0)} (at ${entry.name})`, { overLimit: true });
      }
      const content = extractEntry(bytes, entry, maxEntryBytes);
      totalLeft -= content.length;
      return content;
    },
  };
}

/** CRC-32 (IEEE 802.3, as used by zip and gzip) of the bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    crc = (CRC32_TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC32_TABLE = buildCrc32Table();

function buildCrc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

interface EndOfCentralDirectory {
  offset: number;
  entryCount: number;
  directorySize: number;
  directoryOffset: number;
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const eocd = readEndOfCentralDirectory(bytes);
  const directoryEnd = eocd.directoryOffset + eocd.directorySize;
  if (directoryEnd > eocd.offset) {
    throw new ZipError('corrupt zip: central directory lies outside the archive (file truncated?)');
  }
  const entries: ZipEntry[] = [];
  let position = eocd.directoryOffset;
  for (let i = 0; i < eocd.entryCount; i++) {
    const { entry, next } = readCentralHeader(bytes, position, directoryEnd);
    entries.push(entry);
    position = next;
  }
  return entries;
}

function readEndOfCentralDirectory(bytes: Uint8Array): EndOfCentralDirectory {
  const offset = findEndOfCentralDirectory(bytes);
  if (offset < 0) {
    throw new ZipError('not a zip archive: end of central directory not found (file truncated?)');
  }
  const diskNumber = readUint16(bytes, offset + 4);
  const directoryDisk = readUint16(bytes, offset + 6);
  const entriesOnDisk = readUint16(bytes, offset + 8);
  const entryCount = readUint16(bytes, offset + 10);
  const directorySize = readUint32(bytes, offset + 12);
  const directoryOffset = readUint32(bytes, offset + 16);
  if (isZip64(bytes, offset, entryCount, directorySize, directoryOffset)) {
    throw new ZipError('unsupported zip: zip64 archives are not supported');
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    throw new ZipError('unsupported zip: archives split over several disks are not supported');
  }
  return { offset, entryCount, directorySize, directoryOffset };
}

/** Searches backwards, since the record ends the file but may be followed by a comment. */
function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - END_OF_CENTRAL_DIRECTORY_SIZE;
  const first = Math.max(0, last - MAX_COMMENT_SIZE);
  for (let offset = last; offset >= first; offset--) {
    if (readUint32(bytes, offset) !== END_OF_CENTRAL_DIRECTORY_SIGNATURE) continue;
    const commentLength = readUint16(bytes, offset + 20);
    // A signature inside the comment itself would not account for the bytes that follow.
    if (offset + END_OF_CENTRAL_DIRECTORY_SIZE + commentLength === bytes.length) return offset;
  }
  return -1;
}

function isZip64(
  bytes: Uint8Array,
  eocdOffset: number,
  entryCount: number,
  directorySize: number,
  directoryOffset: number,
): boolean {
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return true;
  const locator = eocdOffset - ZIP64_LOCATOR_SIZE;
  return locator >= 0 && readUint32(bytes, locator) === ZIP64_LOCATOR_SIGNATURE;
}

function readCentralHeader(
  bytes: Uint8Array,
  position: number,
  directoryEnd: number,
): { entry: ZipEntry; next: number } {
  requireRange(position, CENTRAL_HEADER_SIZE, directoryEnd, 'central directory entry');
  if (readUint32(bytes, position) !== CENTRAL_HEADER_SIGNATURE) {
    throw new ZipError(`corrupt zip: bad central directory signature at byte ${position}`);
  }
  const flags = readUint16(bytes, position + 8);
  const nameLength = readUint16(bytes, position + 28);
  const extraLength = readUint16(bytes, position + 30);
  const commentLength = readUint16(bytes, position + 32);
  const variableLength = nameLength + extraLength + commentLength;
  requireRange(position + CENTRAL_HEADER_SIZE, variableLength, directoryEnd, 'central directory entry');
  const nameStart = position + CENTRAL_HEADER_SIZE;
  const entry: ZipEntry = {
    name: decodeName(bytes.subarray(nameStart, nameStart + nameLength), flags),
    method: readUint16(bytes, position + 10),
    flags,
    crc32: readUint32(bytes, position + 16),
    compressedSize: readUint32(bytes, position + 20),
    uncompressedSize: readUint32(bytes, position + 24),
    localHeaderOffset: readUint32(bytes, position + 42),
  };
  return { entry, next: nameStart + variableLength };
}

function decodeName(raw: Uint8Array, flags: number): string {
  // Non-UTF-8 names are CP437; OOXML part names are ASCII, so latin1 is close enough.
  const encoding = flags & FLAG_UTF8_NAME ? 'utf-8' : 'latin1';
  return new TextDecoder(encoding).decode(raw);
}

function indexEntries(entries: readonly ZipEntry[]): {
  exact: Map<string, ZipEntry>;
  folded: Map<string, ZipEntry>;
} {
  const exact = new Map<string, ZipEntry>();
  const folded = new Map<string, ZipEntry>();
  for (const entry of entries) {
    // The first of duplicated names wins, as in most readers.
    if (!exact.has(entry.name)) exact.set(entry.name, entry);
    const key = entry.name.toLowerCase();
    if (!folded.has(key)) folded.set(key, entry);
  }
  return { exact, folded };
}

function extractEntry(bytes: Uint8Array, entry: ZipEntry, maxEntryBytes: number): Uint8Array {
  if (entry.flags & FLAG_ENCRYPTED) throw new ZipError(`unsupported zip: ${entry.name} is encrypted`);
  if (entry.uncompressedSize > maxEntryBytes) {
    throw new ZipError(`${entry.name} expands to ${megabytes(entry.uncompressedSize)}, more than the ${megabytes(maxEntryBytes)} limit`, {
      overLimit: true,
    });
  }
  const data = locateEntryData(bytes, entry);
  const content = decompress(data, entry);
  if (content.length !== entry.uncompressedSize) {
    throw new ZipError(
      `corrupt zip: ${entry.name} has ${content.length} bytes, the directory says ${entry.uncompressedSize}`,
    );
  }
  if (crc32(content) !== entry.crc32) throw new ZipError(`corrupt zip: CRC mismatch in ${entry.name}`);
  return content;
}

function locateEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const header = entry.localHeaderOffset;
  requireRange(header, LOCAL_HEADER_SIZE, bytes.length, `local header of ${entry.name}`);
  if (readUint32(bytes, header) !== LOCAL_HEADER_SIGNATURE) {
    throw new ZipError(`corrupt zip: bad local header signature for ${entry.name}`);
  }
  // The local name and extra field may differ in length from the central copies.
  const nameLength = readUint16(bytes, header + 26);
  const extraLength = readUint16(bytes, header + 28);
  const start = header + LOCAL_HEADER_SIZE + nameLength + extraLength;
  requireRange(start, entry.compressedSize, bytes.length, `data of ${entry.name}`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function decompress(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method === METHOD_STORED) {
    if (data.length !== entry.uncompressedSize) {
      throw new ZipError(`corrupt zip: stored entry ${entry.name} has inconsistent sizes`);
    }
    return data;
  }
  if (entry.method !== METHOD_DEFLATE) {
    throw new ZipError(`unsupported zip: ${entry.name} uses compression method ${entry.method}`);
  }
  try {
    // Capping the output at the declared size stops a bomb whose header lies about its size.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ZipError(`corrupt zip: cannot inflate ${entry.name} (${reason})`, { cause: error });
  }
}

function requireRange(start: number, length: number, limit: number, what: string): void {
  if (start < 0 || length < 0 || start + length > limit) {
    throw new ZipError(`corrupt zip: ${what} runs past the end of the archive (file truncated?)`);
  }
}

function readUint16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8) | ((bytes[offset + 2] ?? 0) << 16) | ((bytes[offset + 3] ?? 0) << 24)) >>> 0;
}
