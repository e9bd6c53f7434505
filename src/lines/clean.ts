/**
 * Inline cleaning of one source line: markdown emphasis and escapes, HTML tags, images and link
 * syntax removed; whitespace folded; text trimmed. Every kept character remembers its offset.
 * Converters leave emphasis broken across lines (`**ỦY\nBAN NHÂN DÂN **`), so markers are removed
 * wherever they touch text, not only where they pair up.
 */
import { MappedTextBuilder, type OffsetMap } from '../normalize/offset-map.js';
import { vre } from '../domain/vietnamese.js';

export interface CleanText {
  readonly text: string;
  readonly map: OffsetMap;
}

// Tokens removed outright (the capture group, when present, is kept).
const MARKUP =
  vre(/!\[[^\]\n]*\]\([^)\n]*\)|\[([^\]\n]+)\]\((?:https?:|mailto:|#|\/)[^)\n]*\)|<\/?(?:u|b|i|em|strong|span|sup|sub|p|div|font)\b[^>\n]*>|<(https?:[^>\s]+)>|\\([\\`*_{}[\]()#+\-.!|~])|\*{1,3}|_{2,3}|(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])|`/gu);

/**
 * Clean `raw` (a slice of the normalized text starting at `offset`).
 * A lone `*` (the Party mark under the issuer) is content, not emphasis, and is kept.
 */
export function cleanInline(raw: string, offset: number, options: { markdown: boolean }): CleanText {
  const builder = new MappedTextBuilder();
  let pendingSpace = false;
  const push = (chunk: string, at: number) => {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charAt(i);
      if (ch === ' ' || ch === '\t') {
        pendingSpace = builder.textLength > 0;
        continue;
      }
      if (pendingSpace) {
        builder.replace(' ', at + i - 1, at + i);
        pendingSpace = false;
      }
      builder.keep(ch, at + i);
    }
  };
  if (!options.markdown || raw.trim() === '*') {
    push(raw, offset);
    return builder.build();
  }
  let last = 0;
  for (const m of raw.matchAll(MARKUP)) {
    push(raw.slice(last, m.index), offset + last);
    const kept = m[1] ?? m[2] ?? m[3];
    if (kept !== undefined) push(kept, offset + m.index + m[0].indexOf(kept));
    last = m.index + m[0].length;
  }
  push(raw.slice(last), offset + last);
  return builder.build();
}

/** Strip a markdown heading marker (`# `) and blockquote marker (`> `) from the start of a line. */
export function blockMarkerLength(raw: string): number {
  const m = raw.match(/^\s{0,3}(?:#{1,6}\s+|>\s?)+/);
  return m ? m[0].length : 0;
}
