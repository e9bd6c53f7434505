/**
 * Writers of the encodings vbparse reads, for tests: a document re-encoded as a legacy or unusual
 * encoding must parse as the original does. Built from the same tables the readers use, so a
 * wrong table entry shows up as a round trip that fails.
 */
import { TCVN3, TONED_VOWELS, VIQR_MARKS, VNI } from '../../src/decode/legacy/tables.js';

const tcvn3 = new Map(TCVN3.map(([u, l]) => [u, l]));
const vni = new Map(VNI.map(([u, l]) => [u, l]));

/** Text as Windows-1252 bytes (each character one byte; others become `?`). */
export function cp1252Bytes(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const back = new Map<string, number>();
  for (let b = 0; b <= 0xff; b++) back.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text], (c) => back.get(c) ?? 0x3f);
}

/** TCVN3 as a Windows-1252 reader shows it; toned capitals as the lowercase codes `.VnTimeH` draws as capitals. */
export function toTcvn3(text: string): string {
  // A toned capital has no code: the lowercase code (`Ý` → `ý`, which TCVN3 keeps as it is).
  const toned = (c: string) => c !== c.toLowerCase() && /[^\x00-\x7f]/.test(c) ? c.toLowerCase() : c;
  return [...text.normalize('NFC')].map((c) => tcvn3.get(c) ?? tcvn3.get(c.toLowerCase()) ?? toned(c)).join('');
}

/** VNI as a Windows-1252 reader shows it. */
export function toVni(text: string): string {
  return [...text.normalize('NFC')].map((c) => vni.get(c) ?? c).join('');
}

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** A toned vowel → [its vowel without tone, the tone's combining mark]; other letters → null. */
function splitTone(c: string): [string, string] | null {
  const lower = c.toLowerCase();
  for (const row of TONED_VOWELS) {
    const k = [...row].indexOf(lower);
    if (k > 0) {
      const base = row[0]!;
      return [c === lower ? base : base.toUpperCase(), TONE_MARKS[k]!];
    }
  }
  return null;
}

/** Windows-1258 bytes: base letters precomposed (ă â ê ô ơ ư đ), tones as combining marks. */
export function toWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const back = new Map<string, number>();
  for (let b = 0; b <= 0xff; b++) back.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const split = splitTone(c);
    const parts = split ? [split[0], split[1]] : [c];
    for (const p of parts) out.push(back.get(p) ?? 0x3f);
  }
  return Uint8Array.from(out);
}

const viqrMark = new Map(VIQR_MARKS.map(([m, a]) => [m, a]));
const SHAPES: Record<string, [string, string]> = { ă: ['a', '('], â: ['a', '^'], ê: ['e', '^'], ô: ['o', '^'], ơ: ['o', '+'], ư: ['u', '+'] };

/** VIQR (RFC 1456); a mark character that follows a vowel in the text is escaped with `\`. */
export function toViqr(text: string): string {
  let out = '';
  let afterVowel = false;
  for (const c of text.normalize('NFC')) {
    const lower = c.toLowerCase();
    if (lower === 'đ') {
      out += c === 'đ' ? 'dd' : 'DD';
      afterVowel = false;
      continue;
    }
    const [unToned, tone] = splitTone(c) ?? [c, ''];
    const shape = SHAPES[unToned.toLowerCase()];
    if (shape || tone || /[aeiouy]/i.test(c)) {
      const base = shape ? (unToned === unToned.toLowerCase() ? shape[0] : shape[0].toUpperCase()) : unToned;
      out += base + (shape ? shape[1] : '') + (tone ? viqrMark.get(tone) : '');
      afterVowel = true;
      continue;
    }
    out += afterVowel && /[(^+'`?~.\\]/.test(c) ? `\\${c}` : c;
    afterVowel = false;
  }
  return out;
}

/** UTF-16 LE with a BOM. */
export function toUtf16le(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return Uint8Array.from([0xff, 0xfe, ...body]);
}

export type Variant = 'utf16' | 'nfd' | 'crlf' | 'tcvn3-bytes' | 'tcvn3-utf8' | 'vni-bytes' | 'vni-utf8' | 'viqr' | 'windows-1258';

export const VARIANTS: readonly Variant[] = ['utf16', 'nfd', 'crlf', 'tcvn3-bytes', 'tcvn3-utf8', 'vni-bytes', 'vni-utf8', 'viqr', 'windows-1258'];

/** The bytes of `text` re-encoded as `variant`. */
export function encodeAs(text: string, variant: Variant): Uint8Array {
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  switch (variant) {
    case 'utf16':
      return toUtf16le(text);
    case 'nfd':
      return utf8(text.normalize('NFD'));
    case 'crlf':
      return utf8(text.replace(/\r?\n/g, '\r\n'));
    case 'tcvn3-bytes':
      return cp1252Bytes(toTcvn3(text));
    case 'tcvn3-utf8':
      return utf8(toTcvn3(text));
    case 'vni-bytes':
      return cp1252Bytes(toVni(text));
    case 'vni-utf8':
      return utf8(toVni(text));
    case 'viqr':
      return utf8(toViqr(text));
    case 'windows-1258':
      return toWindows1258(text);
  }
}
