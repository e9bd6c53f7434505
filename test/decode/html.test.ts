/** HTML pages are read as markdown: a paragraph per block element, tables kept as tables. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/core.js';
import { htmlToMarkdown, looksLikeHtml } from '../../src/decode/html.js';
import { parseDocument } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('htmlToMarkdown', () => {
  it('gives a paragraph per block element and folds the whitespace of the source', () => {
    expect(htmlToMarkdown('<p>Căn cứ Luật\n   Tổ chức chính quyền địa phương;</p><div>Theo đề nghị<br>của Sở Nội vụ.</div>')).toBe(
      'Căn cứ Luật Tổ chức chính quyền địa phương;\n\nTheo đề nghị\ncủa Sở Nội vụ.\n',
    );
  });

  it('leaves out what a page does not show: head, scripts, styles, comments', () => {
    const page = '<html><head><title>Tiêu đề trang</title><style>p{}</style></head><body><!-- quảng cáo --><script>var a = "<p>x</p>";</script><p>Nội dung</p></body></html>';
    expect(htmlToMarkdown(page)).toBe('Nội dung\n');
  });

  it('writes bold and italic as markdown emphasis outside tables', () => {
    expect(htmlToMarkdown('<p><b>Điều 1.</b> Thành lập <i>Tổ công tác</i>.</p>')).toBe('**Điều 1.** Thành lập *Tổ công tác*.\n');
  });

  it('writes the markers a browser shows before list items: numbers, điểm letters, dashes', () => {
    expect(htmlToMarkdown('<ol><li><p>Rà soát số liệu.</p></li><li>Báo cáo kết quả.</li></ol><ol type="a" start="4"><li>Điểm d</li><li>Điểm đ</li></ol><ul><li>Như trên;</li></ul>')).toBe(
      '1. Rà soát số liệu.\n\n2. Báo cáo kết quả.\n\nd) Điểm d\n\nđ) Điểm đ\n\n- Như trên;\n',
    );
    expect(htmlToMarkdown('<ol type="I"><li>Mục tiêu</li><li value="4">Tổ chức thực hiện</li></ol>')).toBe('I. Mục tiêu\n\nIV. Tổ chức thực hiện\n');
  });

  it('keeps a table as an HTML table, a line per row, block tags in cells as <br>', () => {
    expect(htmlToMarkdown('<table class="x"><tbody><tr><td><p>SỞ Y TẾ</p><p>Số: 12/SYT</p></td><td>Gia Lai</td></tr></tbody></table>')).toBe(
      '<table>\n<tr><td><br>SỞ Y TẾ<br>Số: 12/SYT</td><td>Gia Lai</td></tr></table>\n',
    );
  });

  it('leaves character references to the normalizer, which maps each back to the page', () => {
    expect(htmlToMarkdown('<p>Hạnh ph&uacute;c &amp; tiến bộ</p>')).toBe('Hạnh ph&uacute;c &amp; tiến bộ\n');
  });

  it('reads a broken page to its end: unclosed tags and quotes, a stray <, an unclosed comment', () => {
    // (A tag whose quote never closes is kept as text: nothing of the page is lost.)
    expect(htmlToMarkdown('<p>a < b <div class="x>c<p>d<!-- e')).toBe('a < b <div class="x>c\n\nd\n');
  });
});

describe('HTML input', () => {
  it('is recognised by its doctype or <html>, whatever the file is called', () => {
    expect(looksLikeHtml(bytes('\ufeff<!-- saved -->\n<!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(bytes('Số: 12/UBND <html> trong câu'))).toBe(false);
    expect(decodeInput(bytes('<!doctype html><p>Số: 12/UBND</p>'), { path: 'van-ban.txt' }).format).toBe('html');
    expect(decodeInput(bytes('<p>Số: 12/UBND</p>'), { path: 'van-ban.htm' }).format).toBe('html');
  });

  it('is read from a string too, and its places point into the markdown it was read as', () => {
    const page = '<!DOCTYPE html><html><body><table><tr><td>ỦY BAN NHÂN DÂN<br>XÃ ĐĂK HÀ<br>Số: 45/UBND-VP</td><td>Đăk Hà, ngày 21 tháng 4 năm 2026</td></tr></table><p>V/v tổ chức hội nghị</p></body></html>';
    const doc = parseDocument(page);
    expect(doc.source.format).toBe('html');
    expect([doc.header.number, doc.header.symbol, doc.header.date?.iso]).toEqual(['45', 'UBND-VP', '2026-04-21']);
    const text = decodeInput(page, {}).text;
    const place = doc.sources['/header/symbol']?.place;
    expect(text.slice(place?.start.offset, place?.end.offset)).toBe('45/UBND-VP');
  });

  it('works from the CLI on a saved page, and --format text prints what positions refer to', () => {
    const out = JSON.parse(execFileSync(process.execPath, [join(root, 'bin', 'vbparse.js'), join(root, 'fixtures', 'html-page-qd.html')], { encoding: 'utf8' }));
    expect([out.header.number, out.header.symbol, out.signer.name]).toEqual(['57', 'QĐ-UBND', 'Hồ Văn Đạt']);
    const text = spawnSync(process.execPath, [join(root, 'bin', 'vbparse.js'), join(root, 'fixtures', 'html-page-qd.html'), '--format', 'text'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('**Điều 1.** Thành lập Ban Chỉ đạo');
    expect(text).not.toContain('gtag');
  });
});

describe('HTML soup', () => {
  it('never throws and always gives a valid result, whatever the tags', async () => {
    const { random } = await import('../../scripts/mutate.mjs');
    const { documentSchema } = await import('../../src/index.js');
    const rnd = random(20261207);
    const parts = ['<table>', '</table>', '<tr>', '<td>', '</td>', '<th colspan="2">', '<p>', '</p>', '<br>', '<b>', '</b>', '<i>', '<!--', '-->', '<script>', '</script>', '<div class="a', '"', "'", '<', '>', '&amp;', '&#x1EBF;', ' ', '\n', 'Số: 12/UBND', 'Nơi nhận:', '- Lưu: VT.', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 05 tháng 3 năm 2026', 'Điều 1.'];
    for (let i = 0; i < 300; i++) {
      let page = '<!DOCTYPE html>';
      const n = 5 + Math.floor(rnd() * 60);
      for (let j = 0; j < n; j++) page += parts[Math.floor(rnd() * parts.length)];
      if (htmlToMarkdown(page).trim() === '') continue;
      const doc = parseDocument(page, { validate: false });
      expect(documentSchema.safeParse(doc).success, page).toBe(true);
    }
  });
});
