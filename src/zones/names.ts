/** Who signs: person names, known positions, the `(Đã ký)` mark. */
import { FAMILY_NAMES, SIGNED_SUFFIX, SIGNER_POSITIONS } from '../domain/signature.js';
import { isUpperCaseText, vre } from '../domain/vietnamese.js';

/** `(Đã ký)` at the end and a rank or academic title before the name (`Thượng tá …`, `PGS.TS. …`) go. */
export function stripSignedMark(text: string): string {
  return text.replace(SIGNED_SUFFIX, '').trim().replace(NAME_PREFIX, '');
}

/**
 * Military and police ranks, academic and professional titles printed before a signer's name; and a
 * speck OCR made of the seal over it (`~ Phạm Đình Quyết`, `' Phạm …`).
 */
export const NAME_PREFIX = vre(
  /^(?:[~*'‘’`•(%]\s*(?=\p{Lu}\p{Ll})|(?:(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Luật sư)\s*,?\s+|(?:GS|PGS|TS|TSKH|ThS|Ths|Th\.S|BS|Bs|BSCKII|BSCKI|BSCK[12]|CKII|CKI|DS|Ds|KS|Ks|KTS|Kts|CN|Ls|LS|NGƯT|NGND|TTND|TTƯT)(?:\.\s*|\s+))+)(?=\p{Lu})/u,
);

export const CAPITALISED = vre(/^\p{Lu}\p{Ll}/u);
export const HAS_LETTER = vre(/\p{L}/u);
const HAS_LOWER = vre(/\p{Ll}/u);
const UPPER_WORD = vre(/^\p{Lu}+$/u);
// Names of ethnic minorities keep an apostrophe or a hyphen (`H'Lan`, `Ksor H’Bơ`).
const NAME_WORD = vre(/^\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*$/u);

/** A line that is a name, or ends with one after the titles (`CHỦ TỊCH Lê Quang Thiện`). */
export function holdsPersonName(text: string): boolean {
  const clean = stripSignedMark(text);
  if (isPersonName(clean)) return true;
  const m = TRAILING_PERSON_NAME.exec(clean);
  return m !== null && isUpperCaseText(clean.slice(0, m.index)) && isPersonName(m[0]);
}

const TRAILING_PERSON_NAME = vre(/(?<!\p{L})\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*){1,5}$/u);

/** `Nguyễn Văn A`, `Lê Hải Yến`: two to six capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => NAME_WORD.test(w.normalize('NFC')))) return false;
  // At least one word must have lower-case letters (an all-caps line is a title).
  return words.some((w) => HAS_LOWER.test(w));
}

/**
 * A name printed in capitals under the position (`NGUYỄN VĂN ĐỨC`): two to five words, the first a
 * family name, and not a position. Only used where a name is expected (the last line of a block).
 */
export function isUpperCasePersonName(text: string): boolean {
  const clean = stripSignedMark(text).normalize('NFC');
  const words = clean.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !isUpperCaseText(clean) || isPositionTitle(clean)) return false;
  return FAMILY_NAMES.has(words[0] ?? '') && words.every((w) => UPPER_WORD.test(w));
}

/** A known signer position (`PHÓ GIÁM ĐỐC`), possibly followed by more words. */
export function isPositionTitle(text: string): boolean {
  const upper = text.toUpperCase().trim();
  if (!isUpperCaseText(text)) return false;
  return SIGNER_POSITIONS.some((p) => upper === p || upper.startsWith(`${p} `) || upper.endsWith(` ${p}`));
}

/** A person's name under a speck of the seal (`~ Phạm Đình Quyết`): the name, not a list entry. */
export function isSpeckedName(text: string): boolean {
  const clean = stripSignedMark(text);
  return clean !== text.trim() && isPersonName(clean) && FAMILY_NAMES.has((clean.split(/\s+/)[0] ?? '').toUpperCase());
}
