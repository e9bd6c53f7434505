/** `decode/pdf-unmapped-glyphs`: a PDF whose ToUnicode map leaves drawn capitals blank. */
import { describe, expect, it } from 'vitest';
import { parseDocumentAsync } from '../../src/index.js';
import { pdfWithBlankLetters } from '../helpers/pdf-glyphs.js';
import { hasFont } from '../helpers/pdf.js';

const ruleIds = (doc: { diagnostics: { ruleId: string }[] }) => doc.diagnostics.map((d) => d.ruleId);

describe('decode/pdf-unmapped-glyphs', () => {
  it.skipIf(!hasFont)('is reported when a font draws letters its map gives no text', async () => {
    expect(ruleIds(await parseDocumentAsync(await pdfWithBlankLetters('BNDTHỈẬỞ')))).toContain('decode/pdf-unmapped-glyphs');
  });

  it.skipIf(!hasFont)('is not reported when the map names every letter', async () => {
    expect(ruleIds(await parseDocumentAsync(await pdfWithBlankLetters('')))).not.toContain('decode/pdf-unmapped-glyphs');
  });
});
