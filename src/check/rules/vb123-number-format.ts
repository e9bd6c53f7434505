import { PARTY_CONG_VAN, STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { LineFix, Rule } from '../types.js';
import { numberLine } from './number-line.js';

export const rule: Rule = {
  id: 'VB123',
  name: 'number-format',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Số, ký hiệu viết liền, đúng dạng của khối văn bản: nhà nước `Số: 05/SNV-VP` (có dấu hai chấm, `/` giữa số và ký hiệu, `-` giữa các nhóm chữ); Đảng `Số 125-CV/VPTU` (không có dấu hai chấm, `-` sau số, `/` trước cơ quan). Không có khoảng trắng hay gạch dài trong số, ký hiệu.',
    en: 'The số/ký hiệu is written solid, in its family\'s form: state `Số: 05/SNV-VP` (colon; `/` between number and symbol; `-` between letter groups); Party `Số 125-CV/VPTU` (no colon; `-` after the number, `/` before the issuer). No spaces or long dashes inside.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.3; HD 36 II.1.3; rules.md §3.1, §3.3',
  fixable: true,
  messages: {
    spaces: { vi: 'Số, ký hiệu "{found}" có khoảng trắng; viết liền "{fixed}"', en: 'The số/ký hiệu "{found}" has spaces inside; write "{fixed}"' },
    dashes: { vi: 'Số, ký hiệu "{found}" dùng gạch dài; dùng gạch nối "-"', en: 'The số/ký hiệu "{found}" uses a long dash; use a hyphen "-"' },
    colonMissing: { vi: 'Văn bản hành chính ghi "Số:" (có dấu hai chấm)', en: 'A state document writes "Số:" with a colon' },
    colonParty: { vi: 'Văn bản của Đảng ghi "Số" không có dấu hai chấm', en: 'A Party document writes "Số" without a colon' },
    partyForm: { vi: 'Số, ký hiệu "{found}" theo dạng của Đảng; văn bản hành chính ghi "số/KÝ HIỆU-CƠ QUAN"', en: 'The số/ký hiệu "{found}" has the Party form; a state document writes "number/SYMBOL-ISSUER"' },
    stateForm: { vi: 'Số, ký hiệu "{found}" theo dạng văn bản hành chính; văn bản của Đảng ghi "số-LOẠI/CƠ QUAN"', en: 'The số/ký hiệu "{found}" has the state form; a Party document writes "number-TYPE/ISSUER"' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số: 05 /SNV - VP', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số: 05 /SNV-VP', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số 05/SNV-VP', { fixed: STATE_CONG_VAN }),
      variant(PARTY_CONG_VAN, 'Số 125-CV/VPTU', 'Số: 125-CV/VPTU', { fixed: PARTY_CONG_VAN }),
      variant(PARTY_CONG_VAN, 'Số 125-CV/VPTU', 'Số 125/CV-VPTU'),
    ],
    passing: [
      specimen(STATE_CONG_VAN, 'Số: 05/SNV-VP'),
      specimen(PARTY_CONG_VAN, 'Số 125-CV/VPTU'),
      variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số:      /SNV-VP'),
      // The number stamped into the blank, as pdftotext -layout prints a signed PDF.
      variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số: 05        /SNV-VP'),
    ],
  },
  check(ctx) {
    const found = numberLine(ctx);
    if (!found) return;
    const { line, code, codeFrom } = found;
    const numbering = ctx.document.header.numbering;
    const party = ctx.family === 'party';
    const fixes: LineFix[] = [];
    const blank = found.number === '';
    // A blank number keeps its blank: judge the code from the first `/` or `-` on.
    const judged = blank ? code.replace(/^\s+/, '') : code;
    const judgedFrom = codeFrom + (code.length - judged.length);
    const solid = judged.replace(/\s+/g, '');
    // `Số: 181        /BC-SNV`: the number stamped into the blank left for it, in text laid out
    // from a signed PDF; the gap is the page's, not typed. One space is typed.
    const gap = /^\d+(\s+)(?=[/-])/u.exec(judged);
    const gapAt = judgedFrom + (gap ? gap[0].length - (gap[1] ?? '').length : 0);
    // Its width in the source: from the number's last digit to the slash (cleaning folds spaces).
    const layoutGap = gap !== null && line.map.toSource(gapAt + (gap[1] ?? '').length) - line.map.toSource(gapAt - 1) - 1 >= 2;
    const inspected = layoutGap && gap ? judged.slice(0, gapAt - judgedFrom) + judged.slice(gap[0].length) : judged;
    if (solid !== inspected) {
      ctx.report({ messageId: 'spaces', data: { found: judged, fixed: solid.replace(/[‐‑‒–—―−]/g, '-') }, line, from: judgedFrom, to: judgedFrom + judged.length, fix: { from: judgedFrom, to: judgedFrom + judged.length, text: solid.replace(/[‐‑‒–—―−]/g, '-') } });
    } else if (/[‐‑‒–—―−]/.test(judged)) {
      ctx.report({ messageId: 'dashes', data: { found: judged }, line, from: judgedFrom, to: judgedFrom + judged.length, fix: { from: judgedFrom, to: judgedFrom + judged.length, text: judged.replace(/[‐‑‒–—―−]/g, '-') } });
    }
    const hasColon = found.separator.includes(':');
    if (!party && !hasColon && !blank) {
      fixes.push({ from: found.separatorFrom, to: codeFrom, text: ': ' });
      ctx.report({ messageId: 'colonMissing', line, from: found.labelFrom, to: codeFrom, fix: fixes });
    } else if (party && hasColon && !blank) {
      ctx.report({ messageId: 'colonParty', line, from: found.labelFrom, to: codeFrom, fix: { from: found.separatorFrom, to: codeFrom, text: ' ' } });
    }
    if (!numbering || blank) return;
    if (!party && ctx.family === 'state' && numbering.form === 'party') ctx.report({ messageId: 'partyForm', data: { found: solid }, line, from: codeFrom, to: codeFrom + code.length });
    if (party && /^\d+\s*\/\s*[^\s/]+\s*-/.test(solid) && numbering.form !== 'party') ctx.report({ messageId: 'stateForm', data: { found: solid }, line, from: codeFrom, to: codeFrom + code.length });
  },
};
