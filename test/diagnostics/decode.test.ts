/**
 * `decode/…` rules: what a decoder could not carry over into the text becomes a diagnostic, with
 * the place it concerns when it concerns a part of the text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { makeZip } from '../helpers/zip.js';
import { letter } from './cases.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraph = (text: string, numbered = false) =>
  `<w:p>${numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** The test letter as a .docx: one paragraph per line; `numbered` lines use Word's list 3. */
function letterDocx(options: { numbered?: (line: string) => boolean; parts?: Record<string, string>; corrupt?: string } = {}): Uint8Array {
  const body = letter()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => paragraph(line, options.numbered?.(line) ?? false))
    .join('');
  const files = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ...options.parts,
  };
  const zip = makeZip(Object.entries(files).map(([name, content]) => ({ name, content, method: 0 as const })));
  if (options.corrupt) {
    // A flipped byte in a stored part: its CRC no longer matches, so the part cannot be read.
    const at = Buffer.from(zip).indexOf(options.corrupt);
    zip[at] = (zip[at] ?? 0) ^ 0x20;
  }
  return zip;
}

const STYLES = `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Normal"/></w:styles>`;
const NUMBERING = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const ruleIds = (bytes: Uint8Array) => parseDocument(bytes).diagnostics.map((d) => d.ruleId);

describe('decode/docx-unnumbered', () => {
  const task = (line: string) => line.startsWith('Chuẩn bị') || line.startsWith('Gửi báo cáo');
  const withoutLabels = (line: string) => line.replace(/^\d\. /, '');

  it('fires for list paragraphs without a list definition, placed at the first of them', () => {
    const doc = parseDocument(letterDocx({ numbered: (line) => task(withoutLabels(line)) }));
    const found = doc.diagnostics.find((d) => d.ruleId === 'decode/docx-unnumbered');
    expect(found?.message).toBe('auto-numbered paragraphs: 2 (their numbers are not in the text)');
    expect(found?.severity).toBe('warning');
    expect(found?.place?.start.line).toBeGreaterThan(1);
  });

  it('is silent when the numbering part defines the list', () => {
    expect(ruleIds(letterDocx({ numbered: task, parts: { 'word/numbering.xml': NUMBERING } }))).not.toContain('decode/docx-unnumbered');
  });
});

describe('decode/docx-styles-ignored', () => {
  it('fires when the styles part cannot be read, and the text is still parsed', () => {
    const doc = parseDocument(letterDocx({ parts: { 'word/styles.xml': STYLES }, corrupt: 'w:styleId' }));
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('decode/docx-styles-ignored');
    expect(doc.header.number).toBe('215');
  });

  it('is silent when the styles part reads', () => {
    expect(ruleIds(letterDocx({ parts: { 'word/styles.xml': STYLES } }))).not.toContain('decode/docx-styles-ignored');
  });
});

describe('decode/docx-numbering-ignored', () => {
  it('fires when the numbering part cannot be read', () => {
    expect(ruleIds(letterDocx({ parts: { 'word/numbering.xml': NUMBERING }, corrupt: 'w:abstractNumId' }))).toContain('decode/docx-numbering-ignored');
  });

  it('is silent when the numbering part reads', () => {
    expect(ruleIds(letterDocx({ parts: { 'word/numbering.xml': NUMBERING } }))).not.toContain('decode/docx-numbering-ignored');
  });
});

describe('decode/docx-page-header', () => {
  it('fires (info) when the document header is read from the first page’s header part', () => {
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const files = {
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'word/document.xml': `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${['V/v thử nghiệm', 'Kính gửi: Sở Y tế.', 'Nội dung./.'].map((line) => paragraph(line)).join('')}<w:sectPr><w:headerReference w:type="default" r:id="rId5"/></w:sectPr></w:body></w:document>`,
      'word/_rels/document.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="${R}/header" Target="header1.xml"/></Relationships>`,
      'word/header1.xml': `<w:hdr xmlns:w="${W}">${['SỞ Y TẾ', 'Số: 12/SYT-VP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'].map((line) => paragraph(line)).join('')}</w:hdr>`,
    };
    const doc = parseDocument(makeZip(Object.entries(files).map(([name, content]) => ({ name, content, method: 0 as const }))));
    expect(doc.diagnostics.find((d) => d.ruleId === 'decode/docx-page-header')?.severity).toBe('info');
    expect(doc.header.number).toBe('12');
  });
});
