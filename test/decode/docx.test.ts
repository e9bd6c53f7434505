import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCX_LIMITS, DocxError, docxToMarkdown, looksLikeZip } from '../../src/decode/docx/index.js';
import { parseDocument } from '../../src/index.js';
import { crc32, openZip, ZipError } from '../../src/decode/zip.js';
import { makeZip } from '../helpers/zip.js';

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

// ---------------------------------------------------------------------------------------------
// Helpers: build .docx files in memory, so the tests need no fixture files.

function packageRelationships(target = 'word/document.xml'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
}

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NAMESPACE}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A minimal .docx whose body is the given WordprocessingML; `parts` adds or replaces package parts. */
function makeDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': packageRelationships(),
    'word/document.xml': documentXml(body),
    ...parts,
  };
  return makeZip(Object.entries(files).map(([name, content]) => ({ name, content })));
}

// Small WordprocessingML builders, so that test documents read like the Word files they mimic.
type RunStyle = { bold?: boolean; italic?: boolean };

function run(text: string, style: RunStyle = {}): string {
  const properties = (style.bold ? '<w:b/>' : '') + (style.italic ? '<w:i/>' : '');
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}
const bold = (text: string): string => run(text, { bold: true });
const italic = (text: string): string => run(text, { italic: true });
const paragraph = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]): string => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const LINE_BREAK = '<w:r><w:br/></w:r>';
const PAGE_BREAK = '<w:r><w:br w:type="page"/></w:r>';

// Numbering builders (word/numbering.xml and the paragraphs that use it).
const numbered = (numId: number, ilvl: number, ...runs: string[]): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${runs.join('')}</w:p>`;
const styled = (styleId: string, ...runs: string[]): string => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${runs.join('')}</w:p>`;

function level(ilvl: number, format: string, text: string, options: { start?: number; pStyle?: string; extra?: string } = {}): string {
  const pStyle = options.pStyle ? `<w:pStyle w:val="${options.pStyle}"/>` : '';
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${options.start ?? 1}"/><w:numFmt w:val="${format}"/>${pStyle}` +
    `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>${options.extra ?? ''}</w:lvl>`
  );
}
const abstractNum = (id: number, ...levels: string[]): string =>
  `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`;
const num = (numId: number, abstractId: number, overrides = ''): string =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;

function numberingXml(abstracts: string[], nums: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NAMESPACE}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${abstracts.join('')}${nums.join('')}</w:numbering>`;
}

function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="${W_NAMESPACE}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles}</w:styles>`;
}

