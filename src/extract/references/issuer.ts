/** Reading forward: the issuer after `của`, up to the trích yếu. */
import { foldSpaces } from './model.js';
import { skipSpaces } from './scan.js';
import { COMMA_NAME_PARTS, ISSUER_ABBREVIATIONS, ISSUER_LEAD, ISSUER_STOP_CHARS, ISSUER_STOP_PHRASES, type IssuerStopPhrase, MAX_ISSUER_WORDS, NOT_ISSUER_START, ORGANISATION_STARTERS, PARAGRAPH_OPENER, STEERING_BODY_STARTERS, STEERING_NAME_AREAS, STEERING_NAME_ENDS_AFTER_CODE, TYPE_NAME_ALTERNATION, WORD_END, WORD_START, phrasePattern } from '../../domain/citation-patterns.js';
import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPE_NAMES, isTypeCodeGroup } from '../../domain/document-types.js';
import { LOWER, stripDiacritics, UPPER, vre } from '../../domain/vietnamese.js';


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
  const initial = matcher.entry.phrase.charAt(0).toLowerCase();
  STOP_BY_INITIAL.set(initial, [...(STOP_BY_INITIAL.get(initial) ?? []), matcher]);
}

interface StopFound {
  entry: IssuerStopPhrase;
  /** End of the phrase in the text. */
  end: number;
  /** The phrase is part of a name here (`notAfter`/`notBefore`): read over it. */
  inName: boolean;
}

export const PREVIOUS_WORD = vre(/([\p{L}\p{N}]+)\s*$/u);
/** The first character of the next word (after spaces and line wraps). */
const NEXT_WORD_INITIAL = /\s*(\S)/uy;

/** The stop phrase that begins at `pos`, if any, honouring its case rule and exceptions. */
export function stopPhraseAt(text: string, pos: number): StopFound | null {
  const candidates = STOP_BY_INITIAL.get(text.charAt(pos).toLowerCase());
  if (!candidates) return null;
  for (const matcher of candidates) {
    const { entry, re } = matcher;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const written = m[0];
    const caseOk =
      entry.anyCase ||
      !HAS_UPPER.test(written) ||
      (entry.caps && !HAS_LOWER.test(written)) ||
      (entry.capitalised && !HAS_UPPER.test(written.slice(1)));
    if (!caseOk) continue;
    const end = pos + written.length;
    if (entry.beforeLowerCaseOnly) {
      NEXT_WORD_INITIAL.lastIndex = end;
      const next = NEXT_WORD_INITIAL.exec(text);
      if (next && STARTS_UPPER.test((next[1] ?? ''))) continue; // joins two names
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
    if (before && entry.notAfter.includes((before[1] ?? '').toLowerCase())) return true;
  }
  const notBefore = matcher.notBefore;
  if (notBefore) {
    notBefore.lastIndex = end;
    if (notBefore.test(text)) return true;
  }
  return false;
}

/** A citation head (`<Loại> số`, `<Loại> kết luận số`, `<QĐ> số`, `<Loại> <code>`, `số <code>`) beginning at `pos`. */
const HEAD_AHEAD = vre(
  `(?:(?:và|hoặc)\\s+)?(?:các\\s+)?(?:(?:${TYPE_NAME_ALTERNATION})\\s+(?:(?:[${LOWER}]+\\s+){0,2}số${WORD_END}|[0-9])|(?:${DOCUMENT_TYPE_CODES.join('|')})\\s+số${WORD_END}|số\\s*:?\\s*[0-9])`,
  'yiu',
);

/**
 * The words a citation head can begin with (`và`, `hoặc`, `các`, the first word of a type name),
 * without marks: a word at `pos` outside them rules `HEAD_AHEAD` out without running it (and, in
 * most letters, without ever compiling its long pattern). `số…` is tested on its own.
 */
const HEAD_FIRST_WORDS: ReadonlySet<string> = new Set(
  ['và', 'hoặc', 'các', ...DOCUMENT_TYPE_NAMES.map((name) => name.trim().split(/\s+/)[0] ?? ''), ...DOCUMENT_TYPE_CODES].map((word) => stripDiacritics(word).toLowerCase()),
);

function headAhead(text: string, pos: number): boolean {
  let end = pos;
  while (end < text.length && end - pos < 24 && !/\s/.test(text.charAt(end))) end++;
  const word = stripDiacritics(text.slice(pos, end)).toLowerCase();
  if (!word.startsWith('so') && !HEAD_FIRST_WORDS.has(word)) return false;
  HEAD_AHEAD.lastIndex = pos;
  return HEAD_AHEAD.test(text);
}

export const ISSUER_STOP_CHAR_SET = new Set(ISSUER_STOP_CHARS);
export const STARTS_UPPER = vre(`^[${UPPER}]`, 'u');

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
  const next = text.slice(comma + 1, comma + 40).match(/^\s*(\S+(?:\s\S+)?)/u)?.[1];
  const word = first[1] ?? '';
  return next !== undefined && next.startsWith(word) && STARTS_UPPER.test(next.slice(word.length).trimStart());
}

