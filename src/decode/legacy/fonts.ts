/**
 * Legacy Vietnamese fonts in Word files: a run set in a TCVN3 font (`.VnTime`, `.VnArial`…; the
 * `…H` fonts draw every letter as a capital) or a VNI font (`VNI-Times`…) holds its letters in
 * that encoding. Its text is converted by the font's encoding, whatever the rest of the file holds.
 */
import { fromTcvn3, fromVni, type LegacyEncoding } from './convert.js';
import { vietnameseScore } from './detect.js';

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

/** A run's text converted as its font encodes it (text with letters beyond Latin-1 is left: Unicode). */
export function convertFontText(text: string, font: string | undefined): string {
  const encoding = fontEncoding(font);
  if (encoding === null || /[\u0100-\u024f\u1e00-\u1eff]/u.test(text)) return text;
  const converted = encoding === 'vni' ? fromVni(text) : fromTcvn3(text);
  return encoding === 'tcvn3' && CAPITALS_FONT.test(font!.trim()) ? converted.toUpperCase() : converted;
}

/**
 * Which legacy fonts of a document hold their encoding: many files were converted to Unicode and
 * kept the old font's name. All the text set in a font is judged at once — converted, does it read
 * more like Vietnamese than as it is? — since one short run (`Sè`) can read either way.
 */
export function legacyFontsInUse(runs: Iterable<{ font: string; text: string }>): Set<string> {
  const byFont = new Map<string, string[]>();
  for (const { font, text } of runs) {
    if (fontEncoding(font) === null) continue;
    const list = byFont.get(font);
    if (list) list.push(text);
    else byFont.set(font, [text]);
  }
  const inUse = new Set<string>();
  for (const [font, texts] of byFont) {
    const text = texts.join(' ');
    if (vietnameseScore(convertFontText(text, font)).net > vietnameseScore(text).net) inUse.add(font);
  }
  return inUse;
}
