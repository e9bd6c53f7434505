/**
 * Cited documents (references) in the body of a Vietnamese official document.
 *
 * The scan, in the spirit of eyecite:
 * 1. `findCitationHeads` finds every `số` keyword and every type name (`Quyết định`, `Công văn` …).
 * 2. Each head is read forward: `readCode` (số/ký hiệu), `readDate` (`ngày …`), `readIssuer`
 *    (`của …` up to the trích yếu) and later `readSubject`.
 * 3. Each `số <code>` head is read backward to find its type (`resolveType`): the type word just
 *    before it, the list it continues (`…, số B`), a law's name (`Luật … số 85/2015/QH13`), or an
 *    unknown capitalised noun (`Hiệp định số …`).
 * 4. Context fills what the clause lacks: the subject of an issuing verb, read back to the start
 *    of its clause (`Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành …`, `…; UBND tỉnh đã ban
 *    hành …`), `của X tại <Loại> số …`, `X <verb> tại <Loại> số …` (`Sở Tư pháp thẩm định tại
 *    Báo cáo số …`, `UBND tỉnh đã có ý kiến thống nhất tại …`), list members.
 * 5. `dedupeReferences` merges repeated codes into one reference with several mentions, and
 *    `addBareMentions` attaches later bare codes (`… 33/CT-TTg`) to known references.
 *
 * All patterns live in `../domain/citation-patterns.ts`. Spans are offsets into the input.
 */

import {
  ACTING_VERB_BEFORE_HEAD,
  ACTING_VERB_NOT_AFTER,
  CHAIN_CONNECTOR,
  CLAUSE_OPENER,
  CODE_END,
  CODE_SHAPES,
  COMMA_NAME_PARTS,
  type CodeShape,
  DATE_BEFORE_VERB,
  DATE_BODY,
  DATE_LEAD,
  ENDS_WITH_ISSUING_VERB,
  ISSUER_ABBREVIATIONS,
  ISSUER_BEFORE_HEAD,
  ISSUER_LEAD,
  ISSUER_STOP_CHARS,
  ISSUER_STOP_PHRASES,
  ISSUER_TITLES,
  type IssuerStopPhrase,
  KEPT_QUALIFIED_TYPES,
  LIST_CONNECTOR,
  MAX_ISSUER_WORDS,
  MAX_LAW_NAME_WORDS,
  MAX_TYPE_QUALIFIER_WORDS,
  MAX_SUBJECT_CHARS,
  MAX_UNKNOWN_TYPE_WORDS,
  NAMED_LAW_TYPES,
  NOT_ISSUER_START,
  NOT_ORGANISATION_NAMES,
  NOT_TYPE_QUALIFIERS,
  NUMBER_KEYWORD,
  ORGANISATION_STARTERS,
  PARAGRAPH_OPENER,
  STEERING_BODY_STARTERS,
  STEERING_NAME_AREAS,
  STEERING_NAME_ENDS_AFTER_CODE,
  STRONG_CODE_SHAPES,
  SUBJECT_END,
  SUBJECT_LEAD,
  TYPE_NAME_ALTERNATION,
  TYPE_QUALIFIER_AT_END,
  WEAK_CODE_SHAPES,
  WORD_END,
  WORD_START,
  phrasePattern,
} from '../domain/citation-patterns.js';
import { documentTypeByCode, documentTypeByName } from '../domain/document-types.js';
import { daysInMonth, isoDate } from './date.js';
import { LOWER, UPPER, foldKey, vre } from '../domain/vietnamese.js';

// ---------------------------------------------------------------------------------------------
// Public API

export interface ReferenceMention {
  start: number;
  end: number;
  raw: string;
}

export interface ReferenceMatch {
  /** Kind in sentence case: 'Công văn', 'Quyết định', 'Nghị định', 'Luật', 'Văn bản' … */
  type: string | null;
  /** Số/ký hiệu with spaces removed: '2343/MTTW', '1529-CV/BTGTU', '30/2020/NĐ-CP', '118/TTg'. */
  code: string | null;
  /** ISO 'YYYY-MM-DD' (or 'YYYY-MM' when the day is blank). */
  date: string | null;
  /** The issuing body as written (whitespace folded). */
  issuer: string | null;
  /** The trích yếu that follows, without 'về việc' / 'về' / 'V/v'. */
  subject: string | null;
  /** Text of the first mention, as in the input. */
  raw: string;
  /** Span of the first mention in the input. */
  start: number;
  end: number;
  /** Every mention (first included), in order. */
  mentions: ReferenceMention[];
}

export interface ExtractReferencesOptions {
  /** Codes to leave out: the document's own số/ký hiệu is never a reference. Compared with spaces removed, case-insensitively. */
  exclude?: readonly string[];
}

/**
 * Every distinct document cited in `text` (a document body: cleaned logical lines joined with
 * `\n`), in order of first mention. Never throws; runs in roughly linear time.
 */
export function extractReferences(text: string, options: ExtractReferencesOptions = {}): ReferenceMatch[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const exclude = new Set((options.exclude ?? []).map(codeKey));
    const citations = scanCitations(text);
    fillFromLists(citations);
    fillFromChains(citations, text);
    readSubjects(citations, text);
    const kept = citations.filter((c) => !exclude.has(codeKey(c.code)));
    const references = dedupeReferences(kept, text);
    addBareMentions(references, text, exclude);
    return references.map(toMatch);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Internal model

/** One citation as read at one place in the text (before dedupe). */
interface Citation {
  type: string | null;
  code: string;
  shape: CodeShape;
  date: string | null;
  issuer: string | null;
  /** Where the issuer came from: after the code, before the head, or inherited. */
  issuerSource: 'after' | 'before' | 'inherited' | null;
  subject: string | null;
  /** Where the trích yếu starts (after `về việc` …), or -1. */
  subjectStart: number;
  /** Start of the mention (type word, law name or `số`). */
  start: number;
  /** End of the code/date/issuer clause (the mention's end). */
  end: number;
  /** How the type was found. */
  via: 'type' | 'list' | 'law' | 'unknown';
  /** Index of the first citation of the list this one continues (`…, số B`), or -1. */
  listHead: number;
}

interface Reference {
  first: Citation;
  type: string | null;
  code: string;
  shape: CodeShape;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  mentions: ReferenceMention[];
}

/** Comparison key of a code: spaces removed, dashes unified, upper case. */
function codeKey(code: string | null | undefined): string {
  return normaliseCode(code ?? '').toLocaleUpperCase('vi');
}

/** A code as output: spaces removed, dash variants as `-`. */
function normaliseCode(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/[‐‑–]/g, '-');
}

/** Whitespace (line wraps included) folded to single spaces. */
function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// 1. Heads