/**
 * Councils and boards whose names list their work in lower case, commas between
 * (`Hội đồng kiểm tra, sát hạch`, `Tổ công tác kiểm tra, rà soát`): read over the comma when the
 * name runs to a known bound (`tại Tờ trình số …`).
 */
const LOWER_CASE_NAME_HEADS = vre(/^(?:Hội đồng|Tổ công tác|Tổ giúp việc|Đoàn kiểm tra|Ban)\s+\p{Ll}/u);

/** Ministries issue joint documents (thông tư liên tịch); other bodies listed after a comma usually open a new clause. */
const JOINT_ISSUER_START = /^(Bộ)\s/u;

/** A code of a joint document: its type code ends in `LT` (liên tịch: `TTLT`, `NQLT`, `KHLT`). */
export function isJointCode(code: string): boolean {
  return code.split(/[/-]/u).some((group) => group.endsWith('LT') && isTypeCodeGroup(group));
}

export interface IssuerReadOptions {
  /**
   * The name runs to a known bound (`tại`, an issuing verb): a steering committee's name
   * (`STEERING_BODY_STARTERS`) is read over `về`, `phòng, chống` and commas.
   */
  bounded?: boolean;
  /**
   * Whether the cited document was issued jointly (its code says `…LT`: `13/2014/TTLT-BYT-BCT`);
   * when it was not (`8820/BKH-TH`), a comma ends the name even before another `Bộ …`: that is a
   * new clause's subject. Unknown (undefined): a comma before `Bộ …` continues the name.
   */
  joint?: boolean;
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
  return next !== null && HAS_LOWER.test((next[1] ?? ''));
}

const STEERING_BODY_AT = vre(`(?:${STEERING_BODY_STARTERS.map(phrasePattern).join('|')})${WORD_END}`, 'yiu');

const STEERING_BODY_IN = vre(`${WORD_START}(?:${STEERING_BODY_STARTERS.map(phrasePattern).join('|')})${WORD_END}`, 'iu');

/** Whether the name read from `start` to `end` holds a steering committee's (`Văn phòng … Ban Chỉ đạo …`). */
function namesSteeringBody(text: string, start: number, end: number): boolean {
  return STEERING_BODY_IN.test(text.slice(start, end));
}

