/** `.docx` (Office Open XML WordprocessingML) → markdown; see `convert.ts`. */
export { docxToMarkdown, type DocxResult } from './convert.js';
export { DocxError, looksLikeZip, DEFAULT_DOCX_LIMITS, type DocxLimits } from './package.js';