export interface CitationHead {
  /** `number`: a `số` keyword; `type`: a type name. */
  kind: 'number' | 'type';
  start: number;
  /** End of the keyword (after `số:` and spaces) or of the type name. */
  end: number;
  /** The type name as written (kind `type`). */
  name?: string;
}

const HEAD_SCAN = vre(
  `${WORD_START}(?:(${TYPE_NAME_ALTERNATION})${WORD_END}|(${NUMBER_KEYWORD.slice(WORD_START.length)}))`,
  'giu',
);

/** Every `số` keyword and every type name in the text, in order. */
export function findCitationHeads(text: string): CitationHead[] {
  const heads: CitationHead[] = [];
  HEAD_SCAN.lastIndex = 0;
  for (let m = HEAD_SCAN.exec(text); m !== null; m = HEAD_SCAN.exec(text)) {
    if (m[1] !== undefined) heads.push({ kind: 'type', start: m.index, end: m.index + m[0].length, name: m[1] });
    else heads.push({ kind: 'number', start: m.index, end: m.index + m[0].length });
  }
  return heads;
}

// ---------------------------------------------------------------------------------------------
// 2. Reading forward: code, date, issuer

export interface CodeRead {
  code: string;
  shape: CodeShape;
  end: number;
}

const CODE_READERS: ReadonlyArray<readonly [CodeShape, RegExp]> = (Object.keys(CODE_SHAPES) as CodeShape[]).map(
  (shape) => [shape, vre(`(?:${CODE_SHAPES[shape]})${CODE_END}`, 'yu')] as const,
);

/** The số/ký hiệu starting exactly at `pos`, trying the shapes in order. */
export function readCode(text: string, pos: number, shapes: readonly CodeShape[] = STRONG_CODE_SHAPES): CodeRead | null {
  for (const [shape, re] of CODE_READERS) {
    if (!shapes.includes(shape)) continue;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) return { code: normaliseCode(m[0]), shape, end: pos + m[0].length };
  }
  return null;
}

const DATE_READER = vre(`${DATE_LEAD}${DATE_BODY}`, 'yiu');

/** An ISO date from the groups of `DATE_BODY` (d/m/y numeric in 1-3, worded in 4-6), or null. */
function isoFromGroups(g: ReadonlyArray<string | undefined>, offset: number): string | null {
  const numeric = g[offset + 2] !== undefined;
  const d = numeric ? g[offset] : g[offset + 3];
  const mo = numeric ? g[offset + 1] : g[offset + 4];
  const y = numeric ? g[offset + 2] : g[offset + 5];
  if (y === undefined || mo === undefined) return null;
  const year = Number(y);
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return isoDate(year, month, null);
  const day = Number(d);
  if (day < 1 || day > 31) return null;
  // `31/02/2024` names no day: keep the month that is still readable.
  return isoDate(year, month, day <= daysInMonth(year, month) ? day : null);
}

/** `ngày <date>` (optionally after a comma) starting at `pos`. */
export function readDate(text: string, pos: number): { date: string; end: number } | null {
  DATE_READER.lastIndex = pos;
  const m = DATE_READER.exec(text);
  if (!m) return null;
  const date = isoFromGroups(m, 1);
  return date ? { date, end: pos + m[0].length } : null;
}

interface StopMatcher {
  entry: IssuerStopPhrase;
  readonly re: RegExp;
  /** The `notBefore` words or phrases, right after the stop phrase (sticky). */
  readonly notBefore: RegExp | null;
}

/** A stop phrase whose patterns are built on first use: most are never tried in a document. */
function stopMatcher(entry: IssuerStopPhrase): StopMatcher {
  let re: RegExp | undefined;
  let notBefore: RegExp | null | undefined;
  return {
    entry,
    get re() {
      re ??= vre(`${phrasePattern(entry.phrase)}${WORD_END}`, 'yiu');
      return re;
    },
    get notBefore() {
      if (notBefore === undefined) {
        notBefore = entry.notBefore?.length
          ? vre(`\\s+(?:${entry.notBefore.map(phrasePattern).join('|')})${WORD_END}`, 'yiu')
          : null;
      }
      return notBefore;
    },
  };
}

const STOP_MATCHERS: readonly StopMatcher[] = ISSUER_STOP_PHRASES.map(stopMatcher);

const HAS_UPPER = vre(`[${UPPER}]`, 'u');
const HAS_LOWER = vre(`[${LOWER}]`, 'u');

/** Stop matchers by the (lower-case) first letter of their phrase, so each word tries only a few. */
const STOP_BY_INITIAL = new Map<string, StopMatcher[]>();
for (const matcher of STOP_MATCHERS) {
  const initial = matcher.entry.phrase.charAt(0).toLocaleLowerCase('vi');
  STOP_BY_INITIAL.set(initial, [...(STOP_BY_INITIAL.get(initial) ?? []), matcher]);
}

interface StopFound {
  entry: IssuerStopPhrase;
  /** End of the phrase in the text. */
  end: number;
  /** The phrase is part of a name here (`notAfter`/`notBefore`): read over it. */
  inName: boolean;
}

const PREVIOUS_WORD = vre(/([\p{L}\p{N}]+)\s*$/u);
/** The first character of the next word (after spaces and line wraps). */
const NEXT_WORD_INITIAL = /\s*(\S)/uy;

/** The stop phrase that begins at `pos`, if any, honouring its case rule and exceptions. */
function stopPhraseAt(text: string, pos: number): StopFound | null {
  const candidates = STOP_BY_INITIAL.get(text.charAt(pos).toLocaleLowerCase('vi'));
  if (!candidates) return null;
  for (const matcher of candidates) {
    const { entry, re } = matcher;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const written = m[0];
    const caseOk = entry.anyCase || !HAS_UPPER.test(written) || (entry.caps && !HAS_LOWER.test(written));
    if (!caseOk) continue;
    const end = pos + written.length;
    if (entry.beforeLowerCaseOnly) {
      NEXT_WORD_INITIAL.lastIndex = end;
      const next = NEXT_WORD_INITIAL.exec(text);
      if (next && STARTS_UPPER.test(next[1]!)) continue; // joins two names
    }
    return { entry, end, inName: isInName(text, pos, end, matcher) };
  }
  return null;
}

/** Whether the stop phrase at `start..end` is excepted by the words around it. */
function isInName(text: string, start: number, end: number, matcher: StopMatcher): boolean {
  const { entry } = matcher;
  if (entry.notAfter) {
    const before = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 24), start));
    if (before && entry.notAfter.includes(before[1]!.toLocaleLowerCase('vi'))) return true;
  }
  const notBefore = matcher.notBefore;
  if (notBefore) {
    notBefore.lastIndex = end;
    if (notBefore.test(text)) return true;
  }
  return false;
}

