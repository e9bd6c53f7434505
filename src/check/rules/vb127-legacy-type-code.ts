import { STATE_QUYET_DINH, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { numberLine } from './number-line.js';
import { LEGACY_CODES } from './type-codes.js';
import { hasTypeHeading } from './util.js';

const GIAY_UY_QUYEN = STATE_QUYET_DINH.replace('QUYẾT ĐỊNH\nVề việc thành lập', 'GIẤY ỦY QUYỀN\nVề việc thành lập').replace('Số: 12/QĐ-UBND', 'Số: 12/GUQ-UBND');

export const rule: Rule = {
  id: 'VB127',
  name: 'legacy-type-code',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Chữ viết tắt tên loại cũ (`GN`, `TTh`, `UQ`, `NP` của TT 01/2011; `GT`, `TS` của TTLT 55/2005) đã được NĐ 30 thay bằng `BGN`, `BTT`, `GUQ`, `GNP`, `GGT`, `TrS`. Văn bản ban hành trước 05/3/2020 được xét theo TT 01/2011.',
    en: 'Old type codes (`GN`, `TTh`, `UQ`, `NP` of TT 01/2011; `GT`, `TS` of TTLT 55/2005) are `BGN`, `BTT`, `GUQ`, `GNP`, `GGT`, `TrS` under NĐ 30. Documents dated before 2020-03-05 are judged by TT 01/2011.',
  },
  clause: 'NĐ 30/2020 Phụ lục III §I; TT 01/2011; rules.md §4.2, §14',
  fixable: false,
  messages: { legacy: { vi: 'Chữ viết tắt tên loại cũ "{code}"; nay ghi "{current}"', en: 'Old type code "{code}"; now written "{current}"' } },
  examples: {
    failing: [variant(GIAY_UY_QUYEN, 'Số: 12/GUQ-UBND', 'Số: 12/UQ-UBND')],
    passing: [
      { text: GIAY_UY_QUYEN, focus: 'Số: 12/GUQ-UBND' },
      { ...variant(GIAY_UY_QUYEN.replace('ngày 08 tháng 01 năm 2024', 'ngày 08 tháng 01 năm 2019'), 'Số: 12/GUQ-UBND', 'Số: 12/UQ-UBND'), title: { vi: 'Văn bản năm 2019: TT 01/2011 dùng `UQ`', en: 'A 2019 document: TT 01/2011 had `UQ`' } },
    ],
  },
  check(ctx) {
    const numbering = ctx.document.header.numbering;
    const code = numbering?.typeCode ?? (numbering?.form === 'administrative' && hasTypeHeading(ctx) ? numbering.issuerCode : null);
    if (!code || !(code in LEGACY_CODES)) return;
    const legacy = LEGACY_CODES[code]!;
    if (ctx.rulebook === 'tt01' && legacy.validUnderTt01) return;
    const found = numberLine(ctx);
    if (!found) return;
    const at = found.code.indexOf(code);
    if (at < 0) return;
    ctx.report({ messageId: 'legacy', data: { code, current: legacy.current }, line: found.line, from: found.codeFrom + at, to: found.codeFrom + at + code.length });
  },
};
