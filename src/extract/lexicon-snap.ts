/**
 * A header value OCR misread in its diacritics (`ỦY BAN NHÂN ĐÂN`: a mark the word does not have)
 * is the lexicon phrase it folds to, when exactly one does. Marks that are only missing (`UY BAN`,
 * `TONG CỤC`) are kept as written, as a value typed without diacritics is; so is a tone written on
 * another vowel of the same syllable (`UỶ BAN` for `ỦY BAN`, the old placement).
 */
import { foldForMatch } from '../domain/fuzzy.js';
import { LEXICON, type LexiconCategory } from '../domain/lexicon.js';
import { foldKey } from '../domain/vietnamese.js';

const byCategory = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** The lexicon phrases of these categories by their folded form (no marks, lower case, one space). */
function phrasesByFold(categories: readonly LexiconCategory[]): ReadonlyMap<string, readonly string[]> {
  const key = categories.join('|');
  let index = byCategory.get(key);
  if (!index) {
    const built = new Map<string, string[]>();
    for (const entry of LEXICON) {
      if (!categories.includes(entry.category)) continue;
      const folded = fold(entry.text);
      built.set(folded, [...(built.get(folded) ?? []), entry.text]);
    }
    index = built;
    byCategory.set(key, index);
  }
  return index;
}

const fold = (text: string) => foldForMatch(text).replace(/\s+/g, ' ').trim();

/** The lexicon phrase `written` stands for, in the case of `written`; null when it is one already or none fits. */
export function snapToLexicon(written: string, categories: readonly LexiconCategory[]): string | null {
  const text = written.trim();
  if (text.length === 0 || /^[\x00-\x7f]*$/u.test(text)) return null;
  // Only the marks may differ: the phrases that fold as it does, and only when one spelling fits.
  const found = phrasesByFold(categories).get(fold(text)) ?? [];
  const spellings = new Set(found.map((p) => p.toLowerCase()));
  const phrase = found[0];
  if (phrase === undefined || spellings.size > 1) return null;
  // foldKey folds the tone placement (`uỷ` ~ `ủy`): the same spelling, kept as written.
  if (foldKey(phrase) === foldKey(text) || !hasWrongMark(text, phrase)) return null;
  const caps = text === text.toUpperCase();
  return caps ? phrase.toUpperCase() : phrase;
}

/** The marks of one letter (NFD combining marks, and the stroke of `đ`). */
function marksOf(letter: string): string[] {
  const decomposed = letter.normalize('NFD');
  const marks = [...decomposed.slice(1)];
  if (/^[đĐ]/u.test(decomposed)) marks.push('stroke');
  return marks;
}

/** Whether some letter of `written` carries a mark its lexicon letter lacks (a misreading, not a loss). */
function hasWrongMark(written: string, phrase: string): boolean {
  const a = [...written.normalize('NFC')];
  const b = [...phrase.normalize('NFC')];
  if (a.length !== b.length) return true;
  return a.some((letter, i) => {
    const other = b[i] ?? '';
    if (letter.toLowerCase() === other.toLowerCase()) return false;
    const want = new Set(marksOf(other.toLowerCase()));
    return marksOf(letter.toLowerCase()).some((mark) => !want.has(mark));
  });
}
