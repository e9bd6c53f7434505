import { STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { numberLine } from './number-line.js';
import { isKnownCode, LEGACY_CODES } from './type-codes.js';
import { hasTypeHeading } from './util.js';

export const rule: Rule = {
  id: 'VB124',
  name: 'type-code-unknown',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Văn bản có tên loại ghi chữ viết tắt tên loại theo bảng Phụ lục III NĐ 30 (nhà nước) hoặc bảng của Đảng (`QĐ`, `KH`, `TTr`, `CV`…).',
    en: 'A typed document\'s type code is one of NĐ 30 Phụ lục III (state) or the Party table (`QĐ`, `KH`, `TTr`, `CV`…).',
  },
  clause: 'NĐ 30/2020 Phụ lục III §I; HD 36; rules.md §4.1, §4.3',
  fixable: false,
  messages: { unknown: { vi: 'Chữ viết tắt tên loại "{code}" không có trong bảng chữ viết tắt tên loại văn bản', en: 'The type code "{code}" is not in the table of document type codes' } },
  examples: {
    failing: [variant(STATE_QUYET_DINH, 'Số: 12/QĐ-UBND', 'Số: 12/QĐi-UBND')],
    passing: [specimen(STATE_QUYET_DINH, 'Số: 12/QĐ-UBND')],
  },
  check(ctx) {
    const numbering = ctx.document.header.numbering;
    // Every Party number carries a type code (`Số 42-CV/BTGHU`); a state one only under a tên loại.
    if (!numbering || !(hasTypeHeading(ctx) || (ctx.family === 'party' && numbering.form === 'party'))) return;
    // A state công văn has no type code (VB126 judges a type code written in one).
    if (ctx.family !== 'party' && ctx.kind === 'Công văn') return;
    const code = numbering.form === 'administrative' ? numbering.issuerCode : numbering.typeCode;
    if (!code || numbering.form === 'other') return;
    if (isKnownCode(code, ctx.family ?? 'state') || code in LEGACY_CODES) return;
    const found = numberLine(ctx);
    if (!found) return;
    const at = found.code.indexOf(code);
    ctx.report({ messageId: 'unknown', data: { code }, line: found.line, from: at >= 0 ? found.codeFrom + at : found.codeFrom, to: at >= 0 ? found.codeFrom + at + code.length : found.codeFrom + found.code.length });
  },
};
