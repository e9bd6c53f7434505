/**
 * Vietnamese without its diacritics: what some OCR engines leave in the text layer of a signed
 * scan (`CONG HOA XA HOI CHU NGHIA VIET NAM`). Nearly every Vietnamese sentence has marked letters;
 * a long text with almost none of them is such a layer.
 */
const LETTER = /\p{L}/gu;
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/giu;

// Frequent words of official letters, as they read without marks.
const UNMARKED_WORDS = /\b(?:cong|hoa|ngay|thang|nam|so|cua|va|cac|nhung|trong|duoc|nguoi|tinh|huyen|uy ban|nhan dan|viet)\b/giu;

/** True for a text of some length whose letters carry (almost) no Vietnamese marks. */
export function lacksDiacritics(text: string): boolean {
  // Most texts have their marks: a beginning with many marked letters settles it without counting
  // every letter of a long text (this runs on every document).
  const head = text.slice(0, 4000);
  if (countUpTo(MARKED, head, 0.02 * head.length) > 0.02 * head.length) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters < 200) return false;
  const marked = text.match(MARKED)?.length ?? 0;
  // Vietnamese prose has a marked letter in roughly one letter of four; and the text must read
  // as Vietnamese with its marks stripped, not as English.
  const words = text.match(UNMARKED_WORDS)?.length ?? 0;
  return marked / letters < 0.02 && words >= 5;
}

/** Matches of a global pattern in `text`, counted only until there are more than `limit`. */
function countUpTo(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count <= limit && pattern.exec(text) !== null) count++;
  pattern.lastIndex = 0;
  return count;
}
