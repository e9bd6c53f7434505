/** The scan: each head read into a citation clause. */
import { readCode, readDamagedLegalCode, repairedYear, type CodeRead } from './code.js';
import { fillFromContext } from './context.js';
import { readDate, readDescribedDate } from './date.js';
import { isJointCode, readBareIssuer, readIssuer } from './issuer.js';
import type { Citation, Repair } from './model.js';
import { findCitationHeads } from './tokenize.js';
import { correctedTypeName, resolveType, typeName, type TypeResolution } from './type.js';
import { SHAPES_AFTER_TYPE_NAME, STRONG_CODE_SHAPES, WEAK_CODE_SHAPES } from '../../domain/citation-patterns.js';



const CODE_AFTER_TYPE = /[ \t]*\n?[ \t]*/uy;

/** Read every citation head into a `Citation`, in text order. */
export function scanCitations(text: string): Citation[] {
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
      code = readCode(text, codeStart, SHAPES_AFTER_TYPE_NAME) ?? readRepairedCode(text, codeStart);
      if (!code) continue;
      resolution = { type: typeName(head.name!), start: head.start, via: 'type', listHead: -1 };
    } else {
      code = readCode(text, head.end, [...STRONG_CODE_SHAPES, ...WEAK_CODE_SHAPES]) ?? readRepairedCode(text, head.end);
      if (!code) continue;
      const previousIndex = citations.length - 1;
      resolution = resolveType(text, head, code, citations[previousIndex], previousIndex);
      if (!resolution) continue;
      if (WEAK_CODE_SHAPES.includes(code.shape) && resolution.via === 'unknown') continue;
    }
    lastCodeEnd = code.end;
    const citation = readClause(text, resolution, code);
    citation.repairs.push(...repairsOf(text, resolution, code, citation));
    citations.push(citation);
    lastCodeEnd = Math.max(lastCodeEnd, readBareMembers(text, citations));
  }
  for (const [i, citation] of citations.entries()) {
    if (citation.date === null && citation.shape === 'legal') citation.date = readDescribedDate(text, citation.code, citation.end, citations[i + 1]?.start ?? text.length);
  }
  return citations;
}

/** `và`, `hoặc` or a comma, then a code without its `số`. */
const BARE_MEMBER_LEAD = /[ \t]*(?:,[ \t]*(?:và|hoặc)?|và|hoặc)[ \t]+(?=[0-9])/uy;

/**
 * `các Nghị định số 10/2023/NĐ-CP và 11/2023/NĐ-CP của Chính phủ`: codes that follow a citation
 * without their own `số` are members of its list, of its type, when their shape alone says they
 * are codes (`11/2023/NĐ-CP`, not `11/2023`). Returns where the last one ends.
 */
function readBareMembers(text: string, citations: Citation[]): number {
  let end = 0;
  for (let previous = citations.at(-1); previous?.type; previous = citations.at(-1)) {
    BARE_MEMBER_LEAD.lastIndex = previous.end;
    const lead = BARE_MEMBER_LEAD.exec(text);
    if (!lead) break;
    const at = previous.end + lead[0].length;
    const code = readCode(text, at, STRONG_CODE_SHAPES);
    if (!code) break;
    const listHead = previous.listHead >= 0 ? previous.listHead : citations.length - 1;
    citations.push(readClause(text, { type: previous.type, start: at, via: 'list', listHead }, code));
    end = code.end;
  }
  return end;
}

/** A code whose start is read apart from its shape's rules, checked and completed later. */
interface RepairableCode extends CodeRead {
  /** The year group as written, where it is no year (`25010`). */
  damagedYear?: { digits: string; number: string; rest: string };
}

/**
 * `45/25010/NĐ-CP ngày 21/4/2010`: a legal code whose year has a digit too many is read with the
 * year of the date right after it; without that date it is left alone.
 */
function readRepairedCode(text: string, pos: number): RepairableCode | null {
  const damaged = readDamagedLegalCode(text, pos);
  if (!damaged) return null;
  const date = readDate(text, damaged.end);
  const year = date ? repairedYear(damaged.yearDigits, date.date.slice(0, 4)) : null;
  if (!year) return null;
  return {
    code: `${damaged.number}/${year}/${damaged.rest}`,
    shape: 'legal',
    start: pos,
    end: damaged.end,
    rejoined: false,
    damagedYear: { digits: damaged.yearDigits, number: damaged.number, rest: damaged.rest },
  };
}

/** The repairs made to read one citation, with their spans. */
function repairsOf(text: string, resolution: TypeResolution, code: RepairableCode, citation: Citation): Repair[] {
  const repairs: Repair[] = [];
  if (resolution.written) {
    const corrected = correctedTypeName(resolution.written.text);
    if (corrected) {
      repairs.push({
        ruleId: 'reference/type-corrected',
        message: `"${resolution.written.text}" read as the type "${corrected}" (a damaged type name)`,
        start: resolution.written.start,
        end: resolution.written.end,
      });
    }
  }
  if (code.rejoined) {
    repairs.push({ ruleId: 'reference/code-rejoined', message: `"${code.code}" read as one code across a line break`, start: code.start, end: code.end });
  }
  if (code.damagedYear) {
    const written = `${code.damagedYear.number}/${code.damagedYear.digits}/${code.damagedYear.rest}`;
    repairs.push({
      ruleId: 'reference/code-corrected',
      message: `"${written}" read as "${citation.code}": its year has a digit too many and the date that follows is of ${citation.code.split('/')[1]}`,
      start: code.start,
      end: code.end,
    });
  }
  return repairs;
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
    repairs: [],
    ...(resolution.colonList ? { colonList: true } : {}),
  };
  let pos = code.end;
  const date = readDate(text, pos);
  if (date) {
    citation.date = date.date;
    pos = date.end;
  }
  const issuer = readIssuer(text, pos, { joint: isJointCode(code.code) }) ?? (date ? readBareIssuer(text, pos) : null);
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
  if (!citation.issuer && resolution.issuerAt !== undefined) {
    // `các Nghị định của Chính phủ: số …`: the issuer named once before the list.
    const before = readIssuer(text, resolution.issuerAt);
    if (before) {
      citation.issuer = before.issuer;
      citation.issuerSource = 'before';
    }
  }
  if (resolution.via !== 'list') fillFromContext(text, citation);
  return citation;
}

export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  return pos;
}

