/**
 * Vietnamese text in a legacy 8-bit encoding (TCVN3/ABC, VNI) that was read as Windows-1252 and
 * saved as UTF-8: `Sè: 821`, `N«ng L¬ng ChÊn` (TCVN3), `Coäng hoøa xaõ hoäi` (VNI). It decodes
 * without error but reads as garbage. Found by the characters that Vietnamese never uses (Latin-1
 * symbols inside words, `ä ë ï ö ø û ñ`…) outnumbering the letters only Vietnamese uses (`ơ ư đ ạ`).
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface Mojibake {
  readonly encoding: LegacyEncoding;
  /** A few words that show it, as written. */
  readonly evidence: readonly string[];
}

// Letters only Vietnamese (of the Latin scripts read here) uses: ă â đ ê ô ơ ư and the toned forms.
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/gu;
// TCVN3: a Latin-1 symbol (¡–¿) standing for a letter inside a word (`N«ng`, `§iÒu`).
const TCVN3_WORD = /[\p{L}\u00a1-\u00bf]*(?:\p{L}[\u00a1-\u00bf]|[\u00a1-\u00bf]\p{L})[\p{L}\u00a1-\u00bf]*/gu;
// VNI: a vowel followed by a tone or vowel-mark byte that Vietnamese never writes (`hoøa`, `ñoàng`).
const VNI_WORD = /\p{L}*(?:[aeiouyAEIOUY][\u00e4\u00eb\u00ef\u00f6\u00f8\u00fb\u00c4\u00cb\u00cf\u00d6\u00d8\u00db]|[\u00f1\u00d1][aeiouAEIOU])\p{L}*/gu;

/** Legacy-encoding mojibake in a decoded text, or null. Looks at the first 200,000 characters. */
export function detectMojibake(text: string): Mojibake | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const vietnamese = sample.match(VIETNAMESE)?.length ?? 0;
  const tcvn3 = sample.match(TCVN3_WORD) ?? [];
  const vni = sample.match(VNI_WORD) ?? [];
  const best: [LegacyEncoding, string[]] = tcvn3.length >= vni.length ? ['tcvn3', tcvn3] : ['vni', vni];
  if (best[1].length < 3 || best[1].length <= vietnamese) return null;
  return { encoding: best[0], evidence: [...new Set(best[1])].slice(0, 3) };
}

/** How a legacy encoding is named to people. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };
