import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import { daysInMonth } from '../../extract/date.js';
import type { Rule } from '../types.js';

const NUMERIC = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const WORDED = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;

/** The date written in a citation, as numbers, or null. */
export function citedDate(raw: string): { day: number; month: number; year: number } | null {
  const m = NUMERIC.exec(raw) ?? WORDED.exec(raw);
  return m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : null;
}

export function isRealDate(d: { day: number; month: number; year: number }): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export const rule: Rule = {
  id: 'VB310',
  name: 'reference-date-invalid',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: { vi: 'Văn bản được dẫn chiếu phải ghi ngày ban hành có thật.', en: 'A cited document\'s date is a real date.' },
  clause: 'NĐ 30/2020 Phụ lục I II.6a; rules.md §12',
  fixable: false,
  messages: { invalid: { vi: 'Ngày của văn bản được dẫn chiếu không có thật: "{found}"', en: 'The cited document\'s date does not exist: "{found}"' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'ngày 10 tháng 01 năm 2024 của', 'ngày 30 tháng 02 năm 2024 của', { focus: 'Kế hoạch số 12/KH-UBND ngày 30 tháng 02 năm 2024' })],
    passing: [specimen(STATE_CONG_VAN, 'Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024')],
  },
  check(ctx) {
    for (const reference of ctx.document.references) {
      for (const mention of reference.mentions) {
        const date = citedDate(mention.raw);
        if (date && !isRealDate(date) && mention.place) ctx.report({ messageId: 'invalid', data: { found: mention.raw }, place: mention.place });
      }
    }
  },
};
