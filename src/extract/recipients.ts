/** Kính gửi (and Đồng kính gửi): an inline recipient or a dash list. */
import { sliceLine, type Line } from '../lines/line.js';
import { recipientsLabelLength, type Range } from '../zones/index.js';
import type { ExtractContext } from './context.js';
import { readListEntries, type ListEntry } from './lists.js';

/**
 * `Kính gửi: Sở Nội vụ, Kho bạc Nhà nước tỉnh, Ủy ban nhân dân các huyện, thành phố.` — without
 * dashes, bodies are separated by `;`, or by commas before a body's name (a comma before a
 * lower-case word stays inside a name).
 */
function splitInlineBodies(entries: ListEntry[]): ListEntry[] {
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined || entry.marker !== '') return entries;
  const parts = entry.text.split(/;\s+/).flatMap((part) => part.split(BODY_BOUNDARY));
  if (parts.length < 2) return entries;
  return parts.map((text) => ({ ...entry, text: text.trim() }));
}

const BODY_BOUNDARY = /,\s+(?=(?:Sở|Bộ|Ban|Cục|Chi cục|Tổng cục|Kho bạc|Ngân hàng|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Văn phòng|Phòng|Trung tâm|Công ty|Viện|Trường|Bảo hiểm|Công an|Bộ Chỉ huy|Đài|Báo|Liên đoàn|Hội|Đoàn|Các)\s)/u;

/** Entries of a Kính gửi block; `pointer` is `/recipients` or `/copyRecipients`. */
export function extractRecipients(ctx: ExtractContext, range: Range | null, pointer: string): string[] {
  if (!range) return [];
  const lines: Line[] = [];
  const label = ctx.line(range.start).line;
  const labelEnd = recipientsLabelLength(label.text) || (label.text.match(/^\S+\s+\S+\s*:?/)?.[0].length ?? label.text.length);
  const inline = sliceLine(label, labelEnd);
  if (inline.text.length > 0) lines.push(inline);
  // (An urgency stamp printed beside the list is the header's; see extractHeader.)
  for (let i = range.start + 1; i < range.end; i++) if (ctx.line(i).kind !== 'urgency') lines.push(ctx.line(i).line);
  const entries = splitInlineBodies(readListEntries(lines));
  entries.forEach((entry, i) => ctx.recordSpan(`${pointer}/${i}`, entry.text, ctx.placeOfParts(entry.parts, entry.text)));
  return entries.map((e) => e.text);
}
