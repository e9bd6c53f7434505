/**
 * What OCR without Vietnamese data does to letters, as data: toned vowels read as other vowels, as
 * digits (`s6` for `số`) or as `d` (`ndm` for `năm`, `Bd` for `Bộ`); `rn` for `m`, `cl` for `d`.
 * A written word is compared with a lexicon word on their skeletons, with a weighted edit
 * distance in which a confusable pair costs half an edit.
 */
import { stripDiacritics } from '../../domain/vietnamese.js';

/** Characters read as one class: digits OCR gives for letters, and `l`/`i`/`1` that it swaps. */
const CHARACTER_CLASSES: Readonly<Record<string, string>> = {
  '6': 'o', '0': 'o', '1': 'l', '!': 'l', '|': 'l', j: 'i', '5': 's',
};
/**
 * The consonant pairs a Vietnamese syllable can hold (onsets `ch gh gi kh ng nh ph qu th tr`, `ngh`;
 * codas `ch ng nh`). Any other pair in a word (`ndm`, `phdng`, `lvc`, `scat`) holds a vowel OCR
 * misread as a consonant (`d` for `ă`/`ò`, `v` for `ự`, `c` for `o`): its second letter is read as
 * an unknown vowel, `*`, which is half an edit from any vowel.
 */
const CLUSTERS = new Set(['ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr']);
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;
const VOWEL = /[aeiouy*]/;

function markMisreadVowels(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const previous = out.at(-1) ?? '';
    const ch = word[i] ?? '';
    out += CONSONANT.test(previous) && CONSONANT.test(ch) && !CLUSTERS.has(previous + ch) ? '*' : ch;
  }
  return out;
}
/** Letter groups OCR reads for one letter (never written in Vietnamese, so safe to undo). */
const GROUPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/cl/g, 'd'],
];

/** Folded letters OCR confuses: a substitution within a pair costs half an edit. */
export const CONFUSABLE_PAIRS: readonly string[] = [
  'ae', 'ao', 'au', 'ai', 'eo', 'ei', 'eu', 'oi', 'ou', 'ui', 'uv', 'iy', 'il', 'ad', 'od', 'ed', 'ce', 'co', 'ru', 'ir',
];
const CONFUSABLE = new Set(CONFUSABLE_PAIRS.flatMap((p) => [p, `${p[1]}${p[0]}`]));

/** Examples the data test checks: written word, lexicon word, and their distance. */
export const CONFUSION_EXAMPLES: ReadonlyArray<readonly [string, string, number]> = [
  ['s6', 'số', 0],
  ['Iinh', 'lĩnh', 0.5],
  ['ndm', 'năm', 0.5],
  ['phdng', 'phòng', 0.5],
  ['kiem scat', 'kiểm soát', 0.5],
  ['hieu lvc', 'hiệu lực', 0.5],
  ['Bd Y to', 'Bộ Y tế', 1],
  ['Nghi Binh', 'Nghị định', 1],
  ['nhpn', 'nhận', 0.5],
];

/** A word (or phrase) as compared: lower case, no diacritics, no apostrophes, OCR classes merged. */
export function skeleton(text: string): string {
  let folded = stripDiacritics(text).toLowerCase().replace(/['’`]/g, '');
  for (const [pattern, letter] of GROUPS) folded = folded.replace(pattern, letter);
  let out = '';
  for (const ch of folded) out += CHARACTER_CLASSES[ch] ?? ch;
  // Words OCR wrote in capitals only are acronyms (`UBND`, `TTHC`), not misread syllables.
  return /\p{Ll}/u.test(text) ? out.split(' ').map(markMisreadVowels).join(' ') : out;
}

/** Weighted Levenshtein distance of two skeletons; gives up (returns max + 1) above `max`. */
export function confusionDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    const ca = a[i - 1] ?? '';
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1] ?? '';
      const substitution = ca === cb ? 0 : CONFUSABLE.has(ca + cb) || ((ca === '*' || cb === '*') && VOWEL.test(ca) && VOWEL.test(cb)) ? 0.5 : 1;
      const value = Math.min((previous[j] ?? Infinity) + 1, (current[j - 1] ?? Infinity) + 1, (previous[j - 1] ?? Infinity) + substitution);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

const VOWELS = /[aeiouy*]/g;

/** The consonants of a skeleton, by word: OCR mangles Vietnamese vowels far more than consonants. */
export function consonants(key: string): string {
  return key.replace(VOWELS, '');
}

/**
 * Consonant edits a phrase may have: none for a proper name (`nay danh` is not `Nam Định`), one in
 * six for the rest (`Nghi Binh` is `Nghị định`).
 */
export function consonantBudget(key: string, properName: boolean): number {
  return properName ? 0 : Math.floor(consonants(key).replace(/ /g, '').length / 6);
}

/** How far one damaged word of a phrase may stray from its lexicon word: `Binh` for `định`, never `ban` for `UBND`. */
export function wordBudget(letters: number): number {
  return Math.max(1.5, Math.floor(letters / 2));
}

/** How far a damaged phrase may stray from a lexicon phrase of this many letters. */
export function editBudget(letters: number): number {
  if (letters <= 4) return 0;
  if (letters <= 5) return 1;
  if (letters <= 8) return 1.5;
  if (letters <= 14) return 2;
  return 3;
}
