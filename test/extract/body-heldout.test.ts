/**
 * The body tree of documents from new sources (issue 10), by example: wrapped layout text whose
 * headings stand on short lines, stray quotes from OCR, a label typed twice.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const tasksOf = (body: string) => parseDocument(`Số: 9/UBND-VP\nV/v thử\n\n${body}`).tasks;
const brief = (body: string) => tasksOf(body).map((t) => `${t.label}|${t.text}`);

/** A wrapped paragraph of layout text: the first line indented, the rest at the margin, ~80 columns. */
const PARAGRAPH = [
  '      Để việc triển khai bảo đảm tiến độ, chất lượng và hiệu quả, Sở Nội vụ đề nghị',
  'các cơ quan, đơn vị quan tâm chỉ đạo thực hiện tốt một số nội dung sau đây và báo',
  'cáo kết quả về Sở Nội vụ trước ngày 15 tháng 12 năm 2025 để tổng hợp, báo cáo theo',
  'quy định hiện hành của Ủy ban nhân dân tỉnh về công tác cải cách hành chính.',
].join('\n');

describe('headings of wrapped layout text', () => {
  it('ends a heading on a short line before the capitalised paragraph under it', () => {
    const body = ['      1. Kết quả thực hiện', PARAGRAPH, '      2. Tổ chức thực hiện', PARAGRAPH].join('\n');
    expect(brief(body)).toEqual(['1|Kết quả thực hiện', '2|Tổ chức thực hiện']);
    expect(tasksOf(body)[0]?.paragraphs[0]?.text).toMatch(/^Để việc triển khai/u);
  });

  it('keeps a sentence that goes on in lower case after a short line', () => {
    const body = ['      1. Kết quả thực hiện của các đơn vị', 'trong năm 2025 được tổng hợp tại Phụ lục kèm theo.', PARAGRAPH, PARAGRAPH].join('\n');
    expect(brief(body)[0]).toBe('1|Kết quả thực hiện của các đơn vị trong năm 2025 được tổng hợp tại Phụ lục kèm theo.');
  });

  it('keeps a long wrapped line with its paragraph (it reaches the margin)', () => {
    const body = [
      '      1. Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực',
      'hiện Kế hoạch này; Sở Tài chính bố trí kinh phí.',
      PARAGRAPH,
    ].join('\n');
    expect(brief(body)[0]).toBe('1|Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện Kế hoạch này; Sở Tài chính bố trí kinh phí.');
  });
});

describe('numbering and quotes', () => {
  it('reads a label typed twice as the unit it stands for when the next label is two past it', () => {
    const result = parseDocument(`Số: 9/UBND-VP\nV/v thử\n\nI. Một\n\nII. Hai\n\nII. Ba\n\nIV. Bốn`);
    expect(result.tasks.map((t) => `${t.label}|${t.text}`)).toEqual(['I|Một', 'II|Hai', 'II|Ba', 'IV|Bốn']);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('body/label-repeated');
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('body/numbering-gap');
  });

  it('lets a lone straight quote from OCR open no quotation', () => {
    const body = '1. Thành phần mời:\n\n"- Lãnh đạo các sở, ngành;\n\n- Lưu: VT.\n\n2. Thời gian: 8 giờ ngày 7/11/2025.\n\n3. Địa điểm: Hội trường tỉnh.';
    expect(tasksOf(body).map((t) => t.label)).toEqual(['1', '2', '3']);
  });

  it('lets a curly quote that is never closed (OCR noise) open no quotation', () => {
    const body = 'Theo đề nghị của Giám “đốc Sở Y tế tại Tờ trình số 565/TTr-SYT.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Công bố danh mục.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.';
    expect(tasksOf(body).map((t) => t.label)).toEqual(['Điều 1', 'Điều 2']);
  });

  it('still reads units inside a closed curly quotation as quoted, after a stray one', () => {
    const body = 'Giám “đốc Sở.\n\nKhoản 2 quy định: “1. Đối tượng được hỗ trợ.\n\n2. Mức hỗ trợ.” Đề nghị thực hiện.\n\n1. Các phòng triển khai.';
    expect(tasksOf(body).map((t) => `${t.label}|${t.text}`)).toEqual(['1|Các phòng triển khai.']);
  });

  it('still reads units inside a quotation in straight quotes as quoted', () => {
    const body = 'Khoản 2 quy định: "1. Đối tượng được hỗ trợ.\n\n2. Mức hỗ trợ." Đề nghị thực hiện.\n\n1. Các phòng triển khai.';
    expect(tasksOf(body).map((t) => `${t.label}|${t.text}`)).toEqual(['1|Các phòng triển khai.']);
  });
});
