/** Context fills what a clause lacks: the subject of an issuing verb, `của X tại <Loại> số …`. */
import { isoFromGroups } from './date.js';
import { ISSUER_STOP_CHAR_SET, PREVIOUS_WORD, STARTS_UPPER, readIssuerName } from './issuer.js';
import type { Citation } from './model.js';
import { ACTING_VERB_BEFORE_HEAD, ACTING_VERB_NOT_AFTER, AGREEING_VERB_BEFORE_HEAD, SECOND_ISSUER_BEFORE_HEAD, SENT_DOCUMENT_TYPES, CLAUSE_OPENER, DATE_BEFORE_VERB, ENDS_WITH_ISSUING_VERB, ISSUER_ABBREVIATIONS, ISSUER_BEFORE_HEAD, ISSUER_TITLES, MAX_ISSUER_WORDS, NOT_ORGANISATION_NAMES, ORGANISATION_STARTERS, WORD_END, WORD_START, phrasePattern } from '../../domain/citation-patterns.js';
import { UPPER, foldKey, vre } from '../../domain/vietnamese.js';


const ENDS_WITH_TAI = /tại\s+(?:các\s+)?$/u;
const ENDS_WITH_THEO = /theo\s+(?:các\s+)?$/u;
const SENT_TYPES: ReadonlySet<string> = new Set(SENT_DOCUMENT_TYPES);

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
    words.push((m[1] ?? ''));
    if (NAME_WORD.lastIndex < text.length && !/\s/u.test(text.charAt(NAME_WORD.lastIndex))) break; // punctuation ends the words
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
  const verb = ACTING_VERB_BEFORE_HEAD.exec(end) ?? AGREEING_VERB_BEFORE_HEAD.exec(end);
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
    const c = text.charAt(i - 1);
    if (c !== ',' && ISSUER_STOP_CHAR_SET.has(c)) break;
    if (/\s/u.test(c) && i < text.length && !/\s/u.test(text.charAt(i)) && ++words >= MAX_ISSUER_WORDS) break;
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
    const c = text.charAt(i - 1);
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
  if (dot + 1 < text.length && !/\s/u.test(text.charAt(dot + 1))) return false;
  const word = PREVIOUS_WORD.exec(text.slice(Math.max(0, dot - 8), dot));
  return !(word && ISSUER_ABBREVIATIONS.includes(`${word[1]}.`));
}

/**
 * The subject of an issuing verb at the end of `before` (`…; Ủy ban nhân dân tỉnh đã ban hành `),
 * read back to the start of its clause over openers (`Thực hiện …,`, `Ngày 26/4/2013,`): only a
 * clean organisation name that fills the clause. With the date of a `Ngày …` opener or of a
 * `ngày …` between the name and the verb.
 */
function subjectOfIssuingVerb(before: string, fromTextStart: boolean, sentDated: boolean): { issuer: string; date: string | null } | null {
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
  // So does a `có` before a dated document that an agency sends (`Hội Làm vườn có Văn bản số 01/HLV
  // ngày 30/7/2024`).
  const bareHave = /^có\s*$/u.test(verb[0].trim()) && !sentDated;
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
  // `Tham mưu Sở trình Ủy ban nhân dân tỉnh ban hành Quyết định số …`: the body asked to issue it.
  if (/ban\s+hành\s*$/u.test(verb[0])) {
    let asked: RegExpExecArray | null = null;
    for (const m of clause.matchAll(ASKED_TO_ISSUE)) asked = m;
    if (asked) {
      const nameStart = asked.index + asked[0].length;
      const read = organisationAt(clause, nameStart) ? readIssuerName(clause, nameStart, { bounded: true }) : null;
      if (read && read.stop === 'end' && read.end === clause.length) return { issuer: read.issuer, date };
    }
  }
  return null;
}

/** Words before the body asked to issue a document (`trình`, `đề nghị`, `kiến nghị`, `tham mưu cho`). */
const ASKED_TO_ISSUE = vre(/(?:^|\s)(?:trình|đề nghị|kiến nghị|tham mưu cho)\s+(?=\p{Lu})/gu);

/**
 * Fill date/issuer from the text before the head: the subject of an issuing verb
 * (`Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành …`, `…; UBND tỉnh đã ban hành …`),
 * `của X tại <Loại> số …`, or `X <verb> tại <Loại> số …` (`Sở Tư pháp thẩm định tại Báo cáo số …`).
 */
export function fillFromContext(text: string, citation: Citation): void {
  if (citation.date && citation.issuer) return;
  const from = Math.max(0, citation.start - 320);
  const before = text.slice(from, citation.start);
  // cheap tail checks first: the clause is only read back where a verb ends the text
  const sentDated = citation.date !== null && citation.type !== null && SENT_TYPES.has(citation.type);
  const subject = ENDS_WITH_ISSUING_VERB.test(before) ? subjectOfIssuingVerb(before, from === 0, sentDated) : null;
  if (subject) {
    if (!citation.date && subject.date) citation.date = subject.date;
    if (!citation.issuer) {
      citation.issuer = subject.issuer;
      citation.issuerSource = 'before';
    }
    return;
  }
  if (!citation.issuer && (ENDS_WITH_TAI.test(before) || ENDS_WITH_THEO.test(before))) {
    const tail = before.slice(-200);
    const by = ENDS_WITH_TAI.test(before) ? agentBeforeActingVerb(tail) ?? issuerOfTai(tail) ?? secondIssuerOfTai(tail) : agentBeforeActingVerb(tail);
    if (by) {
      citation.issuer = by;
      citation.issuerSource = 'before';
    }
  }
}

/**
 * B of `của A tại <citation> và B tại ` at the end of `before`, when B is an organisation or a
 * title whose words read as one issuer name, and a `của` opens the sentence's first issuer.
 */
function secondIssuerOfTai(before: string): string | null {
  const by = SECOND_ISSUER_BEFORE_HEAD.exec(before);
  if (!by || !/của\s/u.test(before.slice(0, by.index))) return null;
  const start = by.index + by[0].indexOf((by[1] ?? ''));
  if (!organisationAt(before, start)) return null;
  const name = before.slice(0, start + (by[1] ?? '').length);
  const read = readIssuerName(name, start, { bounded: true });
  return read && read.stop === 'end' && read.end === name.length ? read.issuer : null;
}

/** X of `của X tại ` at the end of `before`, when X reads as one issuer name. */
function issuerOfTai(before: string): string | null {
  const by = ISSUER_BEFORE_HEAD.exec(before);
  if (!by) return null;
  const start = by.index + by[0].indexOf((by[1] ?? ''));
  const name = before.slice(0, start + (by[1] ?? '').length);
  const read = readIssuerName(name, start, { bounded: true });
  return read && read.stop === 'end' && read.end === name.length ? read.issuer : null;
}

