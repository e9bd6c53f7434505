/**
 * Keywords damaged by OCR or typists (`Kinh gừl:`, `Nơi nhặn:`, `CỌNG HOÀ XÃ HỌI …`): matched after
 * folding diacritics and case, within a bounded edit distance (`Keyword.maxEdits`). Folding keeps
 * every character in place, so a match's offsets are offsets in the line.
 */
import { KEYWORDS, OCR_LETTER_CONFUSIONS, type Keyword, type KeywordName } from './keywords.js';
import { ANY_DASH } from './patterns.js';
import { stripDiacritics } from './vietnamese.js';

/** Lower case without diacritics, every dash as `-`, one character for one (offsets hold); falls back when they would not. */
export function foldForMatch(text: string): string {
  const folded = stripDiacritics(text).toLowerCase().replace(ANY_DASH, '-');
  return folded.length === text.length ? folded : text.toLowerCase();
}

export interface FuzzyMatch {
  readonly start: number;
  readonly end: number;
  /** Edits between the folded text and the folded key (0: only diacritics or case differ). */
  readonly edits: number;
}

/**
 * The best approximate occurrence of `key` in `text` (Sellers' algorithm: edit distance with a free
 * start), at most `maxEdits` edits; `anchored` requires it to start at offset 0. Inputs are folded.
 */
export function approximateSearch(
  text: string,
  key: string,
  maxEdits: number,
  anchored = false,
  endsAt: (end: number) => boolean = () => true,
): FuzzyMatch | null {
  const m = key.length;
  const n = Math.min(text.length, anchored ? m + maxEdits : text.length);
  if (lettersMissing(key, text, n) > maxEdits) return null;
  // cost[i] and start[i]: best edits for key[0..i) ending at the current text position. Two rows
  // of each, swapped at every position (no allocation in the loop: this runs on most lines).
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let best: FuzzyMatch | null = m <= maxEdits ? { start: 0, end: 0, edits: m } : null;
  for (let j = 1; j <= n; j++) {
    next[0] = anchored ? j : 0;
    nextStart[0] = anchored ? 0 : j;
    const letter = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1]! + (key.charCodeAt(i - 1) === letter ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipKey = next[i - 1]! + 1;
      if (substitute <= skipText && substitute <= skipKey) {
        next[i] = substitute;
        nextStart[i] = start[i - 1]!;
      } else if (skipText <= skipKey) {
        next[i] = skipText;
        nextStart[i] = start[i]!;
      } else {
        next[i] = skipKey;
        nextStart[i] = nextStart[i - 1]!;
      }
    }
    const costs = cost;
    cost = next;
    next = costs;
    const starts = start;
    start = nextStart;
    nextStart = starts;
    const edits = cost[m]!;
    // Among equally good ends, the later one (`kinh gul` is the key with one letter wrong, not `kinh gu`).
    if (edits <= maxEdits && (best === null || edits <= best.edits) && endsAt(j)) best = { start: start[m]!, end: j, edits };
  }
  return best;
}

/** Counts of ASCII characters, zero between calls of `lettersMissing`. */
const LETTER_COUNTS = new Int32Array(128);

/**
 * How many of the key's characters `text[0, n)` lacks (as a multiset): a lower bound of the edits
 * any occurrence of the key there needs, since each one lacking is substituted or inserted. Most
 * lines are far from every keyword, and this tells it without the edit-distance table. 0 (no
 * bound) for a key with characters beyond ASCII.
 */
function lettersMissing(key: string, text: string, n: number): number {
  const counts = LETTER_COUNTS;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i)]!++;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) counts[code]!--;
  }
  let missing = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (counts[code]! > 0) missing += counts[code]!;
    counts[code] = 0;
  }
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) counts[code] = 0;
  }
  return missing;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const FOLDED_KEYS = new Map<KeywordName, string>();
const FOLDED_NEAR_MISSES = new Map<KeywordName, readonly string[]>();

function foldedNearMisses(name: KeywordName, entry: Keyword): readonly string[] {
  let misses = FOLDED_NEAR_MISSES.get(name);
  if (misses === undefined) {
    misses = (entry.nearMisses ?? []).map(foldForMatch);
    FOLDED_NEAR_MISSES.set(name, misses);
  }
  return misses;
}

function foldedKey(name: KeywordName): string {
  let key = FOLDED_KEYS.get(name);
  if (key === undefined) {
    key = foldForMatch(KEYWORDS[name].key).replace(/\s+/g, ' ');
    FOLDED_KEYS.set(name, key);
  }
  return key;
}

/**
 * A keyword at the start of a line, read within its edit budget: the exact key after folding, or up
 * to `maxEdits` wrong, missing or extra letters. The caller checks the line's shape (a colon after a
 * label, a short line for a title), which is what makes a damaged keyword safe to accept.
 */
