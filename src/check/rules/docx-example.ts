/**
 * A tiny .docx writer for the VB6xx examples: the specimen công văn as Word paragraphs with the
 * run properties NĐ 30 asks for, any of which an example can change.
 */
import { writeZip } from '../../decode/zip-write.js';

export interface ExampleRun {
  readonly text: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly font?: string;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function paragraph(run: ExampleRun): string {
  const props = `<w:rPr><w:rFonts w:ascii="${run.font ?? 'Times New Roman'}" w:hAnsi="${run.font ?? 'Times New Roman'}"/>${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}<w:sz w:val="${(run.size ?? 14) * 2}"/></w:rPr>`;
  return `<w:p><w:r>${props}<w:t xml:space="preserve">${esc(run.text)}</w:t></w:r></w:p>`;
}

/** A table row of two cells (the two-column header). */
function row(left: readonly ExampleRun[], right: readonly ExampleRun[]): string {
  return `<w:tr><w:tc>${left.map(paragraph).join('')}</w:tc><w:tc>${right.map(paragraph).join('')}</w:tc></w:tr>`;
}

export interface ExampleLetter {
  readonly header: { left: ExampleRun[]; right: ExampleRun[] };
  readonly body: ExampleRun[];
  readonly footer: { left: ExampleRun[]; right: ExampleRun[] };
  readonly margins?: { top: number; bottom: number; left: number; right: number };
}

export function specimenLetter(): ExampleLetter {
  return {
    header: {
      left: [{ text: 'UBND TỈNH QUẢNG BÌNH', size: 13 }, { text: 'SỞ NỘI VỤ', size: 13, bold: true }, { text: 'Số: 05/SNV-VP', size: 13 }, { text: 'V/v tập huấn công tác văn thư năm 2024', size: 12 }],
      right: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 13, bold: true }, { text: 'Độc lập - Tự do - Hạnh phúc', size: 14, bold: true }, { text: 'Quảng Bình, ngày 05 tháng 3 năm 2024', size: 14, italic: true }],
    },
    body: [
      { text: 'Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố', size: 14 },
      { text: 'Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh về công tác văn thư, lưu trữ năm 2024, Sở Nội vụ đề nghị các cơ quan, đơn vị cử công chức phụ trách văn thư dự lớp tập huấn./.', size: 14 },
    ],
    footer: {
      left: [{ text: 'Nơi nhận:', size: 12, bold: true, italic: true }, { text: '- Như trên;', size: 11 }, { text: '- Lưu: VT, VP.', size: 11 }],
      right: [{ text: 'KT. GIÁM ĐỐC', size: 14, bold: true }, { text: 'PHÓ GIÁM ĐỐC', size: 14, bold: true }, { text: 'Nguyễn Văn An', size: 14, bold: true }],
    },
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
  };
}

const TWIPS = 1440 / 25.4;

export function docxBytes(letter: ExampleLetter): Uint8Array {
  const m = letter.margins;
  const body =
    `<w:tbl>${row(letter.header.left, letter.header.right)}</w:tbl>` +
    letter.body.map(paragraph).join('') +
    `<w:tbl>${row(letter.footer.left, letter.footer.right)}</w:tbl>` +
    (m ? `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${Math.round(m.top * TWIPS)}" w:right="${Math.round(m.right * TWIPS)}" w:bottom="${Math.round(m.bottom * TWIPS)}" w:left="${Math.round(m.left * TWIPS)}" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>` : '');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const enc = (s: string) => Buffer.from(s, 'utf8');
  return writeZip([
    { name: '[Content_Types].xml', data: enc(contentTypes) },
    { name: '_rels/.rels', data: enc(rels) },
    { name: 'word/document.xml', data: enc(document) },
  ]);
}
