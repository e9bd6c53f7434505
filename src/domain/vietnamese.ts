/**
 * Vietnamese text helpers used for comparisons (never for output text).
 *
 * Official texts place tone marks both the old way (`hoà`, `uỷ`) and the new way (`hòa`, `ủy`);
 * NĐ 30's own annexes use both, so every comparison folds them to one form.
 */

const TONE_PLACEMENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/oà/g, 'òa'], [/oá/g, 'óa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/oè/g, 'òe'], [/oé/g, 'óe'], [/oẻ/g, 'ỏe'], [/oẽ/g, 'õe'], [/oẹ/g, 'ọe'],
  [/uỳ/g, 'ùy'], [/uý/g, 'úy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];

/** Move tone marks of `oa`, `oe`, `uy` to one placement (lower-case input). */
export function foldTonePlacement(lower: string): string {
  let out = lower;
  for (const [pattern, replacement] of TONE_PLACEMENT) out = out.replace(pattern, replacement);
  return out;
}

/** A comparison key: NFC, lower case, tone placement folded, whitespace folded. */
export function foldKey(text: string): string {
  return foldTonePlacement(text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim());
}

/** A key without any diacritics, for OCR output that lost them (`CONG HOA` ~ `CỘNG HÒA`). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Upper-case Vietnamese letters (with diacritics) and Đ. */
export const UPPER = 'A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
/** Lower-case Vietnamese letters (with diacritics) and đ. */
export const LOWER = 'a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';

const upperRe = new RegExp(`[${UPPER}]`);
const lowerRe = new RegExp(`[${LOWER}]`);

/** True when the text has letters and none of them is lower case (`ỦY BAN NHÂN DÂN`). */
export function isUpperCaseText(text: string): boolean {
  return upperRe.test(text) && !lowerRe.test(text);
}

/** True when the first letter of the text is lower case. */
export function startsLowerCase(text: string): boolean {
  const first = text.match(new RegExp(`[${UPPER}${LOWER}]`));
  return first !== null && lowerRe.test(first[0]);
}
