/**
 * Restore capitals a PDF font could not map to text (`Sở ội vụ`, `iệp hội oanh nghiệp`, `126/2024/
 * Đ-CP`): a run of words that reads as a lexicon phrase once the first letter of some of its
 * capitalised words is put back, when exactly one phrase fits. The rest of the text has its
 * diacritics, so words are compared exactly (case aside).
 */
import { LEXICON } from '../../domain/lexicon.js';
import { longestPhrase, phrasesReadAs, type Phrase } from './phrases.js';
import { Claims, type Repair } from './repair.js';
import { gapAllows, tokenize, type Token } from './tokens.js';

/** Codes whose first capital a font may drop (`Đ-CP` for `NĐ-CP`): completed when only one fits. */
export const SYMBOL_TAILS: readonly string[] = ['NĐ-CP', 'NQ-CP', 'QĐ-TTg', 'CT-TTg', 'CĐ-TTg', 'NQ-HĐND', 'QĐ-UBND', 'KH-UBND', 'TB-UBND'];

// Vietnamese has no locale-specific case rules, and `toLowerCase` is several times faster.
const lower = (s: string) => s.normalize('NFC').toLowerCase();

let words: ReadonlySet<string> | null = null;
/** Every word of the lexicon, lower case. */
function lexiconWords(): ReadonlySet<string> {
  // The lexicon is NFC already (a data test checks it): lower case is enough.
  if (!words) words = new Set(LEXICON.flatMap((e) => e.text.split(/[\s,:-]+/).filter(Boolean).map((w) => w.toLowerCase())));
  return words;
}

