/** Nơi nhận: entries with their purpose (`(để b/c)`), sub-entries, and the `Lưu:` entry decomposed. */
import { AUTHORITY_LINE } from '../domain/signature.js';
import { sliceLine, type Line } from '../lines/line.js';
import type { DistributionEntry } from '../schema/document.js';
import type { ExtractContext } from './context.js';
import { readListEntries } from './lists.js';

const PURPOSE = /\s*\(((?:để|đ\/|b\/c|B\/c|Bc|BC|t\/h|T\/h|Th\/h|th\/h|biết|p\/h|phối hợp|đăng tải|thực hiện|chỉ đạo|báo cáo|theo dõi|t\/d)[^()]*)\)\s*$|\s+(để\s+(?:b\/c|biết|t\/h|th\/h|báo cáo|thực hiện|phối hợp|chỉ đạo))\s*$/u;
const ARCHIVE = /^Lưu(?:\s*:|\s)/u;

/** Read the Nơi nhận entries; returns the signer text found on the label line, if any. */
export function extractDistribution(ctx: ExtractContext): { entries: DistributionEntry[]; signerOnLabel: Line | null } {
  const indices = ctx.zones.distribution;
  if (indices.length === 0) return { entries: [], signerOnLabel: null };
  const lines: Line[] = [];
  let signerOnLabel: Line | null = null;
  for (const index of indices) {
    const { kind, line } = ctx.line(index);
    if (kind !== 'distributionLabel') {
      lines.push(line);
      continue;
    }
    const colon = line.text.search(/[:.]/);
    const labelEnd = colon >= 0 && colon < 12 ? colon + 1 : (line.text.match(/^\S+\s+\S+/)?.[0].length ?? line.text.length);
    const rest = sliceLine(line, labelEnd);
    if (rest.text.length === 0) continue;
    // OCR puts the first authority line on the label's line: `Nơi nhận: TL. TỔNG CỤC TRƯỞNG`.
    if (AUTHORITY_LINE.test(rest.text)) signerOnLabel = rest;
    else lines.push(rest);
  }
  const onAside = (aside: Line) => ctx.report('distribution/aside-left-out', `"${aside.text}" stands beside the entry, set off by a wide gap: a note, not part of the entry`, ctx.place(aside));
  const entries = readListEntries(lines, { onAside }).map((entry, i): DistributionEntry => {
    const place = ctx.placeOfParts(entry.parts, entry.text);
    ctx.recordSpan(`/distribution/${i}`, entry.text, place);
    return {
      text: entry.text,
      purpose: purposeOf(entry.text),
      level: entry.marker === '+' ? 1 : 0,
      archive: ARCHIVE.test(entry.text) ? parseArchive(entry.text) : null,
      place,
    };
  });
  if (!entries.some((e) => e.archive)) {
    ctx.report('distribution/archive-missing', 'The Nơi nhận list has no `Lưu` entry');
  }
  return { entries, signerOnLabel };
}

function purposeOf(text: string): string | null {
  if (ARCHIVE.test(text)) return null;
  const m = text.match(PURPOSE);
  return m ? (m[1] ?? m[2] ?? '').trim() : null;
}

/** `Lưu: VT, TC-TG (2b)` → units [VT, TC-TG], copies 2. */
export function parseArchive(text: string): { units: string[]; copies: number | null } {
  const body = text.replace(ARCHIVE, '').replace(/[\s.;,]+$/u, '').trim();
  const copies = body.match(/\((\d{1,3})\s*b?\)|\b(\d{1,3})\s*b\b/u);
  const units = body
    .replace(/\((\d{1,3})\s*b?\)/gu, '')
    .split(/[,;]\s*/)
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  return { units, copies: copies ? Number(copies[1] ?? copies[2]) : null };
}