/** A citation head (`<Loại> số`, `<Loại> <code>`, `số <code>`) beginning at `pos`. */
const HEAD_AHEAD = vre(
  `(?:(?:và|hoặc)\\s+)?(?:các\\s+)?(?:(?:${TYPE_NAME_ALTERNATION})\\s+(?:số${WORD_END}|[0-9])|số\\s*:?\\s*[0-9])`,
  'yiu',
);

const ISSUER_STOP_CHAR_SET = new Set(ISSUER_STOP_CHARS);
const STARTS_UPPER = vre(`^[${UPPER}]`, 'u');

export interface IssuerRead {
  issuer: string;
  end: number;
  /** What ended the name. */
  stop: 'phrase' | 'char' | 'sentence' | 'paragraph' | 'head' | 'limit' | 'end';
  phrase: IssuerStopPhrase | null;
}

/**
 * Joint issuers are listed with commas (`Bộ Y tế, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Công
 * Thương`): a comma continues the issuer when the next name starts like the first one did.
 */
function continuesJointIssuer(text: string, start: number, comma: number): boolean {
  const first = text.slice(start, start + 16).match(JOINT_ISSUER_START);
  if (!first) return false;
  const next = text.slice(comma + 1, comma + 40).match(/^\s*(\S+(?:\s\S+)?)/u);
  return next !== null && next[1].startsWith(first[1]) && STARTS_UPPER.test(next[1].slice(first[1].length).trimStart());
}

/** Ministries issue joint documents (thông tư liên tịch); other bodies listed after a comma usually open a new clause. */
const JOINT_ISSUER_START = /^(Bộ)\s/u;

export interface IssuerReadOptions {
  /**
   * The name runs to a known bound (`tại`, an issuing verb): a steering committee's name
   * (`STEERING_BODY_STARTERS`) is read over `về`, `phòng, chống` and commas.
   */
  bounded?: boolean;
}

/**
 * A comma at `comma` inside an agency name of `COMMA_NAME_PARTS` (`Sở Văn hóa, Thể thao và Du
 * lịch`): the part before it ends right at the comma and the rest of the part follows it.
 */
export function isNameComma(text: string, comma: number): boolean {
  const before = text.slice(Math.max(0, comma - NAME_COMMA_LOOKBACK), comma);
  for (const split of nameCommaSplits()) {
    split.after.lastIndex = comma;
    if (split.after.test(text) && split.before.test(before)) return true;
  }
  return false;
}

/** Longer than any part of `COMMA_NAME_PARTS` before one of its commas, in characters. */
const NAME_COMMA_LOOKBACK = 80;

interface NameCommaSplit {
  /** The part up to the comma, at the end of a text. */
  readonly before: RegExp;
  /** The comma and the rest of the part (sticky). */
  readonly after: RegExp;
}

let NAME_COMMA_SPLITS: readonly NameCommaSplit[] | undefined;

/** One split per comma of each `COMMA_NAME_PARTS` entry, built on first use. */
function nameCommaSplits(): readonly NameCommaSplit[] {
  NAME_COMMA_SPLITS ??= COMMA_NAME_PARTS.flatMap((part) => {
    const pieces = part.split(',');
    const pattern = (words: string) => phrasePattern(words).replace(/,\\s\+/gu, '\\s*,\\s*');
    return pieces.slice(1).map((_, n) => ({
      before: vre(`${WORD_START}${pattern(pieces.slice(0, n + 1).join(', '))}\\s*$`, 'iu'),
      after: vre(`,\\s*${pattern(pieces.slice(n + 1).join(', '))}${WORD_END}`, 'yiu'),
    }));
  });
  return NAME_COMMA_SPLITS;
}

/** Whether the next word after `pos` begins in lower case (`…, tiêu cực`). */
function startsLowerAfter(text: string, pos: number): boolean {
  NEXT_WORD_INITIAL.lastIndex = pos;
  const next = NEXT_WORD_INITIAL.exec(text);
  return next !== null && HAS_LOWER.test(next[1]!);
}

const STEERING_BODY_AT = vre(`(?:${STEERING_BODY_STARTERS.map(phrasePattern).join('|')})${WORD_END}`, 'yiu');

/** Whether the name at `pos` is a steering or national committee's (`Ban Chỉ đạo …`). */
function isSteeringBody(text: string, pos: number): boolean {
  STEERING_BODY_AT.lastIndex = pos;
  return STEERING_BODY_AT.test(text);
}

/**
 * An issuer name starting at `pos`: words up to the trích yếu (a stop phrase), punctuation, a
 * sentence end, a new paragraph or another citation. Null when nothing name-like is there.
 */
export function readIssuerName(text: string, pos: number, options: IssuerReadOptions = {}): IssuerRead | null {
  const steering = options.bounded === true && isSteeringBody(text, pos);
  /** A comma that does not end the name: joint ministries, a comma name part, a bounded steering name. */
  const commaInName = (comma: number): boolean =>
    (steering && startsLowerAfter(text, comma + 1)) || continuesJointIssuer(text, pos, comma) || isNameComma(text, comma);
  let i = pos;
  let words = 0;
  let end = pos;
  let stop: IssuerRead['stop'] = 'end';
  let phrase: IssuerStopPhrase | null = null;
  for (;;) {
    // whitespace before the next word
    let j = i;
    let newlines = 0;
    while (j < text.length && /\s/.test(text[j]!)) {
      if (text[j] === '\n') newlines++;
      j++;
    }
    if (j >= text.length) { stop = 'end'; break; }
    if (words > 0 && newlines >= 2) { stop = 'paragraph'; break; }
    if (words > 0 && newlines === 1 && PARAGRAPH_OPENER.test(text.slice(j, j + 24))) { stop = 'paragraph'; break; }
    const c = text[j]!;
    if (c === ',' && words > 0 && commaInName(j)) {
      i = j + 1;
      continue;
    }
    if (ISSUER_STOP_CHAR_SET.has(c)) { stop = 'char'; break; }
    const found = stopPhraseAt(text, j);
    if (found && (found.inName || (steering && found.entry.inSteeringName)) && words > 0) {
      // part of the name (`Ban Chỉ đạo phòng, chống dịch`): take the phrase as words
      words += found.entry.phrase.split(/\s+/).length;
      end = found.end;
      i = found.end;
      if (words >= MAX_ISSUER_WORDS) { stop = 'limit'; break; }
      continue;
    }
    if (found) { stop = 'phrase'; phrase = found.entry; break; }
    if (words > 0) {
      HEAD_AHEAD.lastIndex = j;
      if (HEAD_AHEAD.test(text)) { stop = 'head'; break; }
    }
    // the word itself
    let k = j;
    while (k < text.length && !/\s/.test(text[k]!) && !ISSUER_STOP_CHAR_SET.has(text[k]!)) k++;
    let word = text.slice(j, k);
    if (word.endsWith('.')) {
      const next = text.slice(k).match(/^\s*(\S)/u);
      const continues = ISSUER_ABBREVIATIONS.includes(word) && next !== null && STARTS_UPPER.test(next[1]!);
      if (!continues) {
        word = word.replace(/[./]+$/u, '');
        if (word) { words++; end = j + word.length; }
        stop = 'sentence';
        break;
      }
    }
    if (k < text.length && ISSUER_STOP_CHAR_SET.has(text[k]!)) {
      words++;
      end = k;
      if (text[k] === ',' && commaInName(k)) {
        i = k + 1;
        continue;
      }
      stop = 'char';
      break;
    }
    words++;
    end = k;
    i = k;
    if (words >= MAX_ISSUER_WORDS) { stop = 'limit'; break; }
  }
  if (words === 0) return null;
  const issuer = foldSpaces(text.slice(pos, end));
  if (!issuer || !STARTS_UPPER.test(issuer) || NOT_ISSUER_START.test(issuer)) return null;
  return { issuer, end, stop, phrase };
}

