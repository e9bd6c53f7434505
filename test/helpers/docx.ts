/**
 * Word files written for the tests: a text document as one paragraph per line, its columns
 * (after a TAB or three spaces or more) separated by `w:tab`. With `font`, every run is set in that
 * font and its text written in the font's legacy encoding, as an old Word file typed with the
 * `.VnTime` (TCVN3; `.VnTimeH` for lines in capitals) or `VNI-Times` fonts holds it.
 */
import { makeZip } from './zip.js';
import { toTcvn3, toVni } from './encodings.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type LegacyFont = '.VnTime' | 'VNI-Times';

function run(text: string, font: LegacyFont | undefined): string {
  if (!font) return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const capitals = font === '.VnTime' && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  const name = capitals ? '.VnTimeH' : font;
  // In a capitals font the letters are typed in lower case and drawn as capitals.
  const encoded = font === '.VnTime' ? toTcvn3(capitals ? text.toLowerCase() : text) : toVni(text);
  return `<w:r><w:rPr><w:rFonts w:ascii="${name}" w:hAnsi="${name}"/></w:rPr><w:t xml:space="preserve">${escapeXml(encoded)}</w:t></w:r>`;
}

export function renderDocx(text: string, options: { font?: LegacyFont } = {}): Uint8Array {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const cells = line.trim().split(/\t+| {3,}/).filter((c) => c.length > 0);
      const indent = /^(?:\t| {20,})/.test(line) && cells.length > 0 ? '<w:r><w:tab/></w:r>' : '';
      const runs = cells.map((cell) => run(cell, options.font)).join('<w:r><w:tab/></w:r>');
      return `<w:p>${indent}${runs}</w:p>`;
    })
    .join('');
  const files = [
    { name: '[Content_Types].xml', content: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', content: `<w:document xmlns:w="${W}"><w:body>${paragraphs}</w:body></w:document>` },
  ];
  return makeZip(files.map((f) => ({ ...f, method: 8 as const })));
}
