/** Keywords read within their edit budget (`Kinh gừl:` as `Kính gửi:`) and specks left out before a line (`'Số:`): each is an `info` diagnostic. */
import { KEYWORDS } from '../domain/keywords.js';
import type { ExtractContext } from './context.js';

export function reportCorrections(ctx: ExtractContext): void {
  for (const { line, corrected, speck } of ctx.zones.lines) {
    if (speck) {
      const written = speck.line.text.slice(0, speck.length);
      ctx.report('restore/ocr-noise', `"${written}" before "${line.text.slice(0, 12)}" left out: a speck the OCR read as punctuation`, ctx.place(speck.line, 0, speck.length));
    }
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
