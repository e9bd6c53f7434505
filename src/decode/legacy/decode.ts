/**
 * The decoding step's use of the converters: bytes that are not UTF-8 (TCVN3, VNI or Windows-1258
 * files), and UTF-8 text that still carries a legacy encoding (what a font-unaware conversion
 * leaves, or VIQR). The caller reports `message` as an info diagnostic.
 */
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
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const conversion = convertLegacy(latin);
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