/** Whether the name at `pos` is a steering or national committee's (`Ban Chỉ đạo …`). */
export function isSteeringBody(text: string, pos: number): boolean {
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
    ((steering || (options.bounded === true && LOWER_CASE_NAME_HEADS.test(text.slice(pos, comma)))) && startsLowerAfter(text, comma + 1)) ||
    (options.joint !== false && continuesJointIssuer(text, pos, comma)) ||
    isNameComma(text, comma);
  let i = pos;
  let words = 0;
  let end = pos;
  let stop: IssuerRead['stop'] = 'end';
  let phrase: IssuerStopPhrase | null = null;
  for (;;) {
    // whitespace before the next word
    let j = i;
    let newlines = 0;
    while (j < text.length && /\s/.test(text.charAt(j))) {
      if (text[j] === '\n') newlines++;
      j++;
    }
    if (j >= text.length) { stop = 'end'; break; }
    if (words > 0 && newlines >= 2) { stop = 'paragraph'; break; }
    if (words > 0 && newlines === 1 && PARAGRAPH_OPENER.test(text.slice(j, j + 24))) { stop = 'paragraph'; break; }
    const c = text.charAt(j);
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
      if (headAhead(text, j)) { stop = 'head'; break; }
    }
    // the word itself
    let k = j;
    while (k < text.length && !/\s/.test(text.charAt(k)) && !ISSUER_STOP_CHAR_SET.has(text.charAt(k))) k++;
    let word = text.slice(j, k);
    if (word.endsWith('.')) {
      const next = text.slice(k).match(/^\s*(\S)/u);
      const continues = ISSUER_ABBREVIATIONS.includes(word) && next !== null && STARTS_UPPER.test((next[1] ?? ''));
      if (!continues) {
        word = word.replace(/[./]+$/u, '');
        if (word) { words++; end = j + word.length; }
        stop = 'sentence';
        break;
      }
    }
    if (k < text.length && ISSUER_STOP_CHAR_SET.has(text.charAt(k))) {
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
  // `của đồng chí Bí thư Tỉnh ủy`: a person named by the office held.
  const named = issuer.replace(/^đồng chí\s+/u, '');
  if (!issuer || !STARTS_UPPER.test(named) || NOT_ISSUER_START.test(named)) return null;
  return { issuer, end, stop, phrase };
}

const ISSUER_LEAD_READER = vre(ISSUER_LEAD, 'yiu');
/** Verbs that open the document's matter after `về` (`về triển khai …`), never a committee's area. */
const MATTER_VERBS = 'việc|triển khai|thực hiện|tăng cường|tổ chức|ban hành|đẩy mạnh|tiếp tục|chấn chỉnh|hướng dẫn|quy định|phê duyệt|đề nghị|báo cáo|kiện toàn|thành lập';
/**
 * `về <a few words, no mark> về`: the area a steering body's name holds between two `về`; not when
 * the words after the first `về` open the document's matter with a verb (`MATTER_VERBS`) or hold a
 * number (a citation: `về tổng kết Nghị quyết số 18-NQ/TW về …`).
 */
const SECOND_ABOUT = vre(`^\\s+về\\s+(?!(?:${MATTER_VERBS})\\s)[^.;:()\\n\\d]{3,60}?(?=\\s+về\\s)`, 'u');
/** A national or central committee's name, which always carries its area (`Ban Chỉ đạo quốc gia`). */
const NATIONAL_BODY_END = /(?:quốc gia|Quốc gia|Trung ương|trung ương|TW)\s*$/u;
/**
 * `về <a few words> ,`: a steering body's area up to the comma that ends its clause (`của Văn phòng
 * thường trực Ban Chỉ đạo quốc gia về phòng thủ dân sự, để …`); not a verb that opens the matter.
 */
const AREA_TO_COMMA = vre(`^\\s+về\\s+(?!(?:${MATTER_VERBS})\\s)(?:[\\p{L}-]+\\s+){0,6}[\\p{L}-]+(?=\\s*[,;]|\\s*\\.(?:\\s|$))`, 'u');

/** `của <issuer>` starting at `pos`. */
export function readIssuer(text: string, pos: number, options: Pick<IssuerReadOptions, 'joint'> = {}): IssuerRead | null {
  ISSUER_LEAD_READER.lastIndex = pos;
  const m = ISSUER_LEAD_READER.exec(text);
  if (!m) return null;
  const start = pos + m[0].length;
  const read = readIssuerName(text, start, options);
  // (`Văn phòng thường trực Ban Chỉ đạo quốc gia về …`: an office of such a committee too.)
  if (read?.stop === 'phrase' && read.phrase?.inSteeringName && (isSteeringBody(text, start) || namesSteeringBody(text, start, read.end))) {
    // `Ban Chỉ đạo quốc gia về phòng, chống thiên tai …`: the name holds its `về`
    const longer = readIssuerName(text, start, { ...options, bounded: true });
    if (longer && longer.end > read.end && longer.stop !== 'limit') {
      const stopAt = stopPhraseAt(text, skipSpaces(text, read.end));
      const area = stopAt && (STEERING_NAME_AREAS.includes(stopAt.entry.phrase) ? stopAt : stopPhraseAt(text, skipSpaces(text, stopAt.end)));
      const ended = longer.stop === 'phrase' && longer.phrase !== null && STEERING_NAME_ENDS_AFTER_CODE.includes(longer.phrase.phrase);
      if (ended || (area && STEERING_NAME_AREAS.includes(area.entry.phrase))) return longer;
    }
    // `Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh về bảo đảm …`: a second `về` soon after the
    // first begins the document's matter; the name holds the first.
    // A national or central committee always names its area (`Ban Chỉ đạo quốc gia về phòng thủ dân
    // sự`); a local one's `về` may open the matter (`Ban Chỉ đạo tỉnh về công tác dân số`).
    const national = NATIONAL_BODY_END.test(text.slice(start, read.end));
    const second = SECOND_ABOUT.exec(text.slice(read.end, read.end + 90)) ?? (national ? AREA_TO_COMMA.exec(text.slice(read.end, read.end + 80)) : null);
    if (second) {
      const end = read.end + second[0].length;
      return { issuer: foldSpaces(text.slice(start, end)), end, stop: 'phrase', phrase: read.phrase };
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
export function readBareIssuer(text: string, pos: number): IssuerRead | null {
  ORGANISATION_AHEAD.lastIndex = pos;
  const m = ORGANISATION_AHEAD.exec(text);
  if (!m) return null;
  const start = pos + m[0].length;
  if (!STARTS_UPPER.test(text.slice(start, start + 1))) return null;
  const read = readIssuerName(text, start);
  if (!read || read.stop !== 'phrase' || !read.phrase?.opensSubject) return null;
  return read;
}

