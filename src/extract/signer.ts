/**
 * The signature block: the chain of authority lines (TM./KT./TL./TUQ./Q., Party T/M, K/T, T/L),
 * the signer's position and name. `(Đã ký)` and stamp lines are dropped. A block flattened into one
 * cell (`KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A`) is split at the prefixes, the name, and a known
 * position at the end of the last title.
 */
import { nearestName } from '../domain/fuzzy.js';
import { AUTHORITY_ANYWHERE, AUTHORITY_LINE, authorityPrefixOf, PARTY_COLLECTIVES, PARTY_SECRETARY_POSITIONS, SIGNATURE_MARK, SIGNER_POSITIONS, STAMP_NOISE } from '../domain/signature.js';
import { caseless } from '../domain/patterns.js';
import { isUpperCaseText, vre } from '../domain/vietnamese.js';
import { sliceLine, type Line } from '../lines/line.js';
import { initialsOf } from './symbol-initials.js';
import { isTypeCodeGroup } from '../domain/document-types.js';
import type { Header, Signer } from '../schema/document.js';
import { isPersonName, isStampNoise, isUpperCasePersonName, NAME_PREFIX, stripSignedMark } from '../zones/index.js';
import type { ExtractContext } from './context.js';

type Item =
  | { kind: 'authority'; written: string; title: string; line: Line; from: number }
  | { kind: 'caps'; line: Line }
  | { kind: 'name'; line: Line };

const TRAILING_NAME = vre(/(?:^|\s)((?:\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*\s+){1,5}\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*)\s*(?:[([]\s*[Đđ]ã\s*[Kk]ý\s*[)\]])?\s*$/u);

/** A signature block with nothing found. */
export function emptySigner(): Signer {
  return { authority: null, onBehalfOf: null, position: null, name: null, chain: [], titles: [], signed: false };
}

/** What of the header the signer depends on: a Party committee's lost authority line is inferred from it. */
export type SignerHeaderFacts = Pick<Header, 'family' | 'agency'> & Partial<Pick<Header, 'symbol' | 'place'>>;

/** A purpose note in brackets, in lower case (`(báo cáo)`, `(để b/c)`, `(để thực hiện)`). */
const PURPOSE_NOTE = vre(/^\(\s*\p{Ll}[^()]{0,40}\)$/u);

export interface SignatureBlocks {
  /** The signer: the only block, or of two side by side the lead issuer's (see `extractSigners`). */
  readonly signer: Signer;
  /** The other signers of a joint document, left to right. */
  readonly cosigners: Signer[];
}

/**
 * The signature block, or a joint document's blocks side by side: the lead issuer's block (the body
 * the ký hiệu names first, else the right-hand one, where a lone signer stands) is the signer.
 */
export function extractSigners(ctx: ExtractContext, extra: Line | null, header: SignerHeaderFacts | null = null): SignatureBlocks {
  const lines: Line[] = [];
  if (extra) lines.push(extra);
  for (const index of ctx.zones.signer) lines.push(ctx.line(index).line);
  const [left, right] = signatureColumns(lines);
  if (left && right) {
    // The lead issuer's block is the signer: the one whose body the ký hiệu names first
    // (`HDLN-SYT-STC`: `TM. SỞ Y TẾ`), else the right-hand one, where a lone signer stands.
    const rank = (block: readonly Line[]) => issuerRank(block, header?.symbol ?? null);
    const [leftRank, rightRank] = [rank(left), rank(right)];
    const leftLeads = leftRank !== null && (rightRank === null ? leftRank === 0 : leftRank < rightRank);
    const [lead, other] = leftLeads ? [left, right] : [right, left];
    ctx.report('signer/joint', `Two signature blocks stand side by side: the ${leftLeads ? 'left' : 'right'} one is the signer, the other is in cosigners`, ctx.place(other[0]!));
    return { signer: readSignatureBlock(ctx, lead, header, '/signer'), cosigners: [readSignatureBlock(ctx, other, header, '/cosigners/0')] };
  }
  const signer = readSignatureBlock(ctx, lines, header, '/signer');
  if (ctx.zones.signer.length > 0 && signer.name === null) {
    ctx.report('signer/name-missing', "The signer's name was not found in the signature block");
  }
  if (ctx.zones.signer.length === 0) ctx.report('signer/missing', 'No signature block was found');
  return { signer, cosigners: [] };
}

