import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { linesAt } from './util.js';

export const rule: Rule = {
  id: 'VB501',
  name: 'distribution-missing',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: { vi: 'Văn bản có phần `Nơi nhận:` ở góc trái, ngang hàng với quyền hạn người ký.', en: 'A document has its `Nơi nhận:` block at the bottom left, level with the signer\'s authority.' },
  clause: 'NĐ 30/2020 Điều 8.2i, Phụ lục I II.9; HD 36; rules.md §10',
  fixable: false,
  messages: { missing: { vi: 'Thiếu phần "Nơi nhận"', en: 'The "Nơi nhận" block is missing' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Nơi nhận:\n- Như trên;\n- Giám đốc Sở;\n- Lưu: VT, VP.\n\n', '', { focus: 'KT. GIÁM ĐỐC', lines: [24] })],
    passing: [specimen(STATE_CONG_VAN, 'Nơi nhận:')],
  },
  check(ctx) {
    if (ctx.zones.distribution.length > 0 || ctx.document.distribution.length > 0) return;
    // `Nơi Nhận:`, `NƠI NHẬN:` the parser did not take for the label: the block is there.
    if (/^[\s*_|]*N[ơo]i\s*nh[ậa]n\s*:/imu.test(ctx.text)) return;
    const { header } = ctx.document;
    if (header.numbering === null && header.nationalTitle === null && header.agency.lines.length === 0) return;
    const signer = linesAt(ctx, ctx.zones.signer)[0];
    const anchor = signer?.line ?? ctx.lines[ctx.lines.length - 1]?.line ?? null;
    ctx.report({ messageId: 'missing', line: anchor, to: 0 });
  },
};
