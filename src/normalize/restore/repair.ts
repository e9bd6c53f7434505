/** One restored span: what was written, what it now reads, and why. */
import type { Edit } from './edits.js';

export type RepairKind = 'diacritics' | 'missing-letters' | 'noise';

export interface Repair extends Edit {
  readonly kind: RepairKind;
  /** The text as written (OCR output). */
  readonly written: string;
  /** What was matched: a lexicon phrase, `date`, `số`, `căn cứ`, `của`, `ký hiệu`. */
  readonly reason: string;
}

/** Spans already restored: a later rule never touches them again. */
export class Claims {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }
  claim(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

/** `word` written in the case of `written`: capitals (`UY` → `ỦY`), a capital first (`Tay` → `Tây`) or lower case. */
export function inCaseOf(written: string, word: string, keepProper = true): string {
  const letters = [...written].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => /\p{Lu}/u.test(c)).length;
  if (letters.length >= 2 && upper * 2 > letters.length) return word.toUpperCase();
  if (letters.length === 1 && upper === 1 && word.length > 1 && /^\p{Lu}/u.test(word) === false) return capitalize(word);
  const first = letters[0] ?? '';
  if (/\p{Lu}/u.test(first)) return capitalize(word);
  // A phrase that is a proper name keeps its capitals (`chinh phu` → `Chính phủ`); a lone word does not.
  return keepProper ? word : word.toLowerCase();
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
