import type { Rule } from '../types.js';
import { docxBytes, specimenLetter } from './docx-example.js';
import { docxComponents } from './docx-components.js';

export const rule: Rule = {
  id: 'VB605',
  name: 'header-layout',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  input: 'docx',
  description: {
    vi: 'Phần đầu văn bản trình bày hai cột ngang nhau: tên cơ quan ban hành và số, ký hiệu bên trái; Quốc hiệu, Tiêu ngữ (hoặc tiêu đề của Đảng) và ngày tháng bên phải — thường là một bảng hai cột không viền.',
    en: 'The header is two columns side by side: issuing agency and number on the left; quốc hiệu, tiêu ngữ (or the Party title) and date on the right — usually a borderless two-column table.',
  },
  clause: 'NĐ 30/2020 Phụ lục I §IV (ô 1–4); HD 36; rules.md §1.1, §15',
  fixable: false,
  messages: { stacked: { vi: 'Tên cơ quan ban hành và Quốc hiệu nằm trên các dòng riêng, không thành hai cột ngang nhau', en: 'The issuing agency and the quốc hiệu are stacked, not side by side in two columns' } },
  examples: {
    failing: [{ text: '', focus: 'Phần đầu xếp chồng', docx: () => { const l = specimenLetter(); return docxBytes({ ...l, header: { left: [], right: [] }, body: [...l.header.left, ...l.header.right, ...l.body] }); }, lines: [] }],
    passing: [{ text: '', focus: 'Bảng hai cột', docx: () => docxBytes(specimenLetter()) }],
  },
  check(ctx) {
    // Legal normative documents (Nghị định, Thông tư…) follow the VBQPPL rules, not NĐ 30 Phụ lục I.
    if (ctx.legal) return;
    const components = docxComponents(ctx);
    const title = components.find((c) => c.component === 'nationalTitle' || c.component === 'partyTitle');
    const agency = components.find((c) => c.component === 'agencyIssuer' || c.component === 'agencyParent');
    if (!title || !agency) return;
    // Side by side: table cells, one paragraph with a TAB between the columns, or a text frame.
    if (title.paragraph.cell || agency.paragraph.cell || title.paragraph === agency.paragraph || title.paragraph.framed || agency.paragraph.framed) return;
    if (/\t/.test(title.paragraph.text) || /\t/.test(agency.paragraph.text)) return;
    ctx.report({ messageId: 'stacked', line: title.line, paragraph: title.paragraph.index });
  },
};
