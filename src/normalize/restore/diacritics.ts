/**
 * Restore what OCR without Vietnamese data loses (`UY BAN NHAN DAN TINH LAM DONG`, `s6:`, `ngay J.8
 * thong 02 Wm 2025`, `Nghi Binh so 63/2010/ND-CP ... dra Chinh phu`): the structural words in
 * the shapes that make them certain (a date, a `Số:` label, a `Căn cứ` line, a code's `QĐ`/`NĐ`),
 * then the phrases of the lexicon where exactly one phrase is that near. Free prose is left as it is.
 *
 * Each pattern is written in the function that uses it: they run on damaged texts only, and V8
 * builds a pattern's Unicode property tables (`\p{L}`) when it builds the pattern, which a clean
 * text would otherwise pay for at every start-up.
 */
import { SYMBOL_PARTS } from '../../domain/lexicon.js';
import { confusionDistance, consonantBudget, consonants, editBudget, skeleton, wordBudget } from './confusions.js';
import { CLEAN_TEXT_SHARE, nonSyllableShare } from './syllables.js';
import { longestPhrase, phrasesByLength, phrasesStartingWith, phraseLengthsStartingWith, type Phrase } from './phrases.js';
import { Claims, inCaseOf, type Repair } from './repair.js';
import { gapAllows, tokenize, type Token } from './tokens.js';

const MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

export function restoreDiacritics(text: string): Repair[] {
  const repairs: Repair[] = [];
  const claims = new Claims(text.length);
  const add = (start: number, end: number, restored: string, reason: string) => {
    if (!claims.free(start, end)) return;
    claims.claim(start, end);
    const written = text.slice(start, end);
    if (written !== restored) repairs.push({ start, end, text: restored, written, kind: reason === NOISE ? 'noise' : 'diacritics', reason });
  };
  removeNoise(text, add);
  restoreDates(text, add);
  restoreNumberLabels(text, add);
  restoreBasisLabels(text, add);
  restoreSymbolParts(text, add);
  restoreDistributionLabel(text, add);
  restorePhrases(text, claims, add);
  return repairs.sort((a, b) => a.start - b.start);
}

type Add = (start: number, end: number, restored: string, reason: string) => void;

const NOISE = 'OCR specks';

function removeNoise(text: string, add: Add): void {
  // Specks a scan's OCR reads as punctuation after the end of a line's text (`năm 2025.       ‘". t !,`):
  // a stray quotation mark there would open a quotation that never closes.
  const TRAILING_SPECKS = /(?<=[\p{L}\p{N}.;:,)][^\S\n]{3,})(?=[^\n]*[\p{P}\p{S}])(?:[\p{P}\p{S}]|\p{L}(?!\p{L})|[^\S\n]){2,12}$/gmu;
  for (const m of text.matchAll(TRAILING_SPECKS)) {
    const specks = m[0].trimEnd();
    if ((specks.match(/[\p{P}\p{S}]/gu)?.length ?? 0) < 2) continue;
    add(m.index, m.index + specks.length, '', NOISE);
  }
}

// OCR look-alikes of digits in a day or a month (`J.8` → `18`, `O2` → `02`).
const DIGIT_OF: Readonly<Record<string, string>> = { J: '1', j: '1', I: '1', l: '1', i: '1', '|': '1', '!': '1', O: '0', o: '0', S: '5', s: '5', Z: '2', B: '8' };

