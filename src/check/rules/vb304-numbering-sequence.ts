import { STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Task } from '../../schema/document.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  id: 'VB304',
  name: 'numbering-sequence',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Các phần, mục, điều, khoản được đánh số liên tục, không bỏ số, không lặp số (`1.`, `2.`, `4.`; hai lần `Điều 2`).',
    en: 'Parts, sections, articles and clauses are numbered in sequence, none skipped or repeated (`1.`, `2.`, `4.`; `Điều 2` twice).',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.6; rules.md §8.1',
  fixable: false,
  messages: {
    gap: { vi: 'Số thứ tự nhảy từ {previous} lên {next} tại "{label}"', en: 'Numbering jumps from {previous} to {next} at "{label}"' },
    repeat: { vi: 'Số thứ tự "{label}" lặp lại', en: 'The number "{label}" is repeated' },
  },
  examples: {
    failing: [variant(STATE_QUYET_DINH, 'Điều 3. Chánh Văn phòng', 'Điều 4. Chánh Văn phòng')],
    passing: [specimen(STATE_QUYET_DINH, 'Điều 3. Chánh Văn phòng')],
  },
  check(ctx) {
    for (const d of ctx.document.diagnostics) {
      if (d.ruleId !== 'body/numbering-gap' || !d.place) continue;
      const m = /from (\S+) to (\S+) at "(.*)"/.exec(d.message);
      // A number given twice (`from 4 to 4`) is reported once, as a repeat, below.
      if (m && m[1] !== m[2]) ctx.report({ messageId: 'gap', data: { previous: m[1]!, next: m[2]!, label: m[3]! }, place: d.place });
    }
    // Articles: the parser keeps `Điều 4` after `Điều 2` without a gap note; a gap is a gap.
    let previous: Task | null = null;
    for (const t of ctx.document.tasks) {
      if (t.kind !== 'article') continue;
      const n = Number(/\d+/.exec(t.label)?.[0]);
      const p = previous ? Number(/\d+/.exec(previous.label)?.[0]) : null;
      if (p !== null && Number.isFinite(n) && n > p + 1 && t.place) {
        ctx.report({ messageId: 'gap', data: { previous: `Điều ${p}`, next: `Điều ${n}`, label: t.label }, place: { start: t.place.start, end: t.place.start } });
      }
      previous = t;
    }
    const visit = (tasks: readonly Task[]) => {
      const seen = new Set<string>();
      for (const t of tasks) {
        const key = `${t.kind}:${t.label}`;
        if (seen.has(key) && t.place) ctx.report({ messageId: 'repeat', data: { label: t.label }, place: { start: t.place.start, end: t.place.start } });
        seen.add(key);
        visit(t.children);
      }
    };
    visit(ctx.document.tasks);
  },
};

