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

/** Convert a run's text as its font encodes it. */
export function convertFontText(text: string, font: string | undefined): string {
  const encoding = fontEncoding(font);
  if (encoding === 'vni') return fromVni(text);
  if (encoding !== 'tcvn3') return text;
  const converted = fromTcvn3(text);
  return CAPITALS_FONT.test(font!.trim()) ? converted.toLocaleUpperCase('vi') : converted;
}