/**
 * A joint document's signers side by side (`TM. BAN THƯỜNG VỤ TỈNH ĐOÀN      KT. GIÁM ĐỐC`): the
 * block's lines by layout column, when each column holds a signer of its own (an authority line
 * or a title in capitals, and a name: `THƯ KÝ` and `CHỦ TRÌ` of a biên bản too); else nothing.
 */
function signatureColumns(lines: readonly Line[]): [Line[] | null, Line[] | null] {
  const columns: [Line[], Line[]] = [[], []];
  for (const line of lines) columns[line.column === 1 ? 1 : 0].push(line);
  const nameOf = (column: readonly Line[]) => column.find((l) => isPersonName(stripSignedMark(l.text)));
  const titled = (column: readonly Line[]) => column.some((l) => l.text.search(AUTHORITY_ANYWHERE) >= 0 || isUpperCaseText(l.text));
  const [leftName, rightName] = [nameOf(columns[0]), nameOf(columns[1])];
  if (!leftName || !rightName || !titled(columns[0]) || !titled(columns[1])) return [null, null];
  // The two names on one row (of the page or of a table): blocks signed side by side.
  const oneRow = leftName.split && leftName.sourceLine === rightName.sourceLine;
  const oneTableRow = leftName.cell !== null && rightName.cell !== null && leftName.cell.table === rightName.cell.table && leftName.cell.row === rightName.cell.row;
  return oneRow || oneTableRow ? columns : [null, null];
}

/**
 * Which group of the ký hiệu names the body a signature block signs for: the initials of a run of
 * the block's title words (`BAN THƯỜNG VỤ TỈNH ĐOÀN` → `TĐ` of `KHLT-SGDĐT-TĐ` → 2); null when none does.
 */
function issuerRank(block: readonly Line[], symbol: string | null): number | null {
  if (!symbol) return null;
  // The issuers' groups: not the type code (`KHLT`, `HDLN`: a type code and liên tịch/liên ngành) nor a year.
  const groups = symbol.toUpperCase().split(/[/-]/u).filter((g) => g.length >= 2 && !/^\d+$/u.test(g) && !isTypeCodeGroup(g));
  const titles = block.filter((l) => isUpperCaseText(l.text)).map((l) => l.text.replace(AUTHORITY_LINE, ''));
  let best: number | null = null;
  for (const title of titles) {
    const words = title.split(/\s+/u);
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 2; to <= words.length; to++) {
        const at = groups.indexOf(initialsOf(words.slice(from, to).join(' ')));
        if (at >= 0 && (best === null || at < best)) best = at;
      }
    }
  }
  return best;
}


type SignerPointer = '/signer' | '/cosigners/0';

