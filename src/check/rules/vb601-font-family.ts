import type { Rule } from '../types.js';
import { docxBytes, specimenLetter } from './docx-example.js';

const LEGACY_FONT = /^(?:\.Vn|VNI[- ]|VN-|\.VN)/i;
/** Times New Roman and the names of its faces (`Times New Roman Bold`). */
const STANDARD = /^Times New Roman(?:\s+(?:Bold|Italic|Bold Italic|PS|PSMT|Regular))?$/i;

export const rule: Rule = {
  id: 'VB601',
  name: 'font-family',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  input: 'docx',
  description: {
    vi: 'Văn bản dùng phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001). Văn bản trước 05/3/2020 (TT 01/2011) chỉ cần phông Unicode: phông TCVN3 (`.VnTime`) hay VNI bị báo.',
    en: 'The text is set in Times New Roman (Unicode, TCVN 6909:2001). Before 2020-03-05 (TT 01/2011) any Unicode font was allowed: only TCVN3 (`.VnTime`) and VNI fonts are reported.',
  },
  clause: 'NĐ 30/2020 Phụ lục I I.3; TT 01/2011 Điều 4; HD 36; rules.md §1.4, §14',
  fixable: false,
  messages: { font: { vi: 'Phông chữ "{font}" ở {count} đoạn văn (đoạn đầu tiên: {paragraph}); dùng Times New Roman', en: 'Font "{font}" in {count} paragraph(s) (first: {paragraph}); use Times New Roman' } },
  examples: {
    failing: [{ text: '', focus: 'Phông Arial', docx: () => docxBytes({ ...specimenLetter(), body: specimenLetter().body.map((r) => ({ ...r, font: 'Arial' })) }), lines: [] }],
    passing: [{ text: '', focus: 'Times New Roman', docx: () => docxBytes(specimenLetter()) }],
  },
  check(ctx) {
    const docx = ctx.docx;
    if (!docx) return;
    const bad = new Map<string, number[]>();
    for (const p of docx.paragraphs) {
      for (const r of p.runs) {
        if (!r.font || r.text.trim() === '' || STANDARD.test(r.font)) continue;
        if (ctx.rulebook === 'tt01' && !LEGACY_FONT.test(r.font)) continue;
        const list = bad.get(r.font) ?? [];
        if (!list.includes(p.index)) list.push(p.index);
        bad.set(r.font, list);
      }
    }
    for (const [font, paragraphs] of bad) {
      const first = docx.paragraphs[paragraphs[0]!]!;
      const line = ctx.lines.find((l) => l.line.text.length > 1 && first.text.replace(/\s+/g, ' ').includes(l.line.text))?.line ?? null;
      ctx.report({ messageId: 'font', data: { font, count: paragraphs.length, paragraph: `"${first.text.trim().slice(0, 40)}"` }, line, paragraph: first.index });
    }
  },
};
