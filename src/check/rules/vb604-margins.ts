import type { Rule } from '../types.js';
import { docxBytes, specimenLetter } from './docx-example.js';
import { firstLine } from './util.js';

const LIMITS = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const SIDE = { top: { vi: 'trên', en: 'top' }, bottom: { vi: 'dưới', en: 'bottom' }, left: { vi: 'trái', en: 'left' }, right: { vi: 'phải', en: 'right' } } as const;
/** Word stores margins in twips; a margin typed in centimetres or inches lands a little off. */
const TOLERANCE_MM = 0.5;

export const rule: Rule = {
  id: 'VB604',
  name: 'margins',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  input: 'docx',
  description: {
    vi: 'Lề trang A4: trên và dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm.',
    en: 'A4 page margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.',
  },
  clause: 'NĐ 30/2020 Phụ lục I I.5; HD 36; rules.md §1.4',
  fixable: false,
  messages: { margin: { vi: 'Lề {side} {found} mm; quy định {min}–{max} mm', en: '{side} margin {found} mm; required {min}–{max} mm' } },
  examples: {
    failing: [{ text: '', focus: 'Lề trái 20 mm', docx: () => docxBytes({ ...specimenLetter(), margins: { top: 20, bottom: 20, left: 20, right: 15 } }), lines: [] }],
    passing: [{ text: '', focus: 'Lề 20/20/30/15 mm', docx: () => docxBytes(specimenLetter()) }],
  },
  check(ctx) {
    const margins = ctx.docx?.margins;
    if (!margins) return;
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const [min, max] = LIMITS[side];
      const found = margins[side];
      if (found >= min - TOLERANCE_MM && found <= max + TOLERANCE_MM) continue;
      ctx.report({ messageId: 'margin', data: { side: SIDE[side], found, min, max }, line: firstLine(ctx), to: 0 });
    }
  },
};
