import { STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { numberLine } from './number-line.js';
import { codesOfTypeName, isKnownCode } from './type-codes.js';
import { hasTypeHeading } from './util.js';

export const rule: Rule = {
  id: 'VB125',
  name: 'type-code-mismatch',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  exceptKinds: ['Công văn'],
  description: {
    vi: 'Chữ viết tắt tên loại trong ký hiệu phải khớp với tên loại của văn bản (`QUYẾT ĐỊNH` ghi `/QĐ-`, `KẾ HOẠCH` ghi `/KH-`).',
    en: 'The type code in the symbol matches the tên loại (`QUYẾT ĐỊNH` → `/QĐ-`, `KẾ HOẠCH` → `/KH-`).',
  },
  clause: 'NĐ 30/2020 Phụ lục III §I; rules.md §4.1',
  fixable: false,
  messages: { mismatch: { vi: 'Ký hiệu ghi "{code}" nhưng tên loại là "{type}" (viết tắt: {expected})', en: 'The symbol has "{code}" but the document is a "{type}" (code: {expected})' } },
  examples: {
    failing: [variant(STATE_QUYET_DINH, 'Số: 12/QĐ-UBND', 'Số: 12/KH-UBND')],
    passing: [specimen(STATE_QUYET_DINH, 'Số: 12/QĐ-UBND')],
  },
  check(ctx) {
    const numbering = ctx.document.header.numbering;
    const type = ctx.document.header.documentType;
    if (!numbering?.typeCode || !type || !hasTypeHeading(ctx)) return;
    if (!isKnownCode(numbering.typeCode, ctx.family ?? 'state')) return;
    const expected = codesOfTypeName(type);
    if (!expected || expected.has(numbering.typeCode.toUpperCase())) return;
    // Copies (bản sao) carry the copy code, not the original's.
    if (['SY', 'TRS', 'SL', 'BS'].includes(numbering.typeCode.toUpperCase())) return;
    const found = numberLine(ctx);
    if (!found) return;
    const at = found.code.indexOf(numbering.typeCode);
    ctx.report({
      messageId: 'mismatch',
      data: { code: numbering.typeCode, type, expected: [...expected].join(', ') },
      line: found.line,
      from: at >= 0 ? found.codeFrom + at : found.codeFrom,
      to: at >= 0 ? found.codeFrom + at + numbering.typeCode.length : found.codeFrom + found.code.length,
    });
  },
};
