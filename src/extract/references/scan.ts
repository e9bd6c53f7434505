/** The scan: each head read into a citation clause. */
import { readCode, type CodeRead } from './code.js';
import { fillFromContext } from './context.js';
import { readDate } from './date.js';
import { readBareIssuer, readIssuer } from './issuer.js';
import type { Citation } from './model.js';
import { findCitationHeads } from './tokenize.js';
import { resolveType, typeName, type TypeResolution } from './type.js';
import { STRONG_CODE_SHAPES, WEAK_CODE_SHAPES } from '../../domain/citation-patterns.js';



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

export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  return pos;
}

