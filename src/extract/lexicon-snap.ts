/**
 * A header value OCR misread in its diacritics (`ỦY BAN NHÂN ĐÂN`: a mark the word does not have)
 * is the lexicon phrase it folds to, when exactly one does. Marks that are only missing (`UY BAN`,
 * `TONG CỤC`) are kept as written, as a value typed without diacritics is; so is a tone written on
 * another vowel of the same syllable (`UỶ BAN` for `ỦY BAN`, the old placement).
 */
import { nearestName } from '../domain/fuzzy.js';
import { LEXICON, type LexiconCategory } from '../domain/lexicon.js';

const byCategory = new Map<string, readonly string[]>();

function phrasesOf(categories: readonly LexiconCategory[]): readonly string[] {
  const key = categories.join('|');
  let list = byCategory.get(key);
  if (!list) {
    list = LEXICON.filter((e) => categories.includes(e.category)).map((e) => e.text);
    byCategory.set(key, list);
  }
  return list;
}

// Tone marks (in NFD): grave, acute, tilde, hook above, dot below. Circumflex, breve and horn are letters.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** A word as letters and its tones: two spellings that differ only in where the tone sits compare equal. */
function toneNeutral(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => {
      const decomposed = word.normalize('NFD');
      const tones = (decomposed.match(TONE_MARKS) ?? []).sort().join('');
      return `${decomposed.replace(TONE_MARKS, '').normalize('NFC')}${tones}`;
    })
    .join(' ');
}

/** The lexicon phrase `written` stands for, in the case of `written`; null when it is one already or none fits. */
export function snapToLexicon(written: string, categories: readonly LexiconCategory[]): string | null {
  const text = written.trim();
  if (text.length === 0 || /^[\x00-\x7f]*$/u.test(text)) return null;
  const near = nearestName(text, phrasesOf(categories));
  if (!near || near.edits > 0) return null;
  if (toneNeutral(near.name) === toneNeutral(text) || !hasWrongMark(text, near.name)) return null;
  const caps = text === text.toLocaleUpperCase('vi');
  return caps ? near.name.toLocaleUpperCase('vi') : near.name;
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
