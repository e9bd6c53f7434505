/** Reading backward: the type of a `số <code>` head. */
import { nearestName } from '../../domain/fuzzy.js';
import type { CodeRead } from './code.js';
import { STARTS_UPPER } from './issuer.js';
import { foldSpaces, type Citation } from './model.js';
import type { CitationHead } from './tokenize.js';
import { KEPT_QUALIFIED_TYPES, LIST_CONNECTOR, MAX_LAW_NAME_WORDS, MAX_TYPE_QUALIFIER_WORDS, MAX_UNKNOWN_TYPE_WORDS, NAMED_LAW_TYPES, NOT_TYPE_QUALIFIERS, STRONG_CODE_SHAPES, TYPE_NAME_ALTERNATION, TYPE_QUALIFIER_AT_END, WORD_END, WORD_START, phrasePattern } from '../../domain/citation-patterns.js';
import { DOCUMENT_TYPE_NAMES, documentTypeByCode, documentTypeByName } from '../../domain/document-types.js';
import { documentTypeOfNumber, parseDocumentNumber } from '../number.js';
import { LOWER, UPPER, foldKey, vre } from '../../domain/vietnamese.js';



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

/**
 * A list introduced by its type and issuer (`các Nghị định của Chính phủ: số 63/2010/NĐ-CP …, số
 * 92/2017/NĐ-CP …`): the type (group 1) and where its `của` issuer starts (group 2), before a colon.
 */
const LIST_TYPE_BEFORE_COLON = vre(`${WORD_START}(?:các|những|Các|Những)\\s+(${TYPE_NAME_ALTERNATION})(?:\\s+(của)\\s+[^:;.\\n]{2,100})?\\s*:\\s*$`, 'iu');

/** A type code as a word before `số`: capitals, and the lower-case letter some codes have (`TTr`). */
const TYPE_CODE_AT_END = vre(`${WORD_START}([${UPPER}][${UPPER}]?[${UPPER}a-zđ]{0,2})[ \\t]+$`, 'u');

const UNKNOWN_TYPE_AT_END = vre(
  `${WORD_START}([${UPPER}][${LOWER}]*(?:[ \\t]+[${LOWER}]+){1,${MAX_UNKNOWN_TYPE_WORDS - 1}})[ \\t]+$`,
  'u',
);

/** Sentence case of a type as written: the table's name when it is one, else `Xxx yyy`. */
export function typeName(written: string): string {
  const entry = documentTypeByName(written);
  if (entry) return entry.name;
  // OCR damaged the name (`Nghị đmh`, `Hướng dân`): the one known name within a letter or two.
  const near = nearestName(written, DOCUMENT_TYPE_NAMES);
  if (near) return documentTypeByName(near.name)?.name ?? near.name;
  const folded = foldSpaces(written).toLowerCase();
  return folded.charAt(0).toUpperCase() + folded.slice(1);
}

/**
 * The known type a damaged name stands for (`Nghị đmh` → `Nghị định`), or null when the name is
 * written right or is no known type at all.
 */
export function correctedTypeName(written: string): string | null {
  if (documentTypeByName(written)) return null;
  const near = nearestName(written, DOCUMENT_TYPE_NAMES);
  return near ? documentTypeByName(near.name)?.name ?? near.name : null;
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
    const cut = n === words.length ? m.index : m.index + m[0].indexOf((qualifier[0] ?? ''), (m[1] ?? '').length);
    const type = TYPE_AT_END.exec(before.slice(0, cut));
    if (!type) continue;
    const kept = KEPT_QUALIFIED_TYPE_BY_KEY.get(foldKey(`${type[1]} ${qualifier.join(' ')}`));
    return { type: kept ?? typeName((type[1] ?? '')), index: type.index };
  }
  return null;
}