function readNumber(written: string, max: number): string | null {
  let digits = '';
  for (const ch of written) {
    if (/\d/.test(ch)) digits += ch;
    else if (DIGIT_OF[ch]) digits += DIGIT_OF[ch];
    else if (!/[.,']/.test(ch)) return null;
  }
  const value = Number(digits);
  return digits.length >= 1 && digits.length <= 2 && value >= 1 && value <= max ? digits : null;
}

function restoreDates(text: string, add: Add): void {
  // `ngay 19 thong 6 nam 2015`, `ngay J.8 thong 02 Wm 2025`, `ngay 14\n thong 02 neim.2025`: the shape makes the words certain.
  const DATE = /(?<![\p{L}\p{N}])(\p{L}{3,5})\s+([\p{L}\p{N}.,'|!]{1,4})\s+_?(\p{L}{3,6})\s+([\p{L}\p{N}|!]{1,3})\s+(\p{L}{2,5}\.?)[^\S\n]*(?=[\d(]{2}[\d(),.]{2,5})/gu;
  for (const m of text.matchAll(DATE)) {
    const [, dayWord = '', day = '', monthWord = '', month = '', yearWord = ''] = m;
    if (confusionDistance(skeleton(dayWord), 'ngay', 1) > 1) continue;
    if (confusionDistance(skeleton(monthWord), 'thang', 1.5) > 1.5) continue;
    const dayValue = readNumber(day, 31);
    const monthValue = readNumber(month, 12);
    if (dayValue === null || monthValue === null) continue;
    let at = m.index;
    const place = (part: string) => {
      const start = text.indexOf(part, at);
      at = start + part.length;
      return start;
    };
    const dayWordAt = place(dayWord);
    const dayAt = place(day);
    const monthWordAt = place(monthWord);
    const monthAt = place(month);
    const yearWordAt = place(yearWord);
    add(dayWordAt, dayWordAt + dayWord.length, inCaseOf(dayWord, 'ngày'), 'date');
    add(dayAt, dayAt + day.length, dayValue, 'date');
    add(monthWordAt, monthWordAt + monthWord.length, inCaseOf(monthWord, 'tháng'), 'date');
    add(monthAt, monthAt + month.length, monthValue, 'date');
    // `neim.2025` → `năm 2025`: the dot OCR put in the place of the space goes too.
    const glued = yearWord.endsWith('.') && /\d/.test(text.charAt(yearWordAt + yearWord.length));
    add(yearWordAt, yearWordAt + yearWord.length, inCaseOf(yearWord.replace(/\.$/, ''), 'năm') + (glued ? ' ' : yearWord.endsWith('.') ? '' : ''), 'date');
  }
}

function restoreNumberLabels(text: string, add: Add): void {
  // `S6: 308/QD-UBND`, `so:f60` at the start of a line: the label `Số:`.
  const NUMBER_LABEL = /^([^\S\n]*[,.]?[^\S\n]*)([Ss][o6ô0ơóOd])(?=[^\S\n]*[:;])/gmu;
  // `so 63/2010/ND-CP`, `so. 61/2018`: `số` before a number.
  const NUMBER_WORD = /(?<![\p{L}\p{N}])([Ss][oe6ô0])\.?(?=[^\S\n]+\d)/gu;
  // After the label, a running number OCR could not read at all (`S'C'`, no digit in it) before `/QĐ-UBND`.
  const UNREADABLE_NUMBER = /^[^\S\n]*[:;][^\S\n]*([^\s\d/]{1,5})(?=[^\S\n]*\/[^\S\n]?\p{Lu})/u;
  for (const m of text.matchAll(NUMBER_LABEL)) {
    const start = m.index + (m[1]?.length ?? 0);
    const written = m[2] ?? '';
    add(start, start + written.length, inCaseOf(written, 'Số'), 'số');
    // Left blank, as a draft's `Số:      /QĐ-UBND` is: the symbol after it is still read.
    const after = start + written.length;
    const junk = UNREADABLE_NUMBER.exec(text.slice(after, after + 40));
    if (junk?.[1]) {
      const junkAt = after + junk[0].length - junk[1].length;
      add(junkAt, junkAt + junk[1].length, ' '.repeat(junk[1].length), 'số (an unreadable running number left blank)');
    }
  }
  for (const m of text.matchAll(NUMBER_WORD)) add(m.index, m.index + m[0].length, inCaseOf(m[1] ?? '', 'số'), 'số');
}

function restoreBasisLabels(text: string, add: Add): void {
  // `Can cit. Luat …`, `Can cer Nghi dinh …`: a line opening with `Can`, a short damaged word, then a capital.
  const BASIS = /^([^\S\n]*[,.]?[^\S\n]*)(Can|CAN)[^\S\n]+(\S{1,4})(?=[^\S\n]+\p{Lu})/gmu;
  for (const m of text.matchAll(BASIS)) {
    const start = m.index + (m[1]?.length ?? 0);
    add(start, m.index + m[0].length, inCaseOf(m[2] ?? '', 'Căn cứ'), 'căn cứ');
  }
}

function restoreSymbolParts(text: string, add: Add): void {
  // The part of a code after `/` (`ND-CP`, `QD-UBND`): parts that hold `Đ` get it back.
  const SYMBOL = /\/[^\S\n]?([A-Z][A-Za-z.&()]*(?:-[A-Za-z.&()]+)*)/g;
  for (const m of text.matchAll(SYMBOL)) {
    const symbol = m[1] ?? '';
    const symbolAt = m.index + m[0].length - symbol.length;
    for (const part of symbol.matchAll(/[A-Za-z]+/g)) {
      const restored = SYMBOL_PARTS[part[0]];
      if (restored) add(symbolAt + part.index, symbolAt + part.index + part[0].length, restored, 'ký hiệu');
    }
  }
}

const ISSUERS = new Set(['agency', 'position']);

function restoreDistributionLabel(text: string, add: Add): void {
  // `No'i` / `Noi nhpn:` alone on a line, above a list of `- ` entries: the label `Nơi nhận:`.
  const DISTRIBUTION_LABEL = /^([^\S\n]*)(\p{L}{2,3}['’]?\p{L}?)(?:[^\S\n]+(\p{L}{3,5}))?[^\S\n]*:?[^\S\n]*(?=\n[^\S\n]*[-–~*])/gmu;
  for (const m of text.matchAll(DISTRIBUTION_LABEL)) {
    const [, indent = '', first = '', second] = m;
    if (skeleton(first) !== 'noi') continue;
    if (second !== undefined && confusionDistance(skeleton(second), 'nhan', 1) > 1) continue;
    const start = m.index + indent.length;
    add(start, m.index + m[0].length, inCaseOf(first, 'Nơi nhận:'), 'nơi nhận');
  }
}

/** Lines that carry their diacritics (a signature stamp above an OCR'd scan): never restored. */
function cleanLines(text: string): (offset: number) => boolean {
  const clean: Array<readonly [number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const letters = line.match(/\p{L}/gu)?.length ?? 0;
    const marked = line.match(new RegExp(MARKED.source, 'giu'))?.length ?? 0;
    if (letters >= 4 && marked * 6 >= letters) clean.push([start, start + line.length]);
    start += line.length + 1;
  }
  return (offset) => clean.some(([s, e]) => offset >= s && offset < e);
}

/** Lines that read as a person's name, never restored word by word. */
function nameLines(text: string): (offset: number) => boolean {
  // Two to five words, each with a capital first and small letters after: a signer's name.
  const NAME_LINE = /^[^\S\n]*\p{Lu}\p{Ll}+(?:[^\S\n]\p{Lu}\p{Ll}*){1,4}[^\S\n]*$/gmu;
  const lines = [...text.matchAll(NAME_LINE)].map((m) => [m.index, m.index + m[0].length] as const);
  return (offset) => lines.some(([s, e]) => offset >= s && offset < e);
}

function restorePhrases(text: string, claims: Claims, add: Add): void {
  const onCleanLine = cleanLines(text);
  const onNameLine = nameLines(text);
  const tokens = tokenize(text).filter((t) => /\p{L}/u.test(t.text) && !onCleanLine(t.start));
  const byLength = phrasesByLength();
  const longest = longestPhrase();
  // A clean text's short words are words of their own: no letter of them is taken for OCR damage.
  const clean = nonSyllableShare(tokens.map((t) => t.text)) < CLEAN_TEXT_SHARE;
  const near = nearWords(byLength.values(), clean);
  // Each token's skeleton and near lexicon words, once: a run is tried at every length from each token.
  const skeletons = tokens.map((t) => skeleton(t.text));
  const nearSets = skeletons.map((k) => near(k));
  // Token index → category of the phrase that starts there, for the `của` rule.
  const startsPhrase = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !claims.free(first.start, first.end)) continue;
    const lengths = new Set<number>();
    for (const firstKey of nearSets[i] ?? []) for (const length of phraseLengthsStartingWith(firstKey)) lengths.add(length);
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      if (!lengths.has(n)) continue;
      const run = tokens.slice(i, i + n);
      if (!runIsFree(text, run, claims)) continue;
      const match = bestPhrase(text, run, skeletons.slice(i, i + n), nearSets.slice(i, i + n));
      if (!match) continue;
      // A lone word on a line shaped like a person's name (`Tran Van Binh`) is part of the name.
      if (n === 1 && onNameLine(first.start)) continue;
      run.forEach((token, k) => add(token.start, token.end, inCaseOf(token.text, match.words[k] ?? token.text, n > 1), match.text));
      startsPhrase.set(i, match.category);
      i += n - 1;
      break;
    }
  }
  // `dra Chinh phu`, `cna Chinh phủ`: a short unknown word between a cited code or year and an issuer is `của`.
  for (const [index, category] of startsPhrase) {
    const word = tokens[index - 1];
    if (!ISSUERS.has(category) || !word || word.text.length < 2 || word.text.length > 4) continue;
    if (!claims.free(word.start, word.end) || MARKED.test(word.text)) continue;
    const before = text.slice(Math.max(0, word.start - 40), word.start);
    if (!/(?:\d{4}|\/[\p{L}\d.&-]+)[\s,]*$/u.test(before)) continue;
    add(word.start, word.end, 'của', 'của');
  }
}

function runIsFree(text: string, run: readonly Token[], claims: Claims): boolean {
  for (let k = 0; k < run.length; k++) {
    const token = run[k];
    if (!token || !claims.free(token.start, token.end)) return false;
    const next = run[k + 1];
    if (next && !gapAllows(text.slice(token.end, next.start), text.slice(token.end, next.start).replace(/\s/g, ''))) return false;
  }
  return true;
}

/** The one lexicon phrase nearest to the run within its budget; null when none or when two tie. */
function bestPhrase(text: string, run: readonly Token[], skeletons: readonly string[], nearSets: readonly ReadonlySet<string>[]): Phrase | null {
  if ((nearSets[0]?.size ?? 0) === 0) return null;
  const key = skeletons.join(' ');
  const letters = key.replace(/ /g, '').length;
  const candidates = [...(nearSets[0] ?? [])].flatMap((first) => phrasesStartingWith(first, run.length));
  let best: Phrase | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const phrase of candidates) {
    // A lone word: one vowel OCR misread at most (`phdng` → `phòng`), and only in a word of five letters or more (`Tran` is a name, not `trên`).
    const budget = run.length === 1 ? (phrase.letters >= 5 ? 0.5 : 0) : editBudget(phrase.letters);
    if (Math.abs(phrase.letters - letters) > budget) continue;
    // Every word near its lexicon word (`Binh` for `định`, never `ban` for `UBND`) before the whole is measured.
    if (!phrase.wordKeys.every((word, k) => nearSets[k]?.has(word))) continue;
    // A word OCR did read with its marks (`có`) is that word, not another one near it.
    if (!run.every((token, k) => !MARKED.test(token.text) || sameWord(token.text, phrase.words[k] ?? ''))) continue;
    if (!gapsMatch(text, run, phrase)) continue;
    const consonantEdits = consonantBudget(phrase.key, phrase.category === 'place');
    if (confusionDistance(consonants(key), consonants(phrase.key), consonantEdits) > consonantEdits) continue;
    const distance = confusionDistance(key, phrase.key, budget);
    if (distance > budget) continue;
    if (distance < bestDistance) {
      best = phrase;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && best && best.text.toLowerCase() !== phrase.text.toLowerCase()) {
      tie = true;
    }
  }
  return tie ? null : best;
}

function sameWord(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

type NearWords = (written: string) => ReadonlySet<string>;

/** In a clean text, a short word strays from its lexicon word by one confusion at most. */
const CLEAN_SHORT_WORD_BUDGET = 1;

/** The lexicon words (skeletons) each written word is near, computed once per distinct word. */
function nearWords(phrases: Iterable<readonly Phrase[]>, clean: boolean): NearWords {
  const words = new Set<string>();
  for (const list of phrases) for (const phrase of list) for (const word of phrase.wordKeys) words.add(word);
  const memo = new Map<string, Set<string>>();
  return (written) => {
    let found = memo.get(written);
    if (!found) {
      found = new Set();
      for (const word of words) {
        const budget = clean && word.length <= 3 ? CLEAN_SHORT_WORD_BUDGET : wordBudget(word.length);
        if (confusionDistance(written, word, budget) <= budget) found.add(word);
      }
      memo.set(written, found);
    }
    return found;
  };
}

function gapsMatch(text: string, run: readonly Token[], phrase: Phrase): boolean {
  for (let k = 0; k + 1 < run.length; k++) {
    const a = run[k];
    const b = run[k + 1];
    if (!a || !b) return false;
    if (!gapAllows(text.slice(a.end, b.start), phrase.gaps[k] ?? '')) return false;
  }
  return true;
}
