export { pdfToText, looksLikePdf, type PdfTextResult } from './read.js';
export { layoutPages, type GlyphRun, type PageRuns } from './layout.js';
export { lacksDiacritics } from './diacritics.js';
