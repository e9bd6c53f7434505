/**
 * Lines that stamps put on the page: a digital signature's visible block and the incoming-mail
 * stamp. They are found before the header is read so that they are never the agency, the number or
 * the signer; the signature blocks are kept whole for `digitalSignatures`.
 */
import { EMAIL_LINE, INCOMING_STAMP_FIELD, INCOMING_STAMP_HEAD, isSignatureStampLine, STAMP_PUBLISHERS, STAMP_TIME, stampLabelOf } from '../domain/stamps.js';
import type { ClassifiedLine, LineKind } from './classify.js';
import { lineAt } from './types.js';

export interface StampBlock {
  readonly kind: 'signature' | 'incoming';
  /** Indices of the block's lines, in order. */
  readonly lines: readonly number[];
}

/** Kinds that belong to the document's own header: a stamp block never takes them. */
const DOCUMENT_KINDS: ReadonlySet<LineKind> = new Set([
  'nationalTitle', 'motto', 'partyTitle', 'organisationTitle', 'number', 'placeDate', 'typeHeading', 'letterSubject', 'recipientsLabel', 'numbered', 'basis', 'authority', 'distributionLabel',
]);

/** Kinds that show the header has begun: above them, a stamp's unlabelled lines may stand. */
const HEADER_KINDS: ReadonlySet<LineKind> = new Set(['nationalTitle', 'motto', 'partyTitle', 'organisationTitle', 'number', 'placeDate', 'typeHeading', 'letterSubject']);

/** How far (in lines) a stamp's next field may be: other columns of the page stand between. */
const FIELD_REACH = 3;

const isCertain = isSignatureStampLine;

function isField(text: string): boolean {
  return stampLabelOf(text) !== null || STAMP_TIME.test(text) || EMAIL_LINE.test(text) || STAMP_PUBLISHERS.test(text);
}

/** The stamp blocks of a document, top to bottom. */
export function findStamps(lines: readonly ClassifiedLine[]): StampBlock[] {
  const blocks: StampBlock[] = [];
  const taken = new Set<number>();
  let headerSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const { kind, line } = lineAt(lines, i);
    if (taken.has(i)) continue;
    if (INCOMING_STAMP_HEAD.test(line.text)) {
      const block = [i];
      for (let j = i + 1; j < lines.length && j <= (block[block.length - 1] ?? i) + FIELD_REACH; j++) {
        if (INCOMING_STAMP_FIELD.test(lineAt(lines, j).line.text)) block.push(j);
      }
      if (!headerSeen) block.unshift(...receivingOffice(lines, i, block[block.length - 1] ?? i, taken));
      block.forEach((b) => taken.add(b));
      blocks.push({ kind: 'incoming', lines: block });
      continue;
    }
    if (!isCertain(line.text) || DOCUMENT_KINDS.has(kind)) {
      if (HEADER_KINDS.has(kind)) headerSeen = true;
      continue;
    }
    const block = new Set<number>([i]);
    // Fields below, then above (other columns' lines may stand between them: beside a Nơi nhận list
    // read row by row every other line is an entry, so the reach counts the stamp's column only).
    for (let j = i + 1, seen = 0; j < lines.length && seen <= FIELD_REACH; j++) {
      const below = lineAt(lines, j).line;
      if (below.column !== line.column && below.split) continue;
      seen++;
      if (isField(below.text)) {
        block.add(j);
        seen = 0;
      }
    }
    for (let j = i - 1, first = i; j >= 0 && j >= first - FIELD_REACH && !taken.has(j); j--) {
      if (isField(lineAt(lines, j).line.text)) {
        block.add(j);
        first = j;
      }
    }
    // Above the header, the unlabelled lines of the appearance (the signer's name wrapped over two
    // lines, the place) stand in the stamp's column right above it, without a blank line between.
    if (!headerSeen) {
      let top = Math.min(...block);
      while (top > 0) {
        const above = lineAt(lines, top - 1);
        const below = lineAt(lines, top).line;
        const field = isField(above.line.text);
        if (below.gapBefore || taken.has(top - 1) || (DOCUMENT_KINDS.has(above.kind) && !field) || above.line.column !== line.column || above.line.text.length > 60) break;
        block.add(top - 1);
        top--;
      }
    }
    // A value the stamp's narrow box wrapped (`Ký bởi: Ủy ban nhân dân` / `tỉnh Quảng Ngãi` /
    // `Thời gian ký: …`): a short line of the stamp's column between two of its fields.
    const first = Math.min(...block);
    const last = Math.max(...block);
    for (let j = first + 1; j < last; j++) {
      const between = lineAt(lines, j);
      if (!block.has(j) && !taken.has(j) && between.line.column === line.column && between.line.text.length <= 40 && !DOCUMENT_KINDS.has(between.kind)) block.add(j);
    }
    const sorted = [...block].sort((a, b) => a - b);
    sorted.forEach((b) => taken.add(b));
    blocks.push({ kind: 'signature', lines: sorted });
  }
  return blocks;
}

/**
 * The receiving office's name heads its incoming stamp (`SỞ TƯ PHÁP` / `ĐẾN Số: 1234` / `Ngày: …`).
 * Above the header, capitals right above `ĐẾN` are that name when the document's own agency (more
 * capitals) follows the stamp; otherwise they are the agency itself, and stay.
 */
function receivingOffice(lines: readonly ClassifiedLine[], head: number, last: number, taken: ReadonlySet<number>): number[] {
  // (A signature stamp may stand between the incoming stamp and the header.)
  let next = last + 1;
  while (next < lines.length && (lines[next]?.kind === 'stamp' || isField(lineAt(lines, next).line.text))) next++;
  const after = lines[next];
  if (after === undefined || after.kind !== 'caps') return [];
  const office: number[] = [];
  for (let j = head - 1; j >= 0 && j >= head - 2; j--) {
    const { kind, line } = lineAt(lines, j);
    if (taken.has(j) || kind !== 'caps' || line.text.length > 60) break;
    office.unshift(j);
    if (line.gapBefore) break;
  }
  return office;
}
