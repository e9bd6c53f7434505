import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { headerLine, firstLine } from './util.js';

export const rule: Rule = {
  id: 'VB120',
  name: 'number-missing',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Văn bản phải có dòng số, ký hiệu (`Số: 05/SNV-VP`; văn bản của Đảng `Số 125-CV/VPTU`) dưới tên cơ quan ban hành.',
    en: 'A document has its số/ký hiệu line (`Số: 05/SNV-VP`; Party `Số 125-CV/VPTU`) under the issuing agency.',
  },
  clause: 'NĐ 30/2020 Điều 8.2c, Phụ lục I II.3; HD 36 II.1.3; rules.md §3',
  fixable: false,
  messages: { missing: { vi: 'Thiếu số, ký hiệu của văn bản', en: 'The số/ký hiệu line is missing' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Số: 05/SNV-VP\n', '', { lines: [2] })],
    passing: [specimen(STATE_CONG_VAN, 'Số: 05/SNV-VP')],
  },
  check(ctx) {
    const { header } = ctx.document;
    if (header.numbering !== null || headerLine(ctx, 'number')) return;
    // `Số:` whose number stands elsewhere (stamped above, another column): the line is there.
    if (ctx.lines.slice(0, Math.min(ctx.lines.length, ctx.zones.body.start + 1)).some((l) => /^[*_]*(?:Số|SỐ)\s*[:.]?[*_]*(?:\s|$)/u.test(l.line.text))) return;
    if (header.nationalTitle === null && header.agency.lines.length === 0 && header.date === null) return;
    // Where the number belongs: under the agency block.
    const agencyLast = ctx.document.sources[`/header/agency/lines/${header.agency.lines.length - 1}`];
    if (agencyLast) ctx.report({ messageId: 'missing', place: agencyLast.place });
    else ctx.report({ messageId: 'missing', line: firstLine(ctx), to: 0 });
  },
};
