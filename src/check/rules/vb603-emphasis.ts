import type { Rule, Text } from '../types.js';
import { COMPONENT_NAMES, docxComponents, type Component } from './docx-components.js';
import { docxBytes, specimenLetter } from './docx-example.js';
import { PARTY_LOOK, STATE_LOOK } from './typography.js';

const STYLE: Record<'bold' | 'notBold' | 'italic', Text> = {
  bold: { vi: 'in đậm', en: 'bold' },
  notBold: { vi: 'không in đậm', en: 'not bold' },
  italic: { vi: 'in nghiêng', en: 'italic' },
};

export const rule: Rule = {
  id: 'VB603',
  name: 'emphasis',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  input: 'docx',
  description: {
    vi: 'Kiểu chữ từng thành phần theo Phụ lục I NĐ 30: Quốc hiệu, Tiêu ngữ, tên cơ quan ban hành, tên loại, trích yếu, quyền hạn và họ tên người ký in đậm; tên cơ quan chủ quản và trích yếu công văn không in đậm; địa danh, ngày tháng in nghiêng; "Nơi nhận:" in đậm nghiêng.',
    en: 'Each component\'s style follows NĐ 30 Phụ lục I: quốc hiệu, tiêu ngữ, issuing agency, tên loại, trích yếu, signing authority and signer\'s name bold; the managing body and a công văn\'s trích yếu not bold; place and date italic; "Nơi nhận:" bold italic.',
  },
  clause: 'NĐ 30/2020 Phụ lục I §V; HD 36 Phụ lục 3; rules.md §1.5, §13',
  fixable: false,
  messages: { style: { vi: '{component} phải {expected} (đoạn {paragraph})', en: 'The {component} must be {expected} (paragraph {paragraph})' } },
  examples: {
    failing: [{ text: '', focus: 'Ngày tháng không in nghiêng', docx: () => { const l = specimenLetter(); l.header.right[2] = { ...l.header.right[2]!, italic: false }; return docxBytes(l); }, lines: [] }],
    passing: [{ text: '', focus: 'Ngày tháng in nghiêng', docx: () => docxBytes(specimenLetter()) }],
  },
  check(ctx) {
    // Legal normative documents (Nghị định, Thông tư…) follow the VBQPPL rules, not NĐ 30 Phụ lục I.
    if (ctx.legal) return;
    const table = ctx.family === 'party' ? PARTY_LOOK : STATE_LOOK;
    const reported = new Set<Component>();
    for (const c of docxComponents(ctx)) {
      const look = table[c.component];
      if (!look || reported.has(c.component) || c.runs.length === 0) continue;
      const problems: Text[] = [];
      // Only when every run of the component deviates: one plain comma in a bold title is not a fault.
      if (look.bold === true && c.runs.every((r) => !r.bold)) problems.push(STYLE.bold);
      if (look.bold === false && c.runs.every((r) => r.bold)) problems.push(STYLE.notBold);
      if (look.italic === true && c.runs.every((r) => !r.italic)) problems.push(STYLE.italic);
      if (problems.length === 0) continue;
      reported.add(c.component);
      const expected: Text = { vi: problems.map((p) => p.vi).join(', '), en: problems.map((p) => p.en).join(', ') };
      const component: Text = c.component === 'body' ? COMPONENT_NAMES.body : COMPONENT_NAMES[c.component];
      ctx.report({ messageId: 'style', data: { component, expected, paragraph: c.paragraph.index + 1 }, line: c.line, paragraph: c.paragraph.index });
    }
  },
};