const ISSUER_LEAD_READER = vre(ISSUER_LEAD, 'yiu');

/** `của <issuer>` starting at `pos`. */
export function readIssuer(text: string, pos: number): IssuerRead | null {
  ISSUER_LEAD_READER.lastIndex = pos;
  const m = ISSUER_LEAD_READER.exec(text);
  if (!m) return null;
  const start = pos + m[0].length;
  const read = readIssuerName(text, start);
  if (read?.stop === 'phrase' && read.phrase?.inSteeringName && isSteeringBody(text, start)) {
    // `Ban Chỉ đạo quốc gia về phòng, chống thiên tai …`: the name holds its `về`
    const longer = readIssuerName(text, start, { bounded: true });
    if (longer && longer.end > read.end && longer.stop !== 'limit') {
      const stopAt = stopPhraseAt(text, skipSpaces(text, read.end));
      const area = stopAt && (STEERING_NAME_AREAS.includes(stopAt.entry.phrase) ? stopAt : stopPhraseAt(text, skipSpaces(text, stopAt.end)));
      const ended = longer.stop === 'phrase' && STEERING_NAME_ENDS_AFTER_CODE.includes(longer.phrase!.phrase);
      if (ended || (area && STEERING_NAME_AREAS.includes(area.entry.phrase))) return longer;
    }
  }
  return read;
}

const ORGANISATION_AHEAD = vre(
  `[ \\t]*\\n?[ \\t]*(?=(?:${ORGANISATION_STARTERS.map(phrasePattern).join('|')})${WORD_END})`,
  'yiu',
);

/**
 * An issuer written without `của` right after the date (`… ngày 02/12/2011 Công ty CP X hỏi về …`):
 * only an organisation name that is followed by a verb of the stop table.
 */
function readBareIssuer(text: string, pos: number): IssuerRead | null {
  ORGANISATION_AHEAD.lastIndex = pos;
  const m = ORGANISATION_AHEAD.exec(text);
  if (!m) return null;
  const start = pos + m[0].length;
  if (!STARTS_UPPER.test(text.slice(start, start + 1))) return null;
  const read = readIssuerName(text, start);
  if (!read || read.stop !== 'phrase' || !read.phrase?.opensSubject) return null;
  return read;
}

// ---------------------------------------------------------------------------------------------
// 3. Reading backward: the type of a `số <code>` head

const TYPE_AT_END = vre(`${WORD_START}(${TYPE_NAME_ALTERNATION})\\s*$`, 'iu');
const LAW_WORD = vre(`${WORD_START}(?:${NAMED_LAW_TYPES.map(phrasePattern).join('|')})${WORD_END}`, 'giu');
/** The words of a law's name up to `số`. */
const LAW_NAME_TAIL = vre(`^(?:\\s+[\\p{L}][\\p{L}-]*){0,${MAX_LAW_NAME_WORDS}}\\s*$`, 'u');
/** Characters of a law's name, commas included. */
const LAW_NAME_CHARS = vre(/^[\p{L}\s,-]*$/u);
/** A comma that lists another document after the law (`Luật Đất đai, các nghị quyết số …`). */
const COMMA_BEFORE_DOCUMENT = vre(`,\\s*(?:các|những|${TYPE_NAME_ALTERNATION})${WORD_END}`, 'iu');

/**
 * Whether `tail` (from the law word to `số`) is a law's name. With `commas`, a comma may join two
 * terms of the name (`Luật Thi đua, khen thưởng`, `Luật Phòng, chống tham nhũng`, `Luật Cán bộ,
 * công chức`), but not list another document; this is for Quốc hội codes only, which only laws and
 * resolutions carry: elsewhere a comma more likely ends the law's mention (`Luật Đầu tư, Hiệp định số …`).
 */
function isLawNameTail(tail: string, commas: boolean): boolean {
  if (!commas || !tail.includes(',')) return LAW_NAME_TAIL.test(tail);
  if (!LAW_NAME_CHARS.test(tail) || COMMA_BEFORE_DOCUMENT.test(tail)) return false;
  return LAW_NAME_TAIL.test(tail.replace(/,/gu, ' '));
}

const UNKNOWN_TYPE_AT_END = vre(
  `${WORD_START}([${UPPER}][${LOWER}]*(?:[ \\t]+[${LOWER}]+){1,${MAX_UNKNOWN_TYPE_WORDS - 1}})[ \\t]+$`,
  'u',
);

/** Sentence case of a type as written: the table's name when it is one, else `Xxx yyy`. */
export function typeName(written: string): string {
  const entry = documentTypeByName(written);
  if (entry) return entry.name;
  const folded = foldSpaces(written).toLocaleLowerCase('vi');
  return folded.charAt(0).toLocaleUpperCase('vi') + folded.slice(1);
}

const NOT_TYPE_QUALIFIER_SET: ReadonlySet<string> = new Set(NOT_TYPE_QUALIFIERS);
const KEPT_QUALIFIED_TYPE_BY_KEY = new Map(KEPT_QUALIFIED_TYPES.map((name) => [foldKey(name), name] as const));

/**
 * A known type followed by one or two lower-case qualifier words at the end of `before`
 * (`Báo cáo thẩm tra `, `Biên bản kiểm phiếu `): the known type (the one that leaves fewer
 * qualifier words), or the whole name when it is a kind of its own (`Chương trình hành động`).
 */
function qualifiedType(before: string): { type: string; index: number } | null {
  const m = TYPE_QUALIFIER_AT_END.exec(before);
  if (!m) return null;
  const words = [m[1], m[2]].filter((w): w is string => w !== undefined);
  for (let n = 1; n <= Math.min(MAX_TYPE_QUALIFIER_WORDS, words.length); n++) {
    const qualifier = words.slice(words.length - n);
    if (qualifier.some((word) => NOT_TYPE_QUALIFIER_SET.has(word))) return null;
    // where the qualifier starts: the last `n` words of the match
    const cut = n === words.length ? m.index : m.index + m[0].indexOf(qualifier[0]!, m[1]!.length);
    const type = TYPE_AT_END.exec(before.slice(0, cut));
    if (!type) continue;
    const kept = KEPT_QUALIFIED_TYPE_BY_KEY.get(foldKey(`${type[1]} ${qualifier.join(' ')}`));
    return { type: kept ?? typeName(type[1]!), index: type.index };
  }
  return null;
}