let droppedSet: ReadonlySet<string> | null = null;
/** Lexicon words that begin with a capital, lower case and without it (`Nội` → `ội`). */
function droppedForms(): ReadonlySet<string> {
  if (!droppedSet) {
    const forms = new Set<string>();
    for (const entry of LEXICON) {
      for (const word of entry.text.split(/[^\p{L}\p{N}'’]+/u)) if (/^\p{Lu}./u.test(word)) forms.add(lower(word.slice(1)));
    }
    droppedSet = forms;
  }
  return droppedSet;
}

let tails: ReadonlyMap<string, readonly string[]> | null = null;
/** Lexicon words by the rest of them after their first letter (`gày` → `ngày`). */
function completionsOf(): ReadonlyMap<string, readonly string[]> {
  if (!tails) {
    const index = new Map<string, string[]>();
    for (const word of lexiconWords()) {
      const rest = word.slice(1);
      if (rest.length === 0) continue;
      index.set(rest, [...(index.get(rest) ?? []), word]);
    }
    tails = index;
  }
  return tails;
}

let gate: ReadonlySet<string> | null = null;
/**
 * Lexicon words without their first consonant that no Vietnamese word reads as (`ội`, `ài`, `ình`,
 * `iệp`): a word that begins with a vowel, and is neither a lexicon word nor a common word.
 */
function capitalLessForms(): ReadonlySet<string> {
  if (!gate) {
    const known = lexiconWords();
    const forms = new Set<string>();
    // Every word without its first letter (the capitalised ones' forms are among them).
    for (const form of completionsOf().keys()) {
      if (form.length >= 2 && VOWEL_START.test(form) && !known.has(form) && !COMMON_VOWEL_WORDS.has(form)) forms.add(form);
    }
    gate = forms;
  }
  return gate;
}

const VOWEL_START = /^[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;

/** Common words that begin with a vowel (`ông`, `ở`, `ứng`): a text holding them lost nothing. */
const COMMON_VOWEL_WORDS: ReadonlySet<string> = new Set([
  'ông', 'ở', 'ý', 'ấy', 'ưu', 'ứng', 'anh', 'ảnh', 'ít', 'em', 'ước', 'ăn', 'uống', 'ai', 'áo', 'ao', 'ổn',
  'ơn', 'ích', 'in', 'an', 'ân', 'ấn', 'ô', 'ưa', 'ủy', 'uỷ', 'ưng', 'yêu', 'yên', 'ong', 'oai', 'ăng', 'âm',
  'ẩm', 'ấm', 'ốm', 'ương', 'ải', 'ách', 'ảo', 'ẩn', 'ếch', 'ướt', 'ưới', 'ạ', 'ồ', 'ờ', 'ừ', 'ơi', 'ấp',
]);

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 1 a letter or digit, 2 not, 0 not yet known (filled as met). */
const wordUnits = new Uint8Array(0x10000);

/** Whether the code point at `i` is a letter or a digit (`[\p{L}\p{N}]`). */
function isWordCharAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  if (unit >= 0xd800 && unit <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  let known = wordUnits[unit]!;
  if (known === 0) wordUnits[unit] = known = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

/** Per UTF-16 code unit: 1 when it is a vowel (in either case) a form may begin with, 2 not, 0 not yet known. */
const vowelUnits = new Uint8Array(0x10000);

function beginsWithVowel(unit: number): boolean {
  let known = vowelUnits[unit]!;
  if (known === 0) {
    // A surrogate begins no Vietnamese word; the forms are lower case, the text may not be.
    const vowel = (unit < 0xd800 || unit > 0xdfff) && VOWEL_START.test(String.fromCharCode(unit).toLowerCase());
    vowelUnits[unit] = known = vowel ? 1 : 2;
  }
  return known === 1;
}

/**
 * Whether a text may have lost capitals: two different words that read as lexicon words without
 * their capital, or a code without its first capital (`/Đ-CP`). A cheap test, run before the
 * search (which runs on every document and costs far more).
 */
export function mayHaveMissingCapitals(text: string): boolean {
  const forms = capitalLessForms();
  let first: string | null = null;
  // The words (runs of letters and digits, as `/[\p{L}\p{N}]+/gu` finds them), scanned here: a
  // regex match object for each word of every document cost more than the rest of the test.
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Every form begins with a vowel: a word that begins otherwise (a consonant, `đ`, a digit) is none.
    const candidate = beginsWithVowel(text.charCodeAt(start));
    do i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < n ? 2 : 1;
    while (i < n && isWordCharAt(text, i));
    if (!candidate) continue;
    const key = text.slice(start, i).toLowerCase();
    if (!forms.has(key) || key === first) continue;
    if (first !== null) return true;
    first = key;
  }
  for (const m of text.matchAll(WRITTEN_SYMBOL)) if (tailsWrittenAs(m[2] ?? '').length > 0) return true;
  return false;
}

export function restoreMissingCapitals(text: string): Repair[] {
  const repairs: Repair[] = [];
  const claims = new Claims(text.length);
  const add = (start: number, end: number, restored: string, reason: string) => {
    if (!claims.free(start, end)) return;
    claims.claim(start, end);
    const written = text.slice(start, end);
    if (written !== restored) repairs.push({ start, end, text: restored, written, kind: 'missing-letters', reason });
  };
  restoreSymbolTails(text, add);
  const tokens = tokenize(text);
  const lowered = tokens.map((t) => lower(t.text));
  const longest = longestPhrase();
  // A run can read as a phrase with a capital put back only if it holds a word that is a lexicon
  // word without its capital (`ội`): runs are tried only where one is near, so a clean text costs little.
  const nearDropped = new Uint8Array(tokens.length);
  const dropped = droppedForms();
  lowered.forEach((word, j) => {
    if (dropped.has(word)) nearDropped.fill(1, Math.max(0, j - longest + 1), j + 1);
  });
  for (let i = 0; i < tokens.length; i++) {
    const candidates = nearDropped[i] ? phrasesReadAs(lowered[i] ?? '') : [];
    const most = Math.min(longest, tokens.length - i, Math.max(0, ...candidates.map((p) => p.words.length)));
    for (let n = most; n >= 2; n--) {
      const run = tokens.slice(i, i + n);
      const match = uniqueCompletion(text, run, lowered.slice(i, i + n), candidates.filter((p) => p.words.length === n));
      if (!match) continue;
      run.forEach((token, k) => {
        const word = match.words[k] ?? token.text;
        const capitals = isCapitals(token.text);
        if (lower(word) !== lower(token.text)) add(token.start, token.end, capitals ? word.toUpperCase() : word, match.text);
      });
      i += n - 1;
      break;
    }
    const token = tokens[i];
    if (token && /^\p{Ll}{2,}$/u.test(token.text) && completionsOf().get(token.text)?.length === 1 && !lexiconWords().has(lower(token.text)) && sentenceStart(text, token)) completeSentenceStart(token, add);
  }
  return repairs.sort((a, b) => a.start - b.start);
}

/** The one phrase the run reads as with some dropped capitals put back (at least one, and one word intact or two words). */
function uniqueCompletion(text: string, run: readonly Token[], runLowered: readonly string[], candidates: readonly Phrase[]): Phrase | null {
  let found: Phrase | null = null;
  for (const phrase of candidates) {
    let dropped = 0;
    let ok = true;
    for (let k = 0; k < run.length && ok; k++) {
      const token = run[k];
      const word = phrase.words[k] ?? '';
      if (!token) ok = false;
      else if (runLowered[k] === phrase.lowered[k]) continue;
      else if (/^\p{Lu}/u.test(word) && droppedCapital(token.text, word)) dropped++;
      else ok = false;
      const next = run[k + 1];
      if (ok && token && next && !gapAllows(text.slice(token.end, next.start), phrase.gaps[k] ?? '')) ok = false;
    }
    if (!ok || dropped === 0 || (run.length === 1) || (dropped === run.length && run.length < 2)) continue;
    if (found && found.lowered.join(' ') !== phrase.lowered.join(' ')) return null;
    found ??= phrase;
  }
  return found;
}

/** `ội` for `Nội`, and in a line of capitals `ÀI` for `TÀI`. */
function droppedCapital(written: string, word: string): boolean {
  if (/^\p{Ll}/u.test(written)) return written === word.slice(1);
  return isCapitals(written) && written === word.toUpperCase().slice(1);
}

function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A word that opens a sentence: at a line's start after a line that ended one, or after `. `. */
function sentenceStart(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 200), token.start);
  if (/[.;:!?][^\S\n]+$/.test(before)) return true;
  return token.lineStart && /(?:^|[.;:!?][^\S\n]*\n|\n[^\S\n]*\n)[\s\p{P}]*$/u.test(before);
}

/** `gày 18/02/2025` → `Ngày`, `rên đây` → `Trên`: a word that is no word of the lexicon, completed by its only capital. */
function completeSentenceStart(token: Token, add: (start: number, end: number, restored: string, reason: string) => void): void {
  const written = token.text;
  if (!/^\p{Ll}{2,}$/u.test(written)) return;
  const known = lexiconWords();
  if (known.has(lower(written))) return;
  const completions = completionsOf().get(written) ?? [];
  if (completions.length !== 1) return;
  const word = completions[0] ?? '';
  add(token.start, token.end, word.charAt(0).toUpperCase() + word.slice(1), word);
}

/** A code after a slash (`/ Đ-CP`): the space, then the code. */
const WRITTEN_SYMBOL = /\/([^\S\n]?)([\p{Lu}][\p{L}]*(?:-[\p{L}]+)+)/gu;

/** The known codes `written` is, its first capital dropped (none when it is a known code itself). */
function tailsWrittenAs(written: string): readonly string[] {
  return SYMBOL_TAILS.includes(written) ? [] : SYMBOL_TAILS.filter((tail) => tail.slice(1) === written);
}

function restoreSymbolTails(text: string, add: (start: number, end: number, restored: string, reason: string) => void): void {
  for (const m of text.matchAll(WRITTEN_SYMBOL)) {
    const written = m[2] ?? '';
    const fits = tailsWrittenAs(written);
    if (fits.length !== 1) continue;
    const start = m.index + 1;
    add(start, start + (m[1]?.length ?? 0) + written.length, fits[0] ?? written, 'ký hiệu');
  }
}
