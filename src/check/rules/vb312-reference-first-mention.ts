import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';

const NAMED_LAWS = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);

export const rule: Rule = {
  id: 'VB312',
  name: 'reference-first-mention',
  severity: 'info',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Lần dẫn chiếu đầu tiên một văn bản (trừ luật, pháp lệnh) ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.',
    en: 'The first citation of a document (other than a law or ordinance) gives its type, number, date, issuer and subject.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.6b; rules.md §12',
  fixable: false,
  messages: {
    date: { vi: 'Lần dẫn chiếu đầu tiên "{found}" thiếu ngày ban hành', en: 'The first citation "{found}" has no date' },
    issuer: { vi: 'Lần dẫn chiếu đầu tiên "{found}" thiếu cơ quan ban hành', en: 'The first citation "{found}" has no issuer' },
  },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của', 'Kế hoạch số 12/KH-UBND của')],
    passing: [specimen(STATE_CONG_VAN, 'Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh')],
  },
  check(ctx) {
    for (const reference of ctx.document.references) {
      if (NAMED_LAWS.has(reference.type ?? '') || !reference.code) continue;
      // A code cut short by a line break (`1185/S`) was not read whole: nothing to judge.
      if (!/[/-][\p{L}\d&-]*\p{L}{2,}$/u.test(reference.code)) continue;
      const first = reference.mentions[0];
      if (!first?.place) continue;
      // What follows the mention in the text, in case a wrapped line kept the parser from the issuer.
      const after = ctx.text.slice(first.place.end.offset, first.place.end.offset + 80).replace(/\s+/g, ' ');
      if (!reference.date && !/^\s*,?\s*ngày\s*\d/u.test(after)) ctx.report({ messageId: 'date', data: { found: first.raw }, place: first.place });
      else if (!reference.issuer && !/^[^.;]{0,40}\bcủa\s/u.test(after)) ctx.report({ messageId: 'issuer', data: { found: first.raw }, place: first.place });
    }
  },
};
