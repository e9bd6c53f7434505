/**
 * Whether a text without diacritics is clean (typed or exported so: every word a Vietnamese
 * syllable) or OCR damaged its letters too (`sfra`, `thultic`, `vvc`): a clean text's short words
 * are words of their own (`voi` is `với`), never another lexicon word misread.
 */
import { stripDiacritics, vre } from '../../domain/vietnamese.js';

/** A Vietnamese syllable's shape without marks: initial consonant, vowels, final consonant. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

const LOWER_WORD = vre(/^\p{Ll}+$/u);

/** Whether `word` (lower case, any marks) has the shape of a Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  return SYLLABLE.test(stripDiacritics(word).toLowerCase());
}

/** Share of a text's lower-case words of two letters or more that are no syllable (acronyms and names left out). */
export function nonSyllableShare(words: readonly string[]): number {
  let counted = 0;
  let odd = 0;
  for (const word of words) {
    if (word.length < 2 || !LOWER_WORD.test(word)) continue;
    counted++;
    if (!isSyllable(word)) odd++;
  }
  return counted === 0 ? 0 : odd / counted;
}

/** Below this share of odd words a text without diacritics is read as clean. */
export const CLEAN_TEXT_SHARE = 0.02;