function readSignatureBlock(ctx: ExtractContext, lines: readonly Line[], header: SignerHeaderFacts | null, pointer: SignerPointer): Signer {
  const signer = emptySigner();
  const items: Item[] = [];
  for (const line of lines) {
    // `- Thường trực Tỉnh ủy,      (báo cáo)`: a note bracketed beside Nơi nhận entries, read into the
    // signer's column; no title.
    if (PURPOSE_NOTE.test(line.text) && !SIGNATURE_MARK.test(line.text)) {
      ctx.report('distribution/aside-left-out', `"${line.text}" stands beside the Nơi nhận entries, set off by a wide gap: a note, not part of the signature`, ctx.place(line));
      continue;
    }
    if (SIGNATURE_MARK.test(line.text) || (STAMP_NOISE.test(line.text) && line.text.length <= 12) || isStampNoise(line.text) || isScribble(line.text)) {
      signer.signed = true;
      continue;
    }
    for (const part of splitAtSignedMark(line)) {
      if (part !== line) signer.signed = true;
      items.push(...itemsOf(part));
    }
  }
  mergeWrappedTitles(items);
  splitFlattenedPosition(items);
  if (dropSealText(items, header)) signer.signed = true;
  // No mixed-case name: the last capitals line is the name when it reads as one, titles stand above
  // it and the signing space (blank lines or a signed mark) separates them.
  const last = items[items.length - 1];
  const separated = last !== undefined && (last.line.gapBefore || signer.signed);
  if (last?.kind === 'caps' && separated && items.length > 1 && !items.some((i) => i.kind === 'name') && isUpperCasePersonName(last.line.text)) {
    items[items.length - 1] = { kind: 'name', line: last.line };
  }

  const nameIndex = items.findIndex((i) => i.kind === 'name');
  const name = nameIndex >= 0 ? (items[nameIndex] as { line: Line }).line : null;
  const before = nameIndex >= 0 ? items.slice(0, nameIndex) : items;
  for (const item of before) {
    if (item.kind === 'authority') {
      const prefix = authorityPrefixOf(item.written);
      if (prefix) signer.chain.push({ prefix, written: item.written, title: item.title });
    } else if (item.kind === 'caps') {
      signer.titles.push(item.line.text);
    }
  }
  const first = before.find((i) => i.kind === 'authority');
  if (first && first.kind === 'authority') {
    signer.authority = authorityPrefixOf(first.written);
    if (signer.authority && /[,:1I|]/.test(first.written)) {
      const how = /[1I|]/.test(first.written) ? 'a one or an I for the L' : 'the dot read as a comma or a colon';
      ctx.report('keyword/corrected', `"${first.written}" read as "${signer.authority}." (${how})`, ctx.place(first.line, first.from, first.from + first.written.length));
    }
    signer.onBehalfOf = first.title;
    ctx.record(`${pointer}/authority`, first.line, first.from, first.from + first.written.length);
    ctx.record(`${pointer}/onBehalfOf`, first.line, first.line.text.indexOf(first.title, first.from), first.line.text.indexOf(first.title, first.from) + first.title.length);
  }
  const lastLink = signer.chain.at(-1);
  const lastCapsIndex = before.map((i) => i.kind).lastIndexOf('caps');
  const lastCaps = before[lastCapsIndex];
  if (lastCaps && lastCaps.kind === 'caps') {
    signer.position = lastCaps.line.text;
    ctx.record(`${pointer}/position`, lastCaps.line);
    // `VỤ TRƯỞNG` / `VỤ CẢI CÁCH HÀNH CHÍNH`: a head's title wrapped before the unit it heads.
    const above = before[lastCapsIndex - 1];
    // `CHI CỤC TRƯỞNG CHI CỤC THUẾ` / `KHU VỰC II`: a title wrapped before the area of the unit it names.
    const areaWrap = above?.kind === 'caps' && !isKnownPosition(lastCaps.line.text) && AREA_START.test(lastCaps.line.text) && !isKnownPosition(above.line.text);
    if (above?.kind === 'caps' && ((isKnownPosition(above.line.text) && !isKnownPosition(lastCaps.line.text) && UNIT_START.test(lastCaps.line.text)) || areaWrap)) {
      signer.position = `${above.line.text} ${lastCaps.line.text}`;
      signer.titles.splice(signer.titles.length - 2, 2, signer.position);
    }
  } else if (first && first.kind === 'authority' && signer.authority === 'Q' && signer.chain.length === 1) {
    // `Q. GIÁM ĐỐC` over the name: the acting head signs with the head's title as position.
    signer.position = first.title;
    signer.onBehalfOf = null;
  } else if (signer.chain.length > 1 && lastLink?.prefix === 'Q') {
    // `TL. CHỦ TỊCH` / `Q. CHÁNH VĂN PHÒNG`: the acting office is the signer's own position.
    signer.position = lastLink.title;
  }
  if (header && signer.authority === null && signer.chain.length === 0 && lastCaps?.kind === 'caps') {
    const collective = partyCollective(header, signer.position);
    if (collective) {
      signer.authority = 'TM';
      signer.onBehalfOf = collective;
      ctx.report('signer/authority-inferred', `No authority line above "${signer.position}": read as T/M ${collective}, from the issuing body`, ctx.place(lastCaps.line));
    }
  }
  correctTitles(ctx, signer, pointer);
  if (name) {
    signer.name = stripSignedMark(name.text);
    ctx.record(`${pointer}/name`, name, 0, signer.name.length);
  }
  return signer;
}

/**
 * A title OCR damaged (`CHU TỊCH`, `ÖPHO CHỦ TỊCH`) is the known position it is one letter from,
 * or its diacritics only,
 * when only one is that near; each such reading is a `keyword/corrected` diagnostic.
 */