export function fuzzyKeywordAtStart(name: KeywordName, text: string, maxEdits: number = KEYWORDS[name].maxEdits): FuzzyMatch | null {
  const key = foldedKey(name);
  const folded = foldForMatch(text.slice(0, key.length + maxEdits + 4)).replace(/\s/g, ' ');
  // End on a word edge: `Kinh gui` must not be the start of `Kinh guiz`.
  const atWordEnd = (end: number) => !WORD_CHAR.test(folded[end] ?? '');
  const found = approximateSearch(folded, key, maxEdits, true, atWordEnd);
  if (!found) return null;
  // A word that is nearer to the damaged form than the key is (`Kính mời` for `Kính gửi`) wins.
  const entry: Keyword = KEYWORDS[name];
  const misses = foldedNearMisses(name, entry);
  for (let i = 0; i < misses.length; i++) {
    const near = approximateSearch(folded, misses[i]!, found.edits, true, atWordEnd);
    if (!near || near.edits > found.edits) continue;
    // A near miss that differs from the key only in diacritics (`Cán cụ` ~ `Căn cứ`) would shadow
    // every damaged form: there the written diacritics decide, and a tie goes to the key.
    if (misses[i] === key && !nearerWithDiacritics(text.slice(near.start, near.end), entry.nearMisses![i]!, entry.key)) continue;
    return null;
  }
  return found;
}

/** Whether `written` is strictly nearer to `miss` than to `key`, comparing letters with their diacritics. */
function nearerWithDiacritics(written: string, miss: string, key: string): boolean {
  const lower = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  return editDistance(lower(written), lower(miss)) < editDistance(lower(written), lower(key));
}

/** A keyword anywhere in a line (quốc hiệu joined to an agency by OCR), within its edit budget. */
export function fuzzyKeywordIn(name: KeywordName, text: string, maxEdits: number = KEYWORDS[name].maxEdits): FuzzyMatch | null {
  const folded = foldForMatch(text).replace(/\s/g, ' ');
  return approximateSearch(folded, foldedKey(name), maxEdits);
}

/** Levenshtein distance between two (folded) strings, giving up above `max` (then returns max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const row = previous;
    previous = current;
    current = row;
  }
  return previous[b.length]!;
}

interface FoldedName {
  readonly name: string;
  readonly folded: string;
  readonly words: number;
}

const FOLDED_NAMES = new WeakMap<readonly string[], readonly FoldedName[]>();

/** The names folded for matching, once per list (the lists are the fixed tables of names). */
function foldedNames(names: readonly string[]): readonly FoldedName[] {
  let folded = FOLDED_NAMES.get(names);
  if (folded === undefined) {
    folded = names.map((name) => {
      const key = foldForMatch(name).replace(/\s+/g, ' ');
      return { name, folded: key, words: key.split(' ').length };
    });
    FOLDED_NAMES.set(names, folded);
  }
  return folded;
}

/**
 * The known name an OCR-damaged one stands for (`Nghị đmh` → `Nghị định`, `Hướng dân` → `Hướng
 * dẫn`): after folding, one edit for names up to 8 letters, two for longer ones, the same number of
 * words, and only when one name is that near.
 */
export function nearestName(written: string, names: readonly string[]): { name: string; edits: number } | null {
  // The same lines come back in document after document (an agency's name, a signer's title):
  // each is worked out once per list of names, and remembered for a while.
  let answers = NEAREST_NAMES.get(names);
  if (answers === undefined) {
    answers = new Map();
    NEAREST_NAMES.set(names, answers);
  }
  let answer = answers.get(written);
  if (answer === undefined) {
    if (answers.size >= NEAREST_NAMES_KEPT) answers.clear();
    answer = nearestNameOf(written, names);
    answers.set(written, answer);
  }
  return answer === null ? null : { ...answer };
}

const NEAREST_NAMES = new WeakMap<readonly string[], Map<string, { readonly name: string; readonly edits: number } | null>>();
/** Answers remembered per list of names; all are forgotten when there are this many. */
const NEAREST_NAMES_KEPT = 4096;

function nearestNameOf(written: string, names: readonly string[]): { name: string; edits: number } | null {
  const key = foldForMatch(written).replace(/\s+/g, ' ').trim();
  const words = key.split(' ').length;
  const budget = key.replace(/ /g, '').length > 8 ? 2 : 1;
  // The written form, and the same with each OCR letter confusion undone (`nghi dmh` → `nghi dinh`).
  const readings = [key, ...OCR_LETTER_CONFUSIONS.filter(([seen]) => key.includes(seen)).map(([seen, meant]) => key.split(seen).join(meant))];
  let best: { name: string; edits: number } | null = null;
  let ties = 0;
  for (const { name, folded, words: nameWords } of foldedNames(names)) {
    if (nameWords !== words) continue;
    const edits = Math.min(...readings.map((reading) => editDistance(reading, folded, budget)));
    if (edits > budget) continue;
    if (best === null || edits < best.edits) {
      best = { name, edits };
      ties = 0;
    } else if (edits === best.edits && name !== best.name) ties++;
  }
  return best !== null && ties === 0 ? best : null;
}
