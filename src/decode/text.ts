/**
 * decode: bytes → text. UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM, or recognised by
 * the zero bytes of mostly-ASCII text). Binary or undecodable input is refused with a clear reason:
 * replacing bad bytes would silently lose data.
 */
import { InputError } from '../errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
}

/** Decode the bytes of a text document. `file` only names the input in error messages. */
export function decodeText(bytes: Uint8Array, file: string | null = null): DecodedText {
  const { encoding, bom } = detectEncoding(bytes);
  const body = bytes.subarray(bom ? (encoding === 'utf-8' ? 3 : 2) : 0);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (body.length % 2 !== 0) {
      throw new InputError('E_DECODE', `${encoding.toUpperCase()} text has an odd number of bytes (truncated file?)`, { file });
    }
  } else if (looksBinary(body)) {
    throw new InputError('E_BINARY', 'binary data, not a text document (NUL bytes found)', { file });
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (cause) {
    const at = encoding === 'utf-8' ? firstInvalidUtf8(body) : -1;
    const where = at >= 0 ? ` at byte ${at + (bom ? 3 : 0)}` : '';
    throw new InputError(
      'E_DECODE',
      `not valid ${encoding.toUpperCase()}${where}, nor Vietnamese in a legacy encoding (TCVN3, VNI, Windows-1258)`,
      { file, cause },
    );
  }
  if (text.includes('\u0000')) {
    throw new InputError('E_BINARY', 'binary data, not a text document (NUL characters found)', { file });
  }
  return { text, encoding, bom };
}

function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const guessed = guessUtf16WithoutBom(bytes);
  return { encoding: guessed ?? 'utf-8', bom: false };
}

/** UTF-16 without a BOM shows up as a zero in every other byte of its ASCII characters. */
function guessUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || ((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