function expectDocxError(bytes: Uint8Array, reason: RegExp): void {
  let caught: unknown;
  try {
    docxToMarkdown(bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DocxError);
  expect((caught as DocxError).code).toBe('E_DOCX');
  expect((caught as DocxError).message).toMatch(reason);
}

// ---------------------------------------------------------------------------------------------

describe('docxToMarkdown', () => {
  it('turns a công văn into markdown: header table, bold runs, page break, footer table', () => {
    const header = table(
      row(
        cell(
          paragraph(run('ỦY BAN NHÂN DÂN')),
          paragraph(bold('HUYỆN NAM ĐÀN')),
          paragraph(run('Số:'), run(' 12/UBND-VP')),
          paragraph(run('V/v triển khai kế hoạch chuyển đổi số năm 2024')),
        ),
        cell(
          paragraph(bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
          paragraph(bold('Độc lập - '), bold('Tự do - '), bold('Hạnh phúc')),
          paragraph(), // spacer paragraph: dropped
          paragraph(italic('Nam Đàn, ngày'), italic(' 15 '), italic('tháng 3 năm 2024')),
        ),
      ),
    );
    const body = [
      paragraph(run('Kính gửi:'), `<w:r><w:tab/></w:r>`, run('Các phòng, ban chuyên môn thuộc UBND huyện.')),
      paragraph(run('Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh Nghệ An, UBND huyện yêu cầu:')),
      paragraph(bold('1. '), bold('Phòng Văn hóa'), bold(' và '), bold('Thông tin'), run(' chủ trì, phối hợp với Phòng Tài chính &amp; Kế hoạch.')),
      paragraph(run('2. Các xã, thị trấn báo cáo kết quả '), bold('trước ngày 30/6/2024'), run('.')),
      paragraph(PAGE_BREAK),
      paragraph(run('UBND huyện đề nghị các đơn vị nghiêm túc thực hiện./.')),
    ].join('');
    const footer = table(
      row(
        cell(
          paragraph(run('Nơi nhận:', { bold: true, italic: true })),
          paragraph(run('- Như trên;'), LINE_BREAK, run('- Lưu: VT.')),
        ),
        cell(
          paragraph(bold('TM. ỦY BAN NHÂN DÂN')),
          paragraph(bold('CHỦ TỊCH')),
          paragraph(italic('(Đã ký)')),
          paragraph(bold('Nguyễn Văn An')),
        ),
      ),
    );

    const result = docxToMarkdown(makeDocx(header + body + footer));

    expect(result.text).toBe(
      [
        '| ỦY BAN NHÂN DÂN<br>**HUYỆN NAM ĐÀN**<br>Số: 12/UBND-VP<br>V/v triển khai kế hoạch chuyển đổi số năm 2024 | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Nam Đàn, ngày 15 tháng 3 năm 2024* |',
        '|---|---|',
        '',
        'Kính gửi:\tCác phòng, ban chuyên môn thuộc UBND huyện.',
        '',
        'Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh Nghệ An, UBND huyện yêu cầu:',
        '',
        '**1. Phòng Văn hóa và Thông tin** chủ trì, phối hợp với Phòng Tài chính & Kế hoạch.',
        '',
        '2. Các xã, thị trấn báo cáo kết quả **trước ngày 30/6/2024**.',
        '',
        '\f',
        '',
        'UBND huyện đề nghị các đơn vị nghiêm túc thực hiện./.',
        '',
        '| ***Nơi nhận:***<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>*(Đã ký)*<br>**Nguyễn Văn An** |',
        '|---|---|',
        '',
      ].join('\n'),
    );
    expect(result.warnings).toEqual([]);
  });

  it('keeps a line break inside a body paragraph as a newline', () => {
    const docx = makeDocx(paragraph(run('Kính gửi:'), LINE_BREAK, run('- Sở Nội vụ;'), '<w:r><w:cr/></w:r>', run('- Sở Tài chính.')));
    expect(docxToMarkdown(docx).text).toBe('Kính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n');
  });

  it('splits a paragraph at a page break in its middle', () => {
    const docx = makeDocx(paragraph(run('Hết trang một.'), PAGE_BREAK, run('Trang hai.')));
    expect(docxToMarkdown(docx).text).toBe('Hết trang một.\n\n\f\n\nTrang hai.\n');
  });

  it('puts emphasis markers around words only, never around spaces', () => {
    const docx = makeDocx(
      paragraph(run('Giao'), bold(' ỦY BAN'), run(' '), bold('NHÂN DÂN '), run('xã '), italic('thực hiện '), run('ngay.')),
    );
    expect(docxToMarkdown(docx).text).toBe('Giao **ỦY BAN NHÂN DÂN** xã *thực hiện* ngay.\n');
  });

  it('treats w:b w:val="0" / "false" as not bold', () => {
    const docx = makeDocx(
      paragraph(
        '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve">thường </w:t></w:r>',
        '<w:r><w:rPr><w:b w:val="false"/><w:i w:val="1"/></w:rPr><w:t>nghiêng</w:t></w:r>',
      ),
    );
    expect(docxToMarkdown(docx).text).toBe('thường *nghiêng*\n');
  });

  it('takes bold and italic from paragraph and character styles, direct formatting winning', () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="${W_NAMESPACE}">
  <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Quote"><w:basedOn w:val="Heading1"/><w:rPr><w:i/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;
    const body = [
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>CHÍNH PHỦ</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Số: 30/2020/NĐ-CP</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>Độc lập</w:t></w:r></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">Một </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>từ</w:t></w:r></w:p>',
    ].join('');
    const docx = makeDocx(body, { 'word/styles.xml': styles });
    expect(docxToMarkdown(docx).text).toBe('**CHÍNH PHỦ**\n\nSố: 30/2020/NĐ-CP\n\n***Độc lập***\n\nMột **từ**\n');
  });

  it('keeps inserted text and field results; drops deleted text, field codes and hidden text', () => {
    const body = paragraph(
      run('Căn cứ '),
      '<w:del w:id="1" w:author="A"><w:r><w:delText>Nghị định cũ</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="A"><w:r><w:t>Nghị định 30</w:t></w:r></w:ins>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> (trang 2)</w:t></w:r>',
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>',
      '<w:hyperlink r:id="rId9" xmlns:r="x"><w:r><w:t>, xem thêm</w:t></w:r></w:hyperlink>',
      '<w:r><w:footnoteReference w:id="1"/></w:r>',
    );
    expect(docxToMarkdown(makeDocx(body)).text).toBe('Căn cứ Nghị định 30 (trang 2), xem thêm\n');
  });

  it('shows text formatted with w:caps or w:smallCaps in capitals, as Word displays it', () => {
    const body = paragraph('<w:r><w:rPr><w:caps/></w:rPr><w:t>Khẩn</w:t></w:r>') + paragraph('<w:r><w:rPr><w:smallCaps/></w:rPr><w:t>Sở y tế</w:t></w:r>', run(' và thường'));
    expect(docxToMarkdown(makeDocx(body)).text).toBe('KHẨN\n\nSỞ Y TẾ và thường\n');
  });

  it('respects xml:space: without "preserve" the edges of w:t are not significant', () => {
    const body = paragraph('<w:r><w:t>  Điều 1.  </w:t></w:r><w:r><w:t xml:space="preserve"> Phạm vi</w:t></w:r>');
    expect(docxToMarkdown(makeDocx(body)).text).toBe('Điều 1. Phạm vi\n');
  });

  it('decodes entities and character references', () => {
    const body = paragraph(run('a &lt;b&gt; &quot;c&quot; &apos;d&apos; &#272;&#x1EA0; &amp;amp;'));
    expect(docxToMarkdown(makeDocx(body)).text).toBe('a <b> "c" \'d\' ĐẠ &amp;\n');
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const decomposed = 'Ủy ban'.normalize('NFD');
    expect(docxToMarkdown(makeDocx(paragraph(run(decomposed)))).text).toBe('Ủy ban\n'.normalize('NFC'));
  });

  it('escapes a leading # or > that would turn a line into a heading or a quote', () => {
    const docx = makeDocx(paragraph(run('# 1 không phải tiêu đề')) + paragraph(run('> 5 triệu')) + paragraph(run('a # b')));
    expect(docxToMarkdown(docx).text).toBe('\\# 1 không phải tiêu đề\n\n\\> 5 triệu\n\na # b\n');
  });

  it('renders merged, spanned and nested table cells, escaping | in cells', () => {
    const spanned = `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${paragraph(run('Tiêu đề gộp'))}</w:tc>`;
    const mergeStart = `<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${paragraph(run('Gộp dọc'))}</w:tc>`;
    const mergeContinue = `<w:tc><w:tcPr><w:vMerge/></w:tcPr>${paragraph()}</w:tc>`;
    const nested = table(row(cell(paragraph(run('a'))), cell(paragraph(run('b')))));
    const docx = makeDocx(
      table(
        row(spanned, cell(paragraph(run('x | y')))),
        row(mergeStart, cell(paragraph(run('1'))), cell(nested)),
        row(mergeContinue, cell(paragraph(run('2'))), cell(paragraph(run('c')), paragraph(run('d')))),
      ),
    );
    expect(docxToMarkdown(docx).text).toBe(
      [
        '| Tiêu đề gộp |  | x \\| y |',
        '|---|---|---|',
        '| Gộp dọc | 1 | a<br>b |',
        '|  | 2 | c<br>d |',
        '',
      ].join('\n'),
    );
  });

  it('pads short rows so that no cell is dropped by a GFM reader', () => {
    const docx = makeDocx(table(row(cell(paragraph(run('A')))), row(cell(paragraph(run('B'))), cell(paragraph(run('C'))))));
    expect(docxToMarkdown(docx).text).toBe('| A |  |\n|---|---|\n| B | C |\n');
  });

  it('warns once about auto-numbered paragraphs, whose numbers are not in the text', () => {
    const numbered = (text: string): string =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    const docx = makeDocx(numbered('Phòng Nội vụ;') + numbered('Phòng Tư pháp.') + paragraph(run('Trân trọng.')));
    const result = docxToMarkdown(docx);
    expect(result.text).toBe('Phòng Nội vụ;\n\nPhòng Tư pháp.\n\nTrân trọng.\n');
    expect(result.warnings).toEqual([
      { ruleId: 'decode/docx-unnumbered', message: 'auto-numbered paragraphs: 2 (their numbers are not in the text)', span: { start: 0, end: 13 } },
    ]);
  });

  describe('automatic numbering (word/numbering.xml)', () => {
    it('draws the numbers Word shows: nested lists, Roman sections, Điều headings from a style, %1.%2., bullets, start overrides', () => {
      const numbering = numberingXml(
        [
          abstractNum(0, level(0, 'decimal', '%1.'), level(1, 'lowerLetter', '%2)')),
          abstractNum(1, level(0, 'upperRoman', '%1.')),
          abstractNum(2, level(0, 'decimal', 'Điều %1.', { pStyle: 'Dieu' })),
          abstractNum(3, level(0, 'decimal', '%1.'), level(1, 'decimal', '%1.%2.')),
          abstractNum(4, level(0, 'bullet', '\uF0B7'), level(1, 'bullet', 'o')),
        ],
        [num(1, 0), num(2, 1), num(3, 2), num(4, 3), num(5, 4), num(6, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>')],
      );
      const styles = stylesXml(
        '<w:style w:type="paragraph" w:styleId="Dieu"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
      );
      const body = [
        numbered(2, 0, run('NHỮNG QUY ĐỊNH CHUNG')),
        styled('Dieu', run('Phạm vi điều chỉnh')),
        numbered(1, 0, run('Văn bản hành chính gồm:')),
        numbered(1, 1, run('Nghị quyết;')),
        numbered(1, 1, run('Quyết định.')),
        numbered(1, 0, run('Văn bản chuyên ngành:')),
        numbered(1, 1, run('Văn bản của Đảng.')),
        styled('Dieu', run('Đối tượng áp dụng')),
        `<w:p><w:pPr><w:pStyle w:val="Dieu"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>${run('Không đánh số')}</w:p>`,
        numbered(2, 0, run('THỂ THỨC VĂN BẢN')),
        numbered(4, 0, run('Thể thức')),
        numbered(4, 1, run('Quốc hiệu và Tiêu ngữ')),
        numbered(4, 1, run('Tên cơ quan ban hành')),
        numbered(5, 0, run('Như Điều 3;')),
        numbered(5, 1, bold('Lưu: VT.')),
        numbered(6, 0, run('Mục năm')),
        numbered(6, 0, run('Mục sáu')),
        table(row(cell(numbered(1, 0, run('Trong bảng'))))),
      ].join('');
      const result = docxToMarkdown(makeDocx(body, { 'word/styles.xml': styles, 'word/numbering.xml': numbering }));
      expect(result.text).toBe(
        [
          'I. NHỮNG QUY ĐỊNH CHUNG',
          '**Điều 1. Phạm vi điều chỉnh**',
          '1. Văn bản hành chính gồm:',
          'a) Nghị quyết;',
          'b) Quyết định.',
          '2. Văn bản chuyên ngành:',
          'a) Văn bản của Đảng.',
          '**Điều 2. Đối tượng áp dụng**',
          '**Không đánh số**',
          'II. THỂ THỨC VĂN BẢN',
          '1. Thể thức',
          '1.1. Quốc hiệu và Tiêu ngữ',
          '1.2. Tên cơ quan ban hành',
          '- Như Điều 3;',
          '- **Lưu: VT.**',
          '5. Mục năm',
          '6. Mục sáu',
          '| 3. Trong bảng |\n|---|',
          '',
        ].join('\n\n').replace(/\n\n$/, '\n'),
      );
      expect(result.warnings).toEqual([]);
    });

    it('shares counters between lists of one abstract definition; a start override restarts its own list', () => {
      const numbering = numberingXml(
        [abstractNum(0, level(0, 'decimal', '%1.', { start: 3 })), abstractNum(1, level(0, 'lowerRoman', '(%1)', { start: 2 }))],
        [num(1, 0), num(2, 0), num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'), num(4, 1)],
      );
      const body = [
        numbered(1, 0, run('ba')),
        numbered(2, 0, run('bốn')), // another w:num of the same list continues it
        numbered(3, 0, run('một')), // "Restart at 1"
        numbered(3, 0, run('hai')),
        numbered(1, 0, run('năm')),
        numbered(4, 0, run('hai La Mã')),
        numbered(4, 0, run('ba La Mã')),
      ].join('');
      const result = docxToMarkdown(makeDocx(body, { 'word/numbering.xml': numbering }));
      expect(result.text).toBe('3. ba\n\n4. bốn\n\n1. một\n\n2. hai\n\n5. năm\n\n(ii) hai La Mã\n\n(iii) ba La Mã\n');
    });

    it('takes the level of a heading style from the list level linked to it (w:pStyle), with w:isLgl', () => {
      const numbering = numberingXml(
        [
          abstractNum(
            0,
            level(0, 'upperRoman', 'Chương %1', { pStyle: 'Heading1' }),
            level(1, 'upperRoman', 'Mục %2.', { pStyle: 'Heading2' }),
            level(2, 'decimal', '%1.%2.%3', { pStyle: 'Heading3', extra: '<w:isLgl/>' }),
          ),
        ],
        [num(7, 0)],
      );
      const styles = stylesXml(
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Heading3"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>',
      );
      const body = [
        styled('Heading1', run('QUY ĐỊNH CHUNG')),
        styled('Heading2', run('Phạm vi')),
        styled('Heading3', run('Khái niệm')),
        styled('Heading2', run('Đối tượng')),
        styled('Heading1', run('ĐIỀU KHOẢN THI HÀNH')),
        styled('Heading2', run('Hiệu lực')),
      ].join('');
      const result = docxToMarkdown(makeDocx(body, { 'word/styles.xml': styles, 'word/numbering.xml': numbering }));
      expect(result.text).toBe(
        'Chương I QUY ĐỊNH CHUNG\n\nMục I. Phạm vi\n\n1.1.1 Khái niệm\n\nMục II. Đối tượng\n\nChương II ĐIỀU KHOẢN THI HÀNH\n\nMục I. Hiệu lực\n',
      );
    });

    it('formats the label like Word (level run properties, paragraph mark), trims the text after it, skips empty paragraphs', () => {
      const numbering = numberingXml(
        [
          abstractNum(0, level(0, 'decimal', '%1.', { extra: '<w:rPr><w:b/></w:rPr>' })),
          abstractNum(1, level(0, 'decimalZero', '%1.'), level(1, 'none', '%2')),
          abstractNum(2, level(0, 'decimal', '%1.', { extra: '<w:rPr><w:vanish/></w:rPr>' })),
        ],
        [num(1, 0), num(2, 1), num(3, 2)],
      );
      const body = [
        numbered(1, 0, run('Tổ chức thực hiện.')),
        numbered(1, 0), // empty: counted by Word, no bare "2." line here
        numbered(1, 0, '<w:r><w:tab/></w:r>', run('  Hiệu lực thi hành.')),
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr><w:i/></w:rPr></w:pPr>${italic('Ghi chú')}</w:p>`,
        numbered(2, 1, run('không có số')),
        numbered(3, 0, run('số ẩn')),
      ].join('');
      const result = docxToMarkdown(makeDocx(body, { 'word/numbering.xml': numbering }));
      expect(result.text).toBe('**1.** Tổ chức thực hiện.\n\n**3.** Hiệu lực thi hành.\n\n*01. Ghi chú*\n\nkhông có số\n\nsố ẩn\n');
      expect(result.warnings).toEqual([]);
    });

    it('follows the document relationships to the numbering part, w:numStyleLink, and Word 2010 custom formats', () => {
      const relationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="lists/danh-sach.xml"/></Relationships>`;
      const customFormat =
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
        '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>';
      const numbering = numberingXml(
        [
          abstractNum(0, level(0, 'decimal', 'Điều %1.'), level(1, 'decimal', '%2.')).replace('</w:abstractNum>', '<w:styleLink w:val="DanhSachDieu"/></w:abstractNum>'),
          `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DanhSachDieu"/></w:abstractNum>`,
          `<w:abstractNum w:abstractNumId="2">${customFormat}</w:abstractNum>`,
        ],
        [num(1, 0), num(2, 1), num(3, 2)],
      );
      const styles = stylesXml(
        '<w:style w:type="numbering" w:styleId="DanhSachDieu"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
      );
      const body = [numbered(2, 0, run('Phạm vi')), numbered(2, 1, run('Khoản một')), numbered(1, 0, run('Hiệu lực')), numbered(3, 0, run('Mã'))].join('');
      const docx = makeDocx(body, {
        'word/_rels/document.xml.rels': relationships,
        'word/lists/danh-sach.xml': numbering,
        'word/styles.xml': styles,
      });
      expect(docxToMarkdown(docx).text).toBe('Điều 1. Phạm vi\n\n1. Khoản một\n\nĐiều 2. Hiệu lực\n\n001. Mã\n');
    });

    it('warns about the numbered paragraphs it cannot number: unknown list, undefined level', () => {
      const numbering = numberingXml([abstractNum(0, level(0, 'decimal', '%1.'))], [num(1, 0)]);
      const body = [numbered(1, 0, run('Một')), numbered(99, 0, run('Danh sách lạ')), numbered(1, 4, run('Cấp lạ')), numbered(1, 0, run('Hai'))].join('');
      const result = docxToMarkdown(makeDocx(body, { 'word/numbering.xml': numbering }));
      expect(result.text).toBe('1. Một\n\nDanh sách lạ\n\nCấp lạ\n\n2. Hai\n');
      // The span is that of the first paragraph without its number.
      expect(result.warnings).toEqual([
        { ruleId: 'decode/docx-unnumbered', message: 'auto-numbered paragraphs: 2 (their numbers are not in the text)', span: { start: 8, end: 20 } },
      ]);
    });
  });

  it('reads text boxes once, after the paragraph that anchors them', () => {
    const textBox = (text: string): string => `<w:txbxContent>${paragraph(run(text))}</w:txbxContent>`;
    const drawing =
      '<w:r><mc:AlternateContent>' +
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x">${textBox('DỰ THẢO')}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="y">${textBox('DỰ THẢO')}</v:textbox></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r>';
    const docx = makeDocx(paragraph(run('Số: 12/UBND-VP'), drawing));
    expect(docxToMarkdown(docx).text).toBe('Số: 12/UBND-VP\n\nDỰ THẢO\n');
  });

  it('reads the text boxes of a drawing group in document order', () => {
    const textBox = (text: string): string => `<wps:txbx xmlns:wps="x"><w:txbxContent>${paragraph(run(text))}</w:txbxContent></wps:txbx>`;
    const group = `<w:r><w:drawing><wpg:grpSp xmlns:wpg="g">${textBox('Bên trái')}${textBox('Bên phải')}</wpg:grpSp></w:drawing></w:r>`;
    expect(docxToMarkdown(makeDocx(paragraph(run('Mở đầu'), group))).text).toBe('Mở đầu\n\nBên trái\n\nBên phải\n');
  });

  it('accepts a document that binds WordprocessingML to another prefix', () => {
    const xml = `<?xml version="1.0"?><x:document xmlns:x="${W_NAMESPACE}"><x:body><x:p><x:r><x:rPr><x:b/></x:rPr><x:t>QUYẾT ĐỊNH</x:t></x:r></x:p></x:body></x:document>`;
    const docx = makeDocx('', { 'word/document.xml': xml });
    expect(docxToMarkdown(docx).text).toBe('**QUYẾT ĐỊNH**\n');
  });

  it('finds the main document through the package relationships', () => {
    const docx = makeZip([
      { name: '_rels/.rels', content: packageRelationships('/word/document2.xml') },
      { name: 'word/document2.xml', content: documentXml(paragraph(run('Nội dung'))) },
    ]);
    expect(docxToMarkdown(docx).text).toBe('Nội dung\n');
  });

  it('reads stored (uncompressed, method 0) entries', () => {
    const docx = makeZip([{ name: 'word/document.xml', content: documentXml(paragraph(run('Không nén'))), method: 0 }]);
    expect(docxToMarkdown(docx).text).toBe('Không nén\n');
  });

  it('returns empty text for an empty body', () => {
    expect(docxToMarkdown(makeDocx(''))).toEqual({ text: '', warnings: [] });
  });

  describe('errors', () => {
    it('refuses bytes that are not a zip archive', () => {
      expectDocxError(new TextEncoder().encode('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), /not a \.docx file.*zip/);
    });

    it('names a legacy binary .doc file', () => {
      expectDocxError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /legacy binary Word \(\.doc\)/);
    });

    it('refuses a zip without word/document.xml', () => {
      const zip = makeZip([{ name: '[Content_Types].xml', content: CONTENT_TYPES }, { name: 'xl/workbook.xml', content: '<workbook/>' }]);
      expectDocxError(zip, /no word\/document\.xml/);
    });

    it('refuses a truncated zip', () => {
      const docx = makeDocx(paragraph(run('Nội dung')));
      expectDocxError(docx.subarray(0, Math.floor(docx.length / 2)), /end of central directory not found/);
    });

    it('refuses an entry whose compressed data is corrupt', () => {
      const docx = makeZip([{ name: 'word/document.xml', content: documentXml(paragraph(run('Nội dung'))) }]);
      const corrupt = docx.slice();
      corrupt.fill(0xff, 40, 60); // inside the deflate stream of the only entry
      expectDocxError(corrupt, /cannot read \.docx: corrupt zip: cannot inflate word\/document\.xml/);
    });

    it('refuses a body without w:document/w:body', () => {
      expectDocxError(makeDocx('', { 'word/document.xml': '<w:document xmlns:w="x"/>' }), /no w:document\/w:body/);
    });
  });
});

describe('looksLikeZip', () => {
  it('recognises the local file header signature PK\\x03\\x04', () => {
    expect(looksLikeZip(makeDocx(''))).toBe(true);
    expect(looksLikeZip(new TextEncoder().encode('PK'))).toBe(false);
    expect(looksLikeZip(new TextEncoder().encode('Số: 12/UBND-VP'))).toBe(false);
  });
});

describe('zip reader', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('lists entries and reads stored and deflated ones, even after an archive comment', () => {
    const zip = openZip(
      makeZip(
        [
          { name: 'a.txt', content: 'nén', method: 8 },
          { name: 'thư mục/b.txt', content: 'không nén', method: 0 },
        ],
        'comment with PK\x05\x06 inside',
      ),
    );
    expect(zip.entries.map((entry) => entry.name)).toEqual(['a.txt', 'thư mục/b.txt']);
    expect(new TextDecoder().decode(zip.readEntry('a.txt'))).toBe('nén');
    expect(new TextDecoder().decode(zip.readEntry('thư mục/b.txt'))).toBe('không nén');
    expect(zip.findEntry('A.TXT')?.name).toBe('a.txt');
    expect(() => zip.readEntry('missing.txt')).toThrow(/not found: missing\.txt/);
  });

  it('refuses an entry larger than the size cap before inflating it', () => {
    const zip = openZip(makeZip([{ name: 'bomb.xml', content: 'x'.repeat(10_000) }]), { maxEntryBytes: 1_000 });
    expect(() => zip.readEntry('bomb.xml')).toThrow(/bomb\.xml expands to 0\.0 MB, more than the 0\.0 MB limit/);
  });

  it('refuses to read more than the total cap from one archive', () => {
    const zip = openZip(makeZip([{ name: 'a.xml', content: 'x'.repeat(600) }, { name: 'b.xml', content: 'y'.repeat(600) }]), { maxTotalBytes: 1_000 });
    expect(zip.readEntry('a.xml').length).toBe(600);
    expect(() => zip.readEntry('b.xml')).toThrow(expect.objectContaining({ overLimit: true }));
  });

  it('refuses an entry that inflates to more than its declared size', () => {
    const bytes = makeZip([{ name: 'liar.xml', content: 'x'.repeat(10_000) }]);
    const centralDirectoryOffset = readUint32(bytes, bytes.length - 6);
    writeUint32(bytes, centralDirectoryOffset + 24, 100); // uncompressed size in the central directory
    expect(() => openZip(bytes).readEntry('liar.xml')).toThrow(ZipError);
  });

  it('refuses a CRC mismatch', () => {
    const bytes = makeZip([{ name: 'a.txt', content: 'abc', method: 0 }]);
    const centralDirectoryOffset = readUint32(bytes, bytes.length - 6);
    writeUint32(bytes, centralDirectoryOffset + 16, 0x12345678);
    expect(() => openZip(bytes).readEntry('a.txt')).toThrow(/CRC mismatch in a\.txt/);
  });

  it('refuses zip64 archives with a clear message', () => {
    const bytes = makeZip([{ name: 'a.txt', content: 'abc' }]);
    writeUint32(bytes, bytes.length - 6, 0xffffffff); // central directory offset → zip64 marker
    expect(() => openZip(bytes)).toThrow(/zip64 archives are not supported/);
  });

  it('refuses a central directory that points outside the archive', () => {
    const bytes = makeZip([{ name: 'a.txt', content: 'abc' }]);
    writeUint32(bytes, bytes.length - 6, 0x7fff0000);
    expect(() => openZip(bytes)).toThrow(/outside the archive/);
  });
});

function readUint32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(offset, true);
}

function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(offset, value, true);
}

describe('bounds on what a .docx may expand to (zip bombs)', () => {
  const many = (n: number) => paragraph(run('Số: 12/UBND-VP')).repeat(n);

  it('refuses a part that inflates beyond the part limit, before reading it', () => {
    const docx = makeDocx(many(2000));
    expect(() => docxToMarkdown(docx, { ...DEFAULT_DOCX_LIMITS, maxPartBytes: 10_000 })).toThrow(/refused \.docx \(a zip bomb\?\): word\/document\.xml expands to/);
  });

  it('refuses a package whose parts together inflate beyond the package limit', () => {
    const docx = makeDocx(many(100), { 'word/styles.xml': `<w:styles xmlns:w="${W_NAMESPACE}">${'<w:style/>'.repeat(2000)}</w:styles>` });
    const result = docxToMarkdown(docx, { ...DEFAULT_DOCX_LIMITS, maxPackageBytes: 20_000 });
    // The document is read; the styles that no longer fit are reported, not read.
    expect(result.text).toContain('Số: 12/UBND-VP');
    expect(result.warnings.map((w) => w.ruleId)).toEqual(['decode/docx-styles-ignored']);
  });

  it('refuses a document with more XML elements than the limit, counted while reading', () => {
    expect(() => docxToMarkdown(makeDocx(many(1000)), { ...DEFAULT_DOCX_LIMITS, maxElements: 2000 })).toThrow(/refused \.docx: its XML has more than 2,000 elements/);
    expect(() => docxToMarkdown(makeDocx(many(100)), { ...DEFAULT_DOCX_LIMITS, maxElements: 2000 })).not.toThrow();
  });

  it('with the default limits, refuses 40 MB of XML from a small file as an InputError (exit 2 in the CLI)', () => {
    const docx = makeDocx(paragraph(run('a'.repeat(40 * 1024 * 1024))));
    expect(docx.length).toBeLessThan(200_000);
    expect(() => parseDocument(docx)).toThrow(expect.objectContaining({ name: 'InputError', code: 'E_DOCX' }));
    expect(() => parseDocument(docx)).toThrow(/expands to 40\.0 MB, more than the 32\.0 MB limit/);
  });
});

describe('a header kept in the first page’s header part', () => {
  const W_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const withPageHeader = (headerBody: string, body: string) =>
    makeDocx('', {
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${W_RELS}"><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:headerReference w:type="first" r:id="rId9"/><w:titlePg/></w:sectPr></w:body></w:document>`,
      'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="${W_RELS}/header" Target="header2.xml"/><Relationship Id="rId9" Type="${W_RELS}/header" Target="header1.xml"/></Relationships>`,
      'word/header1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NAMESPACE}">${headerBody}</w:hdr>`,
      'word/header2.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NAMESPACE}">${paragraph(run('Trang 2'))}</w:hdr>`,
    });
  const header = table(
    row(cell(paragraph(bold('UBND TỈNH HẬU GIANG')), paragraph(bold('SỞ Y TẾ')), paragraph(run('Số: 1325/SYT-NVY'))), cell(paragraph(bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')), paragraph(bold('Độc lập - Tự do - Hạnh phúc')), paragraph(italic('Hậu Giang, ngày 17 tháng 6 năm 2024')))),
  );
  const body = paragraph(run('V/v tăng cường phòng, chống bệnh sốt xuất huyết')) + paragraph(run('Kính gửi: Các bệnh viện.')) + paragraph(run('Sở Y tế đề nghị thực hiện./.'));

  it('reads it first, as the document’s header, and says so', () => {
    const { text, warnings } = docxToMarkdown(withPageHeader(header, body));
    expect(text.indexOf('CỘNG HÒA')).toBeLessThan(text.indexOf('Kính gửi'));
    expect(text).not.toContain('Trang 2');
    expect(warnings.map((w) => w.ruleId)).toContain('decode/docx-page-header');
    const doc = parseDocument(withPageHeader(header, body), { path: 'x.docx' });
    expect([doc.header.number, doc.header.symbol, doc.header.place, doc.header.date?.iso]).toEqual(['1325', 'SYT-NVY', 'Hậu Giang', '2024-06-17']);
  });

  it('leaves a page header out that holds no document header, or when the body has its own', () => {
    expect(docxToMarkdown(withPageHeader(paragraph(run('Logo công ty')), body)).text).not.toContain('Logo');
    const own = docxToMarkdown(withPageHeader(header, paragraph(bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + body)).text;
    expect(own.match(/CỘNG HÒA/g)).toHaveLength(1);
  });
});
