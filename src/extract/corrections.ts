/** Keywords read within their edit budget (`Kinh gừl:` as `Kính gửi:`): each is an `info` diagnostic. */
import { KEYWORDS } from '../domain/keywords.js';
import type { ExtractContext } from './context.js';

export function reportCorrections(ctx: ExtractContext): void {
  for (const { line, corrected } of ctx.zones.lines) {
    if (!corrected) continue;
    const written = line.text.slice(corrected.start, corrected.end);
    const key = KEYWORDS[corrected.keyword].key;
    ctx.report(
      'keyword/corrected',
      `"${written}" read as "${key}" (${corrected.edits === 0 ? 'diacritics or case differ' : `${corrected.edits} letter${corrected.edits > 1 ? 's' : ''} differ`})`,
      ctx.place(line, corrected.start, corrected.end),
    );
  }
}