function correctTitles(ctx: ExtractContext, signer: Signer, base: SignerPointer): void {
  const corrected = (pointer: string, written: string | null): string | null => {
    // A title typed without any diacritics (`TONG CUC TRUONG`) is the writer's choice, kept as written.
    if (written === null || isKnownPosition(written) || /^[\x00-\x7f]*$/.test(written)) return written;
    const near = nearestName(written, SIGNER_POSITIONS);
    if (!near || near.edits > 1) return written;
    const how = near.edits === 0 ? 'diacritics or case differ' : '1 letter differs';
    ctx.report('keyword/corrected', `"${written}" read as "${near.name}" (${how})`, ctx.sources[pointer]?.place ?? null);
    return near.name;
  };
  const onBehalfOf = corrected(`${base}/onBehalfOf`, signer.onBehalfOf);
  const position = corrected(`${base}/position`, signer.position);
  signer.titles = signer.titles.map((t) => (t === signer.position ? position ?? t : t));
  signer.chain = signer.chain.map((link) => (link.title === signer.onBehalfOf ? { ...link, title: onBehalfOf ?? link.title } : link));
  signer.onBehalfOf = onBehalfOf;
  signer.position = position;
}

/** Words that open the area a unit's name ends with (`KHU VỰC II`, `TỈNH LẠNG SƠN`). */
const AREA_START = /^(?:KHU VỰC|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|SỐ)\s+\S/u;

/** Words that open the name of a unit a head's title may wrap onto. */
const UNIT_START = /^(?:VỤ|CỤC|SỞ|BAN|PHÒNG|VĂN PHÒNG|TRUNG TÂM|VIỆN|TỔNG CỤC|CHI CỤC|THANH TRA|TRƯỜNG|BỆNH VIỆN|ĐÀI|BÁO)\s/u;

function isKnownPosition(text: string): boolean {
  return SIGNER_POSITIONS.includes(text.trim().toUpperCase());
}

const SIGNED_INSIDE = caseless('[(\\[]\\s*(?:đã\\s*ký|da\\s*ky)\\s*[)\\]]', 'gu');

/** `TL. BỘ TRƯỞNG … (Đã ký) Lê Văn A` → the parts before and after the mark. */
function splitAtSignedMark(line: Line): Line[] {
  const parts: Line[] = [];
  let from = 0;
  for (const m of line.text.matchAll(SIGNED_INSIDE)) {
    if (m.index > from) parts.push(sliceLine(line, from, m.index));
    from = m.index + m[0].length;
  }
  if (from === 0) return [line];
  if (from < line.text.length) parts.push(sliceLine(line, from));
  return parts.filter((p) => p.text.length > 0);
}

/** One line → authority items, caps titles and a trailing name. */
function itemsOf(line: Line): Item[] {
  const items: Item[] = [];
  let work = line;
  let name: Line | null = null;
  if (isPersonName(stripSignedMark(line.text))) {
    const prefix = NAME_PREFIX.exec(line.text);
    return [{ kind: 'name', line: prefix ? sliceLine(line, prefix[0].length) : line }];
  }
  const trailing = line.text.match(TRAILING_NAME);
  if (trailing?.[1] !== undefined) {
    const at = line.text.lastIndexOf(trailing[1]);
    const head = line.text.slice(0, at).trim();
    if (head.length > 0 && isUpperCaseText(head)) {
      name = sliceLine(line, at);
      work = sliceLine(line, 0, at);
    }
  }
  const starts = [...work.text.matchAll(AUTHORITY_ANYWHERE)].map((m) => {
    const written = m[1] ?? '';
    return { at: m.index + (m[0].length - written.length), written };
  });
  const [firstStart] = starts;
  if (firstStart === undefined) {
    if (work.text.length > 0) items.push(isUpperCaseText(work.text) || !name ? { kind: 'caps', line: work } : { kind: 'caps', line: work });
  } else {
    if (firstStart.at > 0) items.push({ kind: 'caps', line: sliceLine(work, 0, firstStart.at) });
    starts.forEach((s, k) => {
      const end = starts[k + 1]?.at ?? work.text.length;
      const segment = sliceLine(work, s.at, end);
      const written = s.written.trim();
      const title = segment.text.slice(written.length).replace(/^[\s.]+/, '').trim();
      items.push({ kind: 'authority', written, title, line: segment, from: 0 });
    });
  }
  if (name) items.push({ kind: 'name', line: name });
  return items;
}

/**
 * What OCR made of a signature's strokes: a line with a letter or two among marks and no word
 * (`J ~`, `'I ~`, `~ /Ɩ`).
 */
