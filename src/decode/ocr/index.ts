export { ocrToText, ocrWarnings, wordsToRuns, MAX_OCR_PAGES, type OcrResult } from './read.js';
export { imageKind, type ImageKind } from './image.js';
export { parseTsv, type OcrPage, type WordBox } from './tesseract.js';
