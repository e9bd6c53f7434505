/**
 * `.docx` (Office Open XML WordprocessingML) → markdown text for the rest of the pipeline.
 *
 * The main document part is walked in document order: paragraphs become markdown paragraphs,
 * tables become GFM pipe tables, bold/italic runs become `**…**` / `*…*`. What is deliberately
 * left out: headers and footers (but for a first page's header that holds the document's own
 * header, `page-header.ts`), footnotes and endnotes (their reference marks are dropped too),
 * comments, deleted text (tracked changes), field instructions, hidden (`w:vanish`) text,
 * images. Word's automatic list numbers (`w:numPr`, defined in `word/numbering.xml`) are not part
 * of the text: they are recomputed as Word draws them (see `numbering.ts`) and put at the start of
 * their paragraph (`1. …`, `a) …`, `Điều 3. …`, bullets as `- …`); a warning counts the numbered
 * paragraphs whose list definition is missing.
 */
import { legacyFontsInUse } from '../legacy/fonts.js';
import { findDescendants, firstChildElement, textContent, type XmlElement } from '../xml.js';
import { collectBlocks, type ConversionContext } from './model.js';
import { readNumberingDefinitions } from './numbering-part.js';
import { ListCounters } from './numbering.js';
import { DEFAULT_DOCX_LIMITS, findBody, findMainDocumentPath, openDocxArchive, readXmlPart, type DocxLimits } from './package.js';
import { renderBody } from './render.js';
import { firstPageHeaderBlocks } from './page-header.js';
import { readStyleSheet } from './styles.js';
import type { DecodeWarning } from '../types.js';

/** The markdown produced from a .docx and notes about what could not be carried over. */
export interface DocxResult {
  /** Markdown with `\n` line endings, NFC-normalised. */
  text: string;
  warnings: DecodeWarning[];
}

/**
 * Converts a .docx (Office Open XML) into markdown text.
 * @example
 * const { text, warnings } = docxToMarkdown(await readFile('cong-van.docx'));
 * @throws DocxError on a non-zip, a zip without `word/document.xml`, corrupt data, or a file that
 *   expands beyond `limits` (a zip bomb).
 */
export function docxToMarkdown(bytes: Uint8Array, limits: DocxLimits = DEFAULT_DOCX_LIMITS): DocxResult {
  const archive = openDocxArchive(bytes, limits);
  const documentPath = findMainDocumentPath(archive);
  const warnings: DecodeWarning[] = [];
  const document = readXmlPart(archive, documentPath);
  const styles = readStyleSheet(archive, documentPath, warnings);
  const numbering = readNumberingDefinitions(archive, documentPath, styles, warnings);
  const body = findBody(document, documentPath);
  const context: ConversionContext = {
    styles,
    fieldStack: [],
    lists: numbering && new ListCounters(numbering),
    unnumberedParagraphs: 0,
  };
  context.legacyFonts = legacyFontsInUse(legacyFontRuns(body, styles.defaults.font));
  const bodyBlocks = collectBlocks(body, context);
  const rendered = renderBody(bodyBlocks);
  // Some templates keep the document's header in the first page's header part.
  const headerBlocks = firstPageHeaderBlocks(archive, documentPath, body, rendered.text, context);
  const { text, firstUnnumbered } = headerBlocks.length > 0 ? renderBody([...headerBlocks, ...bodyBlocks]) : rendered;
  if (headerBlocks.length > 0) warnings.push({ ruleId: 'decode/docx-page-header', message: "The document's header (quốc hiệu, number, date) was read from the first page's header part" });
  if (context.unnumberedParagraphs > 0) {
    warnings.push({
      ruleId: 'decode/docx-unnumbered',
      message: `auto-numbered paragraphs: ${context.unnumberedParagraphs} (their numbers are not in the text)`,
      ...(firstUnnumbered && { span: firstUnnumbered }),
    });
  }
  if (context.legacyFonts && context.legacyFonts.size > 0) {
    const fonts = [...context.legacyFonts].sort();
    warnings.push({
      ruleId: 'decode/legacy-encoding',
      message: `Text in the legacy fonts ${fonts.join(', ')} was converted from ${fonts.some((f) => /^vni/i.test(f)) ? 'VNI' : 'TCVN3'} to Unicode`,
    });
  }
  return { text, warnings };
}


/** The text of the runs set in a font (direct formatting, else the document default), for `legacyFontsInUse`. */
function* legacyFontRuns(body: XmlElement, defaultFont: string | undefined): Generator<{ font: string; text: string }> {
  for (const run of findDescendants(body, (el) => el.name === 'w:r')) {
    const fonts = firstChildElement(firstChildElement(run, 'w:rPr') ?? run, 'w:rFonts');
    const font = fonts?.attributes['w:hAnsi'] ?? fonts?.attributes['w:ascii'] ?? defaultFont;
    if (font === undefined) continue;
    const text = findDescendants(run, (el) => el.name === 'w:t').map(textContent).join('');
    if (text.length > 0) yield { font, text };
  }
}