function isScribble(text: string): boolean {
  if (text.length > 8) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && letters <= 2 && !TWO_LETTERS.test(text);
}

const LETTER = vre(/\p{L}/gu);
const TWO_LETTERS = vre(/\p{L}{2}/u);
const NOT_WORD = vre(/[^\p{L}\p{N}]+/u);

/**
 * The seal's ring read by OCR between the position and the name (`CHÁNH VĂN PHÒNG` / `SỞ Y TẾ` /
 * `NINH BÌNH` / `Phạm Minh Đức`): lines in capitals after a known position whose every word is the
 * agency's or the place's are the seal's, not the position. Returns whether any was dropped.
 */
function dropSealText(items: Item[], header: SignerHeaderFacts | null): boolean {
  if (header === null) return false;
  const positionAt = items.findIndex((i) => i.kind === 'caps' && isKnownPosition(i.line.text));
  if (positionAt < 0 || !items.slice(positionAt + 1).some((i) => i.kind === 'caps')) return false;
  const wordsOf = (text: string) => text.toUpperCase().split(NOT_WORD).filter((w) => w.length > 0);
  const sealWords = new Set(wordsOf([...header.agency.lines, header.place ?? ''].join(' ')));
  if (sealWords.size === 0) return false;
  let dropped = false;
  for (let k = items.length - 1; k > positionAt; k--) {
    const item = items[k]!;
    if (item.kind !== 'caps' || isKnownPosition(item.line.text)) continue;
    const words = wordsOf(item.line.text);
    if (words.length > 0 && words.every((w) => sealWords.has(w))) {
      items.splice(k, 1);
      dropped = true;
    }
  }
  return dropped;
}

/** `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM`: a title ending with a comma goes on on the next line. */
function mergeWrappedTitles(items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (a?.kind === 'authority' && b?.kind === 'caps' && a.title.endsWith(',')) {
      items[i] = { ...a, title: `${a.title} ${b.line.text}` };
      items.splice(i + 1, 1);
    }
  }
}

/**
 * A flattened block has no position line of its own: when a name follows the last authority title
 * directly, the signer's position is the last known position that starts inside that title
 * (`KT. BỘ TRƯỞNG THỨ TRƯỞNG`, `TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ`, `KT. VỤ TRƯỞNG VỤ X PHÓ VỤ TRƯỞNG`).
 */
function splitFlattenedPosition(items: Item[]): void {
  const nameIndex = items.findIndex((i) => i.kind === 'name');
  if (nameIndex <= 0) return;
  const before = items[nameIndex - 1];
  if (before?.kind !== 'authority') return;
  const at = lastPositionStart(before.title);
  if (at <= 0) return;
  const title = before.title.slice(0, at).trim();
  const lineAt = before.line.text.lastIndexOf(before.title) + at;
  items[nameIndex - 1] = { ...before, title };
  items.splice(nameIndex, 0, { kind: 'caps', line: sliceLine(before.line, lineAt) });
}

/** Start of the last known position in `title` that is not part of a longer one; -1 when none. */
function lastPositionStart(title: string): number {
  const upper = title.toUpperCase();
  const spans: Array<[number, number]> = [];
  for (let start = 0; start < upper.length; start = upper.indexOf(' ', start) + 1 || upper.length) {
    // SIGNER_POSITIONS is sorted longest first: the first hit is the longest at this start.
    const hit = SIGNER_POSITIONS.find((p) => upper.startsWith(p, start) && (upper.length === start + p.length || upper[start + p.length] === ' '));
    if (hit) spans.push([start, start + hit.length]);
  }
  const outer = spans.filter(([s, e]) => !spans.some(([s2, e2]) => s2 < s && e2 >= e));
  const last = outer[outer.length - 1];
  return last ? last[0] : -1;
}

/** `PHÓ BÍ THƯ` under a Huyện ủy's header, no `T/M` line: the collective signed for (see PARTY_COLLECTIVES). */
function partyCollective(header: SignerHeaderFacts, position: string | null): string | null {
  if (header.family !== 'party' || position === null) return null;
  if (!PARTY_SECRETARY_POSITIONS.includes(position.trim().toUpperCase())) return null;
  const issuer = (header.agency.issuer ?? '').normalize('NFC').toUpperCase().replace(/ỦY|UỶ/gu, 'ỦY');
  return PARTY_COLLECTIVES.find((row) => row.issuer.test(issuer))?.collective ?? null;
}
