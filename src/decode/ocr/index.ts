export { ocrToText, ocrPdfPages, ocrWarnings, wordsToRuns, MAX_OCR_PAGES, type OcrResult, type OcrPdfPages } from './read.js';
export { imageKind, type ImageKind } from './image.js';
export { parseTsv, type OcrPage, type WordBox } from './tesseract.js';
