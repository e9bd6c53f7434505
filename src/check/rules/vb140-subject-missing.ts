import { STATE_CONG_VAN, STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { hasTypeHeading, headerLine } from './util.js';

/** Kinds whose templates (NĐ 30 Phụ lục III Mẫu 1.1–1.7) carry a trích yếu under the tên loại. */
const NEEDS_SUBJECT = [
  'Quyết định', 'Nghị quyết', 'Chỉ thị', 'Quy chế', 'Quy định', 'Hướng dẫn', 'Chương trình', 'Kế hoạch', 'Phương án',
  'Đề án', 'Dự án', 'Báo cáo', 'Tờ trình', 'Thông báo', 'Công điện', 'Giấy mời', 'Công văn',
];

export const rule: Rule = {
  id: 'VB140',
  name: 'subject-missing',
  severity: 'error',
  families: ['state', 'party'],
  kinds: NEEDS_SUBJECT,
  description: {
    vi: 'Văn bản có tên loại (quyết định, kế hoạch, tờ trình…) có trích yếu nội dung dưới tên loại; công văn của cơ quan nhà nước có trích yếu sau `V/v` dưới số, ký hiệu.',
    en: 'A typed document (quyết định, kế hoạch, tờ trình…) has a trích yếu under its tên loại; a state công văn has its trích yếu after `V/v` under the số/ký hiệu.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.5; Phụ lục III; rules.md §6',
  fixable: false,
  messages: {
    typed: { vi: 'Thiếu trích yếu nội dung dưới tên loại "{type}"', en: 'No trích yếu under the tên loại "{type}"' },
    letter: { vi: 'Công văn thiếu trích yếu nội dung ("V/v …") dưới số, ký hiệu', en: 'The công văn has no trích yếu ("V/v …") under its số/ký hiệu' },
  },
  examples: {
    failing: [variant(STATE_QUYET_DINH, 'Về việc thành lập Tổ công tác cải cách hành chính\n', '', { lines: [11] })],
    passing: [specimen(STATE_QUYET_DINH, 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác cải cách hành chính'), specimen(STATE_CONG_VAN, 'V/v tập huấn công tác văn thư năm 2024')],
  },
  check(ctx) {
    const { header } = ctx.document;
    if (header.subject !== null && header.subject.trim() !== '') return;
    if (ctx.kind === 'Công văn') {
      // A Party công văn carries a subject too, but HD 36 gives no V/v: only the state form is judged.
      if (ctx.family === 'party') return;
      const number = headerLine(ctx, 'number');
      if (number) ctx.report({ messageId: 'letter', line: number.line });
      return;
    }
    if (!hasTypeHeading(ctx)) return;
    const heading = ctx.document.sources['/header/documentType'];
    if (heading) ctx.report({ messageId: 'typed', data: { type: header.documentType ?? '' }, place: heading.place });
  },
};
