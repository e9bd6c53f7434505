import type { Rule } from '../types.js';
import { COMPONENT_NAMES, docxComponents, type Component } from './docx-components.js';
import { docxBytes, specimenLetter } from './docx-example.js';
import { PARTY_LOOK, STATE_LOOK } from './typography.js';

export const rule: Rule = {
  id: 'VB602',
  name: 'font-size',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  input: 'docx',
  description: {
    vi: 'Cỡ chữ từng thành phần theo Phụ lục I NĐ 30 (Quốc hiệu 12–13, Tiêu ngữ 13–14, tên cơ quan 12–13, số ký hiệu 13, ngày tháng 13–14, tên loại và trích yếu 13–14, trích yếu công văn 12–13, nội dung 13–14, "Nơi nhận:" 12, danh sách nơi nhận 11, chữ ký 13–14) hoặc HD 36 với văn bản của Đảng.',
    en: 'Each component\'s font size follows NĐ 30 Phụ lục I (quốc hiệu 12–13, tiêu ngữ 13–14, agency 12–13, number 13, date 13–14, tên loại and trích yếu 13–14, công văn trích yếu 12–13, body 13–14, "Nơi nhận:" 12, its list 11, signature 13–14), or HD 36 for Party documents.',
  },
  clause: 'NĐ 30/2020 Phụ lục I §V; HD 36 Phụ lục 3; rules.md §1.5, §13',
  fixable: false,
  messages: { size: { vi: '{component}: cỡ chữ {found} pt; quy định {expected} pt (đoạn {paragraph})', en: '{component}: font size {found} pt; required {expected} pt (paragraph {paragraph})' } },
  examples: {
    failing: [{ text: '', focus: 'Quốc hiệu cỡ 16', docx: () => { const l = specimenLetter(); l.header.right[0] = { ...l.header.right[0]!, size: 16 }; return docxBytes(l); }, lines: [] }],
    passing: [{ text: '', focus: 'Quốc hiệu cỡ 13', docx: () => docxBytes(specimenLetter()) }],
  },
  check(ctx) {
    // Legal normative documents (Nghị định, Thông tư…) follow the VBQPPL rules, not NĐ 30 Phụ lục I.
    if (ctx.legal) return;
    const table = ctx.family === 'party' ? PARTY_LOOK : STATE_LOOK;
    const reported = new Set<Component>();
    for (const c of docxComponents(ctx)) {
      const range = table[c.component]?.size;
      if (!range || reported.has(c.component)) continue;
      const sizes = [...new Set(c.runs.map((r) => r.size).filter((s): s is number => s !== null))];
      if (sizes.length === 0 || c.runs.some((r) => r.size === null)) continue;
      if (sizes.some((s) => s >= range[0] && s <= range[1])) continue;
      reported.add(c.component);
      ctx.report({
        messageId: 'size',
        data: { component: COMPONENT_NAMES[c.component], found: sizes.join(', '), expected: range[0] === range[1] ? `${range[0]}` : `${range[0]}–${range[1]}`, paragraph: c.paragraph.index + 1 },
        line: c.line,
        paragraph: c.paragraph.index,
      });
    }
  },
};
