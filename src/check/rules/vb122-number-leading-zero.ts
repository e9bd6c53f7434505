import { PARTY_CONG_VAN, STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { numberLine } from './number-line.js';

export const rule: Rule = {
  id: 'VB122',
  name: 'number-leading-zero',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước (`01` … `09`).',
    en: 'A running number below 10 is written with a leading zero (`01` … `09`).',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.3c; rules.md §3.1',
  fixable: true,
  messages: { zero: { vi: 'Số văn bản "{found}" phải ghi "0{found}"', en: 'The number "{found}" must be written "0{found}"' } },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số: 5/SNV-VP', { fixed: STATE_CONG_VAN }),
      variant(PARTY_CONG_VAN, 'Số 125-CV/VPTU', 'Số 7-CV/VPTU', { fixed: PARTY_CONG_VAN.replace('Số 125-CV/VPTU', 'Số 07-CV/VPTU') }),
    ],
    passing: [specimen(STATE_CONG_VAN, 'Số: 05/SNV-VP'), specimen(PARTY_CONG_VAN, 'Số 125-CV/VPTU')],
  },
  check(ctx) {
    const found = numberLine(ctx);
    if (!found || !/^[1-9]$/.test(found.number)) return;
    ctx.report({ messageId: 'zero', data: { found: found.number }, line: found.line, from: found.numberFrom, to: found.numberFrom + 1, fix: { from: found.numberFrom, to: found.numberFrom, text: '0' } });
  },
};