export interface TypeResolution {
  type: string;
  start: number;
  via: Citation['via'];
  listHead: number;
  /** The type name as written, where it is not a known name (`Hiệp định`, `Nghị đmh`). */
  written?: { text: string; start: number; end: number };
  /** Where a `của …` issuer named before the code starts (a list's `các Nghị định của Chính phủ:`). */
  issuerAt?: number;
  /** The citation belongs to a list introduced before a colon; its members may carry a trích yếu. */
  colonList?: boolean;
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
export function resolveType(text: string, head: CitationHead, code: CodeRead, previous: Citation | undefined, previousIndex: number): TypeResolution | null {
  const before = text.slice(Math.max(0, head.start - 48), head.start);
  const direct = TYPE_AT_END.exec(before);
  const isQuocHoi = code.shape === 'legal' && /\/(?:UBTV)?QH[0-9]*$/iu.test(code.code);
  if (direct) {
    const written = (direct[1] ?? '');
    const start = head.start - before.length + direct.index;
    if (!STARTS_UPPER.test(written) && isQuocHoi) {
      const law = findLawHead(text, head.start, isQuocHoi);
      if (law) return { type: law.type, start: law.start, via: 'law', listHead: -1 };
    }
    // `Thông báo kết luận số 845-TB/TU`: two type names; the one the code's type code names is the type.
    const outer = TYPE_AT_END.exec(before.slice(0, direct.index));
    const numbering = outer ? parseDocumentNumber(code.code)?.numbering : undefined;
    const coded = numbering ? documentTypeOfNumber(numbering) : null;
    if (outer && coded !== null && coded === typeName(outer[1] ?? '') && coded !== typeName(written)) {
      return { type: coded, start: head.start - before.length + outer.index, via: 'type', listHead: -1 };
    }
    return { type: typeName(written), start, via: 'type', listHead: -1 };
  }
  // `các Nghị định …: số A ngày … về …; số B …`: a member after its predecessor's trích yếu.
  if (previous?.colonList && previous.type && previous.end <= head.start && head.start - previous.end <= 300) {
    const gap = text.slice(previous.end, head.start);
    if (/[;,][ \t]*\n?[ \t]*(?:[-–+•][ \t]*)?$/u.test(gap) && !/\.(?:\s|$)|\n[ \t]*\n|:/u.test(gap)) {
      const listHead = previous.listHead >= 0 ? previous.listHead : previousIndex;
      return { type: previous.type, start: head.start, via: 'list', listHead, colonList: true };
    }
  }
  if (previous && previous.type && previous.end <= head.start && head.start - previous.end <= 24) {
    if (LIST_CONNECTOR.test(text.slice(previous.end, head.start))) {
      const listHead = previous.listHead >= 0 ? previous.listHead : previousIndex;
      return { type: previous.type, start: head.start, via: 'list', listHead, ...(previous.colonList ? { colonList: true } : {}) };
    }
  }
  // `QĐ số 1102/QĐ-UBND`, `CV số 533/UBND-VP`: a type written as its code (NĐ 30 Phụ lục III).
  const abbreviation = TYPE_CODE_AT_END.exec(before);
  const byCode = abbreviation ? documentTypeByCode(abbreviation[1] ?? '') : undefined;
  if (abbreviation && byCode) return { type: byCode.name, start: head.start - before.length + abbreviation.index, via: 'type', listHead: -1 };
  const qualified = qualifiedType(before);
  if (qualified) return { type: qualified.type, start: head.start - before.length + qualified.index, via: 'type', listHead: -1 };
  const listIntro = text.slice(Math.max(0, head.start - 160), head.start);
  const listed = LIST_TYPE_BEFORE_COLON.exec(listIntro);
  if (listed) {
    const at = head.start - listIntro.length;
    const issuerAt = listed[2] === undefined ? undefined : at + listed.index + listed[0].indexOf(listed[2], (listed[1] ?? '').length + 3);
    return { type: typeName(listed[1] ?? ''), start: head.start, via: 'type', listHead: -1, colonList: true, ...(issuerAt === undefined ? {} : { issuerAt }) };
  }
  if (code.shape === 'legal') {
    const law = findLawHead(text, head.start, isQuocHoi);
    if (law) return { type: law.type, start: law.start, via: 'law', listHead: -1 };
  }
  if (STRONG_CODE_SHAPES.includes(code.shape)) {
    const near = text.slice(Math.max(0, head.start - 40), head.start);
    const unknown = UNKNOWN_TYPE_AT_END.exec(near);
    if (unknown) {
      const written = unknown[1] ?? '';
      const start = head.start - near.length + unknown.index;
      return { type: typeName(written), start, via: 'unknown', listHead: -1, written: { text: written, start, end: start + written.length } };
    }
  }
  return null;
}

