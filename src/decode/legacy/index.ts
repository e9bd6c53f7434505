export { convertLegacy, vietnameseScore, type LegacyConversion } from './detect.js';
export { fromTcvn3, fromVni, fromViqr, fromWindows1258, type LegacyEncoding } from './convert.js';
export { TCVN3, VNI, VIQR_MARKS, TONED_VOWELS } from './tables.js';
export { decodeLegacyBytes, repairLegacyText, LEGACY_NAMES, type LegacyDecoded } from './decode.js';
