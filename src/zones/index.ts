export { segment } from './segment.js';
export { lineAt, type Range, type Zones } from './types.js';
export { classifyLine, isStampNoise, recipientsLabelLength, typeHeadingOf, type ClassifiedLine, type KeywordCorrection, type LineKind } from './classify.js';
export { matchLabel, KIND_RANK, VIETNAMESE_POINT_LETTERS, type Label } from './labels.js';
export { isPersonName, isPositionTitle, isUpperCasePersonName, NAME_PREFIX, stripSignedMark } from './names.js';
export { findStamps, type StampBlock } from './stamps.js';
export { isPageFurniture } from './page-furniture.js';
