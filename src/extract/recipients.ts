/** Kính gửi (and Đồng kính gửi): an inline recipient or a dash list. */
import { sliceLine, type Line } from '../lines/line.js';
import type { Range } from '../zones/index.js';
import type { ExtractContext } from './context.js';
import { readListEntries } from './lists.js';

/** Entries of a Kính gửi block; `pointer` is `/recipients` or `/copyRecipients`. */
export function extractRecipients(ctx: ExtractContext, range: Range | null, pointer: string): string[] {
  if (!range) return [];
  const lines: Line[] = [];
  const label = ctx.zones.lines[range.start].line;
  const colon = label.text.search(/[:.]/);
  const labelEnd = colon >= 0 && colon < 20 ? colon + 1 : (label.text.match(/^\S+\s+\S+/)?.[0].length ?? label.text.length);
  const inline = sliceLine(label, labelEnd);
  if (inline.text.length > 0) lines.push(inline);
  for (let i = range.start + 1; i < range.end; i++) lines.push(ctx.zones.lines[i].line);
  const entries = readListEntries(lines);
  entries.forEach((entry, i) => {
    const first = entry.parts[0];
    const last = entry.parts[entry.parts.length - 1];
    ctx.recordSpan(`${pointer}/${i}`, entry.text, {
      start: ctx.place(first.line, first.from).start,
      end: ctx.place(last.line, last.from, last.to).end,
    });
  });
  return entries.map((e) => e.text);
}
