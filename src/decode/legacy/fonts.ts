/**
 * Legacy Vietnamese fonts in Word files: a run set in a TCVN3 font (`.VnTime`, `.VnArial`…; the
 * `…H` fonts draw every letter as a capital) or a VNI font (`VNI-Times`…) holds its letters in
 * that encoding. Its text is converted by the font's encoding, whatever the rest of the file holds.
 */
import { fromTcvn3, fromVni, type LegacyEncoding } from './convert.js';

/** The encoding a font name implies, or null for a Unicode font. */
export function fontEncoding(font: string | undefined): Extract<LegacyEncoding, 'tcvn3' | 'vni'> | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[-\s]/i.test(name)) return 'vni';
  return null;
}

/** A TCVN3 font of capitals: `.VnTimeH`, `.VnArialH`, `.VnCentury SchoolbookH`. */
const CAPITALS_FONT = /^\.vn.*h$/i;

/**
 * Letters that no legacy font's bytes can produce (they lie outside Windows-1252): a run that
 * holds one was typed in Unicode, whatever font the style names (text pasted into an old template).
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** Convert a run's text as its font encodes it; text already in Unicode is left as it is. */
export function convertFontText(text: string, font: string | undefined): string {
  if (UNICODE_VIETNAMESE.test(text)) return text;
  const encoding = fontEncoding(font);
  if (encoding === 'vni') return fromVni(text);
  if (encoding !== 'tcvn3') return text;
  const converted = fromTcvn3(text);
  return CAPITALS_FONT.test(font!.trim()) ? converted.toLocaleUpperCase('vi') : converted;
}