interface TypeResolution {
  type: string;
  start: number;
  via: Citation['via'];
  listHead: number;
}

/** A law named before `số` (`Luật Bầu cử … số`): the last law word whose name reaches `end`. */
function findLawHead(text: string, end: number, quocHoi: boolean): { type: string; start: number } | null {
  const from = Math.max(0, end - 240);
  const slice = text.slice(from, end);
  let best: { type: string; start: number } | null = null;
  LAW_WORD.lastIndex = 0;
  for (let m = LAW_WORD.exec(slice); m !== null; m = LAW_WORD.exec(slice)) {
    if (!STARTS_UPPER.test(m[0])) continue;
    if (isLawNameTail(slice.slice(m.index + m[0].length), quocHoi)) best = { type: typeName(m[0]), start: from + m.index };
  }
  return best;
}

/** The type of the citation whose `số` keyword starts at `head.start`. */
function resolveType(text: string, head: CitationHead, code: CodeRead, previous: Citation | undefined, previousIndex: number): TypeResolution | null {
  const before = text.slice(Math.max(0, head.start - 48), head.start);
  const direct = TYPE_AT_END.exec(before);
  const isQuocHoi = code.shape === 'legal' && /\/(?:UBTV)?QH[0-9]*$/iu.test(code.code);
  if (direct) {
    const written = direct[1]!;
    const start = head.start - before.length + direct.index;
    if (!STARTS_UPPER.test(written) && isQuocHoi) {
      const law = findLawHead(text, head.start, isQuocHoi);
      if (law) return { type: law.type, start: law.start, via: 'law', listHead: -1 };
    }
    return { type: typeName(written), start, via: 'type', listHead: -1 };
  }
  if (previous && previous.type && previous.end <= head.start && head.start - previous.end <= 24) {
    if (LIST_CONNECTOR.test(text.slice(previous.end, head.start))) {
      const listHead = previous.listHead >= 0 ? previous.listHead : previousIndex;
      return { type: previous.type, start: head.start, via: 'list', listHead };
    }
  }
  const qualified = qualifiedType(before);
  if (qualified) return { type: qualified.type, start: head.start - before.length + qualified.index, via: 'type', listHead: -1 };
  if (code.shape === 'legal') {
    const law = findLawHead(text, head.start, isQuocHoi);
    if (law) return { type: law.type, start: law.start, via: 'law', listHead: -1 };
  }
  if (STRONG_CODE_SHAPES.includes(code.shape)) {
    const near = text.slice(Math.max(0, head.start - 40), head.start);
    const unknown = UNKNOWN_TYPE_AT_END.exec(near);
    if (unknown) {
      return { type: typeName(unknown[1]!), start: head.start - near.length + unknown.index, via: 'unknown', listHead: -1 };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Scanning

const CODE_AFTER_TYPE = /[ \t]*\n?[ \t]*/uy;

/** Read every citation head into a `Citation`, in text order. */
function scanCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  let lastCodeEnd = 0;
  for (const head of findCitationHeads(text)) {
    if (head.start < lastCodeEnd) continue;
    let code: CodeRead | null;
    let resolution: TypeResolution | null;
    if (head.kind === 'type') {
      CODE_AFTER_TYPE.lastIndex = head.end;
      const gap = CODE_AFTER_TYPE.exec(text);
      const codeStart = head.end + (gap ? gap[0].length : 0);
      if (codeStart === head.end) continue; // a code glued to the word is not a citation
      code = readCode(text, codeStart, STRONG_CODE_SHAPES);
      if (!code) continue;
      resolution = { type: typeName(head.name!), start: head.start, via: 'type', listHead: -1 };
    } else {
      code = readCode(text, head.end, [...STRONG_CODE_SHAPES, ...WEAK_CODE_SHAPES]);
      if (!code) continue;
      const previousIndex = citations.length - 1;
      resolution = resolveType(text, head, code, citations[previousIndex], previousIndex);
      if (!resolution) continue;
      if (WEAK_CODE_SHAPES.includes(code.shape) && resolution.via === 'unknown') continue;
    }
    lastCodeEnd = code.end;
    citations.push(readClause(text, resolution, code));
  }
  return citations;
}

/** Date, issuer and context of one citation whose code ends at `code.end`. */
function readClause(text: string, resolution: TypeResolution, code: CodeRead): Citation {
  const citation: Citation = {
    type: resolution.type,
    code: code.code,
    shape: code.shape,
    date: null,
    issuer: null,
    issuerSource: null,
    subject: null,
    subjectStart: -1,
    start: resolution.start,
    end: code.end,
    via: resolution.via,
    listHead: resolution.listHead,
  };
  let pos = code.end;
  const date = readDate(text, pos);
  if (date) {
    citation.date = date.date;
    pos = date.end;
  }
  const issuer = readIssuer(text, pos) ?? (date ? readBareIssuer(text, pos) : null);
  if (issuer) {
    citation.issuer = issuer.issuer;
    citation.issuerSource = 'after';
    pos = issuer.end;
    if (issuer.stop === 'phrase' && issuer.phrase?.opensSubject) citation.subjectStart = skipSpaces(text, issuer.end);
    if (!citation.date) {
      const late = readDate(text, pos);
      if (late) {
        citation.date = late.date;
        pos = late.end;
      }
    }
  }
  citation.end = pos;
  if (resolution.via !== 'list') fillFromContext(text, citation);
  return citation;
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return pos;
}

const ENDS_WITH_TAI = /tại\s+(?:các\s+)?$/u;

const ORGANISATION_WORDS = [...ORGANISATION_STARTERS, ...ISSUER_TITLES].map(phrasePattern).join('|');
/** Not an organisation word here: `Trường hợp`, `Ban hành`. */
const NOT_ORGANISATION = `(?!(?:${NOT_ORGANISATION_NAMES.map(phrasePattern).join('|')})${WORD_END})`;

/** Where the subject of an acting verb may begin: an organisation word, a title, or just after `của`. */
const AGENT_START = vre(
  `${WORD_START}(?:${NOT_ORGANISATION}(?:${ORGANISATION_WORDS})${WORD_END}|(?<=của\\s+)(?=[${UPPER}]))`,
  'giu',
);
/** Organisation words and titles, and the common nouns that begin like them, as comparison keys. */
const ORGANISATION_KEYS: ReadonlySet<string> = new Set([...ORGANISATION_STARTERS, ...ISSUER_TITLES].map(foldKey));
const NOT_ORGANISATION_KEYS: ReadonlySet<string> = new Set(NOT_ORGANISATION_NAMES.map(foldKey));
/** Most words in an organisation word or title (`Tổng cục trưởng`, `Hợp tác xã`). */
const MAX_ORGANISATION_WORDS = Math.max(...[...ORGANISATION_KEYS, ...NOT_ORGANISATION_KEYS].map((k) => k.split(' ').length));
/** A word of a name: letters, digits, `&`, `-` (no punctuation that ends it). */
const NAME_WORD = vre(/\s*([\p{L}\p{N}&-]+)/uy);

/** Whether an organisation word or a title (and not `Trường hợp` …) starts exactly at `pos`. */
function organisationAt(text: string, pos: number): boolean {
  const words: string[] = [];
  NAME_WORD.lastIndex = pos;
  for (let m = NAME_WORD.exec(text); m !== null && words.length < MAX_ORGANISATION_WORDS; m = NAME_WORD.exec(text)) {
    words.push(m[1]!);
    if (NAME_WORD.lastIndex < text.length && !/\s/u.test(text[NAME_WORD.lastIndex]!)) break; // punctuation ends the words
  }
  let found = false;
  for (let n = 1; n <= words.length; n++) {
    const key = foldKey(words.slice(0, n).join(' '));
    if (NOT_ORGANISATION_KEYS.has(key)) return false;
    if (ORGANISATION_KEYS.has(key)) found = true;
  }
  return found;
}
/** An acting verb that is a noun here: `xét đề nghị tại …`. */
const ACTING_NOUN_AFTER = vre(
  `${WORD_START}(?:${ACTING_VERB_NOT_AFTER.map(phrasePattern).join('|')})\\s*$`,
  'iu',
);
/** Longest stretch searched for the subject of an acting verb, in characters. */
const AGENT_WINDOW = 160;
/** Longer than any `<đã> <verb> tại <các>` (or `tiếp nhận `) at the end of a text, in characters. */
const ACTING_TAIL_CHARS = 64;
/** Longer than any issuing verb (`đã ký ban hành `) at the end of a text, in characters. */
const ISSUING_TAIL_CHARS = 32;
/** Longer than any `, ngày <date>,` between a subject and its verb, in characters. */
const DATE_TAIL_CHARS = 48;
/** Longest clause searched for the subject of an issuing verb (openers included), in characters. */
const CLAUSE_WINDOW = 200;

/**
 * The organisation that is the subject of `<verb> tại` at the end of `before`
 * (`… được Sở Tư pháp thẩm định tại `): the leftmost organisation word, title or `của` whose
 * words read as one issuer name right up to the verb. Null when nothing reads cleanly.
 */
function agentBeforeActingVerb(before: string): string | null {
  const end = before.slice(-ACTING_TAIL_CHARS);
  const verb = ACTING_VERB_BEFORE_HEAD.exec(end);
  if (!verb) return null;
  const clause = before.slice(0, before.length - end.length + verb.index).trimEnd();
  if (ACTING_NOUN_AFTER.test(clause.slice(-ACTING_TAIL_CHARS))) return null;
  return nameReachingEnd(clause, nameWindowStart(clause));
}

/**
 * Where a name that ends `text` can begin at the earliest: after the last character that ends an
 * issuer (a comma excepted: `readIssuerName` decides whether a name reads over it), within its
 * last `MAX_ISSUER_WORDS` words and `AGENT_WINDOW` characters.
 */
function nameWindowStart(text: string): number {
  const min = Math.max(0, text.length - AGENT_WINDOW);
  let words = 0;
  let i = text.length;
  while (i > min) {
    const c = text[i - 1]!;
    if (c !== ',' && ISSUER_STOP_CHAR_SET.has(c)) break;
    if (/\s/u.test(c) && i < text.length && !/\s/u.test(text[i]!) && ++words >= MAX_ISSUER_WORDS) break;
    i--;
  }
  return i;
}

/**
 * The leftmost issuer name in `clause` (from `from` on) that starts at an organisation word,
 * a title or after `của`, and whose words run cleanly to the end of `clause`.
 */
function nameReachingEnd(clause: string, from: number): string | null {
  AGENT_START.lastIndex = from;
  for (let m = AGENT_START.exec(clause); m !== null; m = AGENT_START.exec(clause)) {
    if (m[0].length === 0) AGENT_START.lastIndex++;
    if (!STARTS_UPPER.test(clause.charAt(m.index))) continue;
    const read = readIssuerName(clause, m.index, { bounded: true });
    if (read && read.stop === 'end' && read.end === clause.length) return read.issuer;
  }
  return null;
}

/**
 * Where the clause that ends `text` may begin, in text order: after the last sentence end,
 * semicolon, colon or bracket (or at the text start when `fromTextStart`), after each comma
 * since, and at each line start since (a heading may end without punctuation).
 */
function clauseStarts(text: string, fromTextStart: boolean): number[] {
  const min = Math.max(0, text.length - CLAUSE_WINDOW);
  const starts: number[] = [];
  let i = text.length;
  let hard = -1;
  for (; i > min; i--) {
    const c = text[i - 1]!;
    if (c === ',' || c === '\n') starts.push(i);
    else if (ISSUER_STOP_CHAR_SET.has(c) || (c === '.' && isSentenceEnd(text, i - 1))) {
      hard = i;
      break;
    }
  }
  if (hard < 0 && i === 0 && fromTextStart) hard = 0;
  if (hard >= 0) starts.push(hard);
  return starts.reverse();
}

/** A `.` at `dot` that ends a sentence: a space follows, and it does not end an abbreviation (`TP.`). */
function isSentenceEnd(text: string, dot: number): boolean {
  if (dot + 1 < text.length && !/\s/u.test(text[dot + 1]!)) return false;
  const word = PREVIOUS_WORD.exec(text.slice(Math.max(0, dot - 8), dot));
  return !(word && ISSUER_ABBREVIATIONS.includes(`${word[1]}.`));
}

/**
 * The subject of an issuing verb at the end of `before` (`…; Ủy ban nhân dân tỉnh đã ban hành `),
 * read back to the start of its clause over openers (`Thực hiện …,`, `Ngày 26/4/2013,`): only a
 * clean organisation name that fills the clause. With the date of a `Ngày …` opener or of a
 * `ngày …` between the name and the verb.
 */
function subjectOfIssuingVerb(before: string, fromTextStart: boolean): { issuer: string; date: string | null } | null {
  const tail = before.slice(-ISSUING_TAIL_CHARS);
  const verb = ENDS_WITH_ISSUING_VERB.exec(tail);
  if (!verb) return null;
  let clause = before.slice(0, before.length - tail.length + verb.index).trimEnd();
  let date: string | null = null;
  const dateTail = clause.slice(-DATE_TAIL_CHARS);
  const dated = DATE_BEFORE_VERB.exec(dateTail);
  if (dated) {
    date = isoFromGroups(dated, 1);
    clause = clause.slice(0, clause.length - dateTail.length + dated.index);
  }
  // A bare `có` issues only in a dated clause (`Ngày 19/5/2021, Bộ X có Văn bản số …`); otherwise
  // it is possession (`Công ty có Giấy phép số …`, the permit was issued to the company).
  const bareHave = /^có\s*$/u.test(verb[0].trim());
  for (const start of clauseStarts(clause, fromTextStart)) {
    CLAUSE_OPENER.lastIndex = start;
    const opener = CLAUSE_OPENER.exec(clause);
    if (bareHave && !(opener && isoFromGroups(opener, 1)) && date === null) continue;
    const nameStart = start + (opener ? opener[0].length : 0);
    if (nameStart >= clause.length || !STARTS_UPPER.test(clause.charAt(nameStart))) continue;
    if (!organisationAt(clause, nameStart)) continue;
    const read = readIssuerName(clause, nameStart, { bounded: true });
    if (read && read.stop === 'end' && read.end === clause.length) {
      return { issuer: read.issuer, date: date ?? (opener ? isoFromGroups(opener, 1) : null) };
    }
  }
  return null;
}

/**
 * Fill date/issuer from the text before the head: the subject of an issuing verb
 * (`Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành …`, `…; UBND tỉnh đã ban hành …`),
 * `của X tại <Loại> số …`, or `X <verb> tại <Loại> số …` (`Sở Tư pháp thẩm định tại Báo cáo số …`).
 */
function fillFromContext(text: string, citation: Citation): void {
  if (citation.date && citation.issuer) return;
  const from = Math.max(0, citation.start - 320);
  const before = text.slice(from, citation.start);
  // cheap tail checks first: the clause is only read back where a verb ends the text
  const subject = ENDS_WITH_ISSUING_VERB.test(before) ? subjectOfIssuingVerb(before, from === 0) : null;
  if (subject) {
    if (!citation.date && subject.date) citation.date = subject.date;
    if (!citation.issuer) {
      citation.issuer = subject.issuer;
      citation.issuerSource = 'before';
    }
    return;
  }
  if (!citation.issuer && ENDS_WITH_TAI.test(before)) {
    const tail = before.slice(-200);
    const by = agentBeforeActingVerb(tail) ?? issuerOfTai(tail);
    if (by) {
      citation.issuer = by;
      citation.issuerSource = 'before';
    }
  }
}

/** X of `của X tại ` at the end of `before`, when X reads as one issuer name. */
function issuerOfTai(before: string): string | null {
  const by = ISSUER_BEFORE_HEAD.exec(before);
  if (!by) return null;
  const start = by.index + by[0].indexOf(by[1]!);
  const name = before.slice(0, start + by[1]!.length);
  const read = readIssuerName(name, start, { bounded: true });
  return read && read.stop === 'end' && read.end === name.length ? read.issuer : null;
}

// ---------------------------------------------------------------------------------------------
// 4. Filling from lists and chains

/** Members of one `số A …, số B …` list share an issuer written once (after the last, or the first). */
function fillFromLists(citations: Citation[]): void {
  const lists = new Map<number, number[]>();
  citations.forEach((c, i) => {
    if (c.listHead < 0) return;
    const members = lists.get(c.listHead) ?? [c.listHead];
    members.push(i);
    lists.set(c.listHead, members);
  });
  for (const members of lists.values()) {
    for (let m = 0; m < members.length; m++) {
      const c = citations[members[m]!]!;
      if (c.issuer) continue;
      const later = members.slice(m + 1).map((i) => citations[i]!).find((o) => o.issuer);
      const earlier = members.slice(0, m).reverse().map((i) => citations[i]!).find((o) => o.issuer);
      const source = later ?? earlier;
      if (source) {
        c.issuer = source.issuer;
        c.issuerSource = 'inherited';
      }
    }
  }
}

/**
 * `của X tại Công văn số A … và Công văn số B …`: B, joined to A by `và` in the same sentence and
 * without an issuer of its own, is issued by X too.
 */
function fillFromChains(citations: Citation[], text: string): void {
  for (let i = 1; i < citations.length; i++) {
    const c = citations[i]!;
    const prev = citations[i - 1]!;
    if (c.issuer || !prev.issuer || prev.issuerSource !== 'before') continue;
    if (c.via === 'list') continue;
    const gap = text.slice(prev.end, c.start);
    if (gap.length > 300 || /;|\.(?:\s|$)|\n\s*\n/u.test(gap)) continue;
    if (!CHAIN_CONNECTOR.test(gap)) continue;
    c.issuer = prev.issuer;
    c.issuerSource = 'inherited';
  }
}

// ---------------------------------------------------------------------------------------------
// Subjects

const SUBJECT_LEAD_READER = vre(SUBJECT_LEAD.source, 'yiu');
const SUBJECT_LEAD_AT_START = vre(`^${SUBJECT_LEAD.source}`, 'iu');
const QUOTED = /[ \t]*\n?[ \t]*[“"]([^”"]{1,400})[”"]/uy;
/** A trailing list connector left before the next citation: `, và`, `;`, ` hoặc`. */
const TRAILING_PUNCTUATION = /[\s,;:.]+$/u;
const TRAILING_CONJUNCTION = /(?:^|\s)(?:và|hoặc)$/u;

/** The trích yếu after each citation (`về việc …`, a quoted `“Về …”`, or the verb the issuer stopped at). */
function readSubjects(citations: Citation[], text: string): void {
  const starts = citations.map((c) => c.start);
  citations.forEach((c, i) => {
    let from = c.subjectStart;
    if (from < 0) {
      QUOTED.lastIndex = c.end;
      const quoted = QUOTED.exec(text);
      if (quoted) {
        c.subject = cleanSubject(quoted[1]!.replace(SUBJECT_LEAD_AT_START, ''));
        return;
      }
      SUBJECT_LEAD_READER.lastIndex = c.end;
      const lead = SUBJECT_LEAD_READER.exec(text);
      if (lead) from = c.end + lead[0].length;
      else {
        // a trích-yếu verb right after the clause (`… Thông tư số X hướng dẫn …`)
        const verbAt = skipSpaces(text, c.end);
        const verb = verbAt - c.end <= 2 ? stopPhraseAt(text, verbAt) : null;
        if (!verb || verb.inName || !verb.entry.opensSubject) return;
        from = verbAt;
      }
    }
    const nextStart = nextAfter(starts, i + 1, from) ?? text.length;
    c.subject = readSubject(text, from, nextStart);
  });
}

/** The first of the sorted `starts` (from index `i`) beyond `pos`. */
function nextAfter(starts: readonly number[], i: number, pos: number): number | undefined {
  while (i < starts.length && starts[i]! <= pos) i++;
  return starts[i];
}

/** Subject text from `from` to the clause end (never past the next citation that a connector joins). */
function readSubject(text: string, from: number, nextCitation: number): string | null {
  let limit = Math.min(text.length, from + MAX_SUBJECT_CHARS);
  const window = text.slice(from, limit);
  const stops = [/;/u, /\.(?:\s|$)/u, SUBJECT_END];
  for (const stop of stops) {
    const m = stop.exec(window);
    if (m) limit = Math.min(limit, from + m.index);
  }
  if (nextCitation < limit) {
    const between = text.slice(from, nextCitation);
    if (/(?:^|[\s,])(?:và|hoặc)\s+(?:các\s+)?$|,\s*$/u.test(between)) limit = nextCitation;
  }
  return cleanSubject(text.slice(from, limit));
}

/** Trích-yếu verbs that are no subject on their own. */
const BARE_VERBS: ReadonlySet<string> = new Set(
  ISSUER_STOP_PHRASES.filter((p) => p.opensSubject).map((p) => foldKey(p.phrase)),
);

function cleanSubject(raw: string): string | null {
  let subject = trimConnectors(foldSpaces(raw));
  // a citation inside parentheses leaves the closing one behind
  while (subject.endsWith(')') && count(subject, '(') < count(subject, ')')) subject = subject.slice(0, -1).trimEnd();
  // a bare verb (`quy định:` before a quotation) is no trích yếu
  if (BARE_VERBS.has(foldKey(subject))) return null;
  return subject || null;
}

/** Drop trailing punctuation and conjunctions, one at a time (no backtracking-prone pattern). */
function trimConnectors(text: string): string {
  let out = text.replace(TRAILING_PUNCTUATION, '');
  for (let m = TRAILING_CONJUNCTION.exec(out); m !== null; m = TRAILING_CONJUNCTION.exec(out)) {
    out = out.slice(0, m.index).replace(TRAILING_PUNCTUATION, '');
  }
  return out;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// 5. Dedupe and bare mentions

/**
 * A later mention names the whole steering committee that an earlier one cut at `về` or a comma:
 * `… của Ban Chỉ đạo quốc gia về chuyển đổi số;` read after the code gives `Ban Chỉ đạo quốc gia`
 * (there `về` may open the trích yếu), while `của Ban Chỉ đạo quốc gia về chuyển đổi số tại <the
 * same code>` is bounded by `tại` and reads the whole name.
 */
function completesSteeringName(known: Reference, later: Citation): boolean {
  if (!known.issuer || !later.issuer || known.first.issuerSource !== 'after' || later.issuerSource !== 'before') return false;
  if (!isSteeringBody(later.issuer, 0)) return false;
  const short = foldKey(known.issuer);
  const long = foldKey(later.issuer);
  return long.startsWith(`${short} về `) || long.startsWith(`${short},`);
}

/** Merge citations of the same code: first mention's type/date/issuer, gaps filled from later ones. */
function dedupeReferences(citations: readonly Citation[], text: string): Reference[] {
  const byKey = new Map<string, Reference>();
  const out: Reference[] = [];
  for (const c of citations) {
    const key = codeKey(c.code);
    const mention = { start: c.start, end: c.end, raw: text.slice(c.start, c.end) };
    const known = byKey.get(key);
    if (known) {
      known.mentions.push(mention);
      known.type ??= c.type;
      known.date ??= c.date;
      if (completesSteeringName(known, c)) known.issuer = c.issuer;
      known.issuer ??= c.issuer;
      known.subject ??= c.subject;
      continue;
    }
    const ref: Reference = {
      first: c,
      type: c.type,
      code: c.code,
      shape: c.shape,
      date: c.date,
      issuer: c.issuer,
      subject: c.subject,
      mentions: [mention],
    };
    byKey.set(key, ref);
    out.push(ref);
  }
  return out;
}

const BARE_CODE_SCAN = vre(
  `(?<![\\p{L}\\p{N}/‐‑–-])(?:${STRONG_CODE_SHAPES.map((s) => CODE_SHAPES[s]).join('|')})${CODE_END}`,
  'gu',
);

/**
 * A code cut short (`23-QĐ`, or `33/CT` whose only group is a type code): a later full code that
 * extends it is the same document.
 */
function isTruncated(ref: Reference): boolean {
  if (ref.shape === 'truncated') return true;
  if (ref.shape !== 'state') return false;
  const groups = ref.code.split('/')[1] ?? '';
  return !groups.includes('-') && documentTypeByCode(groups) !== undefined;
}

/** Later bare occurrences of known codes become mentions; a full code completes a truncated one. */
function addBareMentions(references: Reference[], text: string, exclude: ReadonlySet<string>): void {
  if (references.length === 0) return;
  const byKey = new Map(references.map((r) => [codeKey(r.code), r] as const));
  const truncated = references.filter(isTruncated);
  const covered = references
    .flatMap((r) => r.mentions.map((m) => [m.start, m.end] as const))
    .sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  // Bare codes arrive in text order, so one forward pointer over the sorted spans suffices.
  const inside = (pos: number): boolean => {
    while (cursor < covered.length && covered[cursor]![1] <= pos) cursor++;
    for (let i = cursor; i < covered.length && covered[i]![0] <= pos; i++) if (pos < covered[i]![1]) return true;
    return false;
  };
  BARE_CODE_SCAN.lastIndex = 0;
  for (let m = BARE_CODE_SCAN.exec(text); m !== null; m = BARE_CODE_SCAN.exec(text)) {
    if (inside(m.index)) continue;
    const code = normaliseCode(m[0]);
    const key = codeKey(code);
    if (exclude.has(key)) continue;
    const mention = { start: m.index, end: m.index + m[0].length, raw: m[0] };
    let ref = byKey.get(key);
    if (!ref) {
      ref = truncated.find((t) => {
        const k = codeKey(t.code);
        return key.startsWith(k) && (key[k.length] === '-' || key[k.length] === '/');
      });
      if (!ref) continue;
      byKey.delete(codeKey(ref.code));
      ref.code = code;
      ref.shape = STRONG_CODE_SHAPES.find((s) => readCode(code, 0, [s])?.end === code.length) ?? ref.shape;
      byKey.set(key, ref);
      truncated.splice(truncated.indexOf(ref), 1);
    }
    ref.mentions.push(mention);
  }
  for (const r of references) r.mentions.sort((a, b) => a.start - b.start);
}

function toMatch(ref: Reference): ReferenceMatch {
  const first = ref.first;
  return {
    type: ref.type,
    code: ref.code,
    date: ref.date,
    issuer: ref.issuer,
    subject: ref.subject,
    raw: ref.mentions.find((m) => m.start === first.start)?.raw ?? ref.mentions[0]!.raw,
    start: first.start,
    end: first.end,
    mentions: ref.mentions,
  };
}
