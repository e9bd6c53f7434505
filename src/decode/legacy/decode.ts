/**
 * The decoding step's use of the converters: bytes that are not UTF-8 (TCVN3, VNI or Windows-1258
 * files), and UTF-8 text that still carries a legacy encoding (what a font-unaware conversion
 * leaves, or VIQR). The caller reports `message` as an info diagnostic.
 */
import { InputError } from '../../errors.js';
import { decodeText } from '../text.js';
import type { Decoded } from '../types.js';
import { convertLegacy } from './detect.js';
import type { LegacyEncoding } from './convert.js';

export const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
  vni: 'VNI (VNI-Times fonts)',
  'windows-1258': 'Windows-1258',
  viqr: 'VIQR',
};

export interface LegacyDecoded {
  readonly text: string;
  readonly encoding: LegacyEncoding;
  readonly message: string;
}

/** Bytes that are not valid UTF-8: read them as Windows-1252 and convert, when that reads as Vietnamese. */
export function decodeLegacyBytes(bytes: Uint8Array): LegacyDecoded | null {
  if (mostlyUtf8(bytes)) return null;
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const conversion = convertLegacy(latin, { lenient: true });
  if (!conversion) return null;
  return {
    text: conversion.text,
    encoding: conversion.encoding,
    message: `Converted from ${LEGACY_NAMES[conversion.encoding]} bytes to Unicode; positions refer to the converted text`,
  };
}

/** UTF-8 text whose letters are a legacy encoding's: convert it. */
export function repairLegacyText(text: string): LegacyDecoded | null {
  const conversion = convertLegacy(text);
  if (!conversion) return null;
  const how = conversion.encoding === 'viqr' ? 'VIQR' : `${LEGACY_NAMES[conversion.encoding]} text stored as UTF-8 mojibake`;
  return {
    text: conversion.text,
    encoding: conversion.encoding,
    message: `Converted from ${how} to Unicode; positions refer to the converted text`,
  };
}

/**
 * The text decoder with legacy encodings: UTF-8/UTF-16 as `decodeText` reads it, else (bytes that
 * are not UTF-8) TCVN3, VNI or Windows-1258; and UTF-8 text that holds a legacy encoding.
 */
export function decodeTextOrLegacy(bytes: Uint8Array, file: string | null): Decoded {
  let decoded;
  try {
    decoded = decodeText(bytes, file);
  } catch (error) {
    const legacy = error instanceof InputError && error.code === 'E_DECODE' ? decodeLegacyBytes(bytes) : null;
    if (!legacy) throw error;
    return { text: legacy.text, encoding: legacy.encoding, bom: false, warnings: [{ ruleId: 'decode/legacy-encoding', message: legacy.message }] };
  }
  const repaired = repairLegacyText(decoded.text);
  if (!repaired) return { ...decoded, warnings: [] };
  return { ...decoded, text: repaired.text, encoding: `${decoded.encoding}+${repaired.encoding}`, warnings: [{ ruleId: 'decode/legacy-encoding', message: repaired.message }] };
}

/**
 * UTF-8 with a flaw (a truncated last character, one stray byte) is damaged UTF-8, not a legacy
 * encoding: its multi-byte sequences are well-formed far more often than not, where a legacy
 * encoding's high bytes rarely happen to form one.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need === 0) {
      i++;
      continue;
    }
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > invalid * 4;
}
