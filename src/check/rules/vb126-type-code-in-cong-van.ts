import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { numberLine } from './number-line.js';
import { hasTypeHeading } from './util.js';

/**
 * Type codes that are not also common agency abbreviations: `CT` is Cục Thuế as often as Chỉ thị,
 * `TC` Tổng cục, `HĐ` Hội đồng, `PC`/`PA` police units, `CĐ` Công đoàn, `BTT` Ban Thường trực —
 * a công văn of those issuers starts its symbol with them rightly.
 */
const LETTER_ONLY_TYPE_CODES: ReadonlySet<string> = new Set(['NQ', 'QĐ', 'QyĐ', 'QC', 'TB', 'HD', 'CTr', 'KH', 'ĐA', 'BC', 'TTr', 'GM', 'GGT', 'GUQ', 'GNP', 'BGN']);

export const rule: Rule = {
  id: 'VB126',
  name: 'type-code-in-cong-van',
  severity: 'warning',
  families: ['state'],
  kinds: ['Công văn'],
  description: {
    vi: 'Công văn không có tên loại nên ký hiệu không có chữ viết tắt tên loại: `Số: 05/SNV-VP` (cơ quan - đơn vị soạn thảo), không phải `Số: 05/TB-SNV`.',
    en: 'A công văn has no tên loại, so its symbol has no type code: `Số: 05/SNV-VP` (issuer - drafting unit), not `Số: 05/TB-SNV`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.3b; rules.md §3.1',
  fixable: false,
  messages: { typed: { vi: 'Công văn có ký hiệu bắt đầu bằng chữ viết tắt tên loại "{code}"; công văn ghi "số/CƠ QUAN-ĐƠN VỊ"', en: 'A công văn whose symbol starts with the type code "{code}"; a công văn is numbered "n/ISSUER-UNIT"' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số: 05/TB-SNV')],
    passing: [specimen(STATE_CONG_VAN, 'Số: 05/SNV-VP')],
  },
  check(ctx) {
    const numbering = ctx.document.header.numbering;
    if (!numbering || hasTypeHeading(ctx)) return;
    // The parser reads a letter's first group as the issuer: a type code there is the fault.
    const code = numbering.form === 'typed' ? numbering.typeCode : numbering.form === 'administrative' ? numbering.issuerCode : null;
    if (!code || !LETTER_ONLY_TYPE_CODES.has(code)) return;
    if (!ctx.zones.subject.some((i) => ctx.lines[i]?.kind === 'letterSubject')) return;
    const found = numberLine(ctx);
    if (!found) return;
    const at = found.code.indexOf(code);
    ctx.report({ messageId: 'typed', data: { code }, line: found.line, from: at >= 0 ? found.codeFrom + at : found.codeFrom, to: at >= 0 ? found.codeFrom + at + code.length : found.codeFrom + found.code.length });
  },
};
