/**
 * A small, tolerant XML tag scanner for WordprocessingML parts: yields start tags (with their
 * attributes), end tags and text, in order. Enough to follow w:p / w:r / w:rPr; no DTDs, no
 * namespaces resolution (WordprocessingML always uses the `w:` prefix).
 */
export type XmlToken =
  | { readonly type: 'open'; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly selfClosing: boolean; readonly start: number; readonly end: number }
  | { readonly type: 'close'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly type: 'text'; readonly text: string; readonly start: number; readonly end: number };

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;
const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

export function* scanXml(xml: string): Generator<XmlToken> {
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    if (m.index > last) yield { type: 'text', text: decodeEntities(xml.slice(last, m.index)), start: last, end: m.index };
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      yield { type: 'text', text: m[5], start: m.index, end: last };
      continue;
    }
    if (!m[2]) continue; // comment, declaration
    if (m[1]) {
      yield { type: 'close', name: m[2], start: m.index, end: last };
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    yield { type: 'open', name: m[2], attrs, selfClosing: m[4] === '/', start: m.index, end: last };
  }
  if (last < xml.length) yield { type: 'text', text: decodeEntities(xml.slice(last)), start: last, end: xml.length };
}
