import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import { recipientsLabelLength } from '../../zones/index.js';
import type { Rule } from '../types.js';
import { entryEnd, listEntries } from './list-entries.js';

export const rule: Rule = {
  id: 'VB203',
  name: 'recipients-punctuation',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Khi `Kính gửi` có từ hai nơi trở lên, mỗi nơi một dòng, đầu dòng có gạch đầu dòng `-`, cuối dòng có dấu chấm phẩy `;`, dòng cuối cùng có dấu chấm `.`.',
    en: 'With two or more addressees under `Kính gửi`, each is on its own line starting with `-` and ending with `;`, the last with `.`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.9b; rules.md §7',
  fixable: true,
  messages: {
    dash: { vi: 'Nơi nhận trong "Kính gửi" phải bắt đầu bằng gạch đầu dòng "-"', en: 'An addressee under "Kính gửi" must start with "-"' },
    semicolon: { vi: 'Dòng "Kính gửi" phải kết thúc bằng dấu chấm phẩy ";"', en: 'A "Kính gửi" line must end with ";"' },
    period: { vi: 'Dòng cuối của "Kính gửi" phải kết thúc bằng dấu chấm "."', en: 'The last "Kính gửi" line must end with "."' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, '- Ủy ban nhân dân các huyện, thị xã, thành phố;', '- Ủy ban nhân dân các huyện, thị xã, thành phố', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, '- Các sở, ban, ngành cấp tỉnh.', '- Các sở, ban, ngành cấp tỉnh;', { fixed: STATE_CONG_VAN }),
    ],
    passing: [specimen(STATE_CONG_VAN, 'Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã, thành phố;\n- Các sở, ban, ngành cấp tỉnh.')],
  },
  check(ctx) {
    const range = ctx.zones.recipients;
    if (!range) return;
    const pieces = [];
    for (let i = range.start; i < range.end; i++) {
      const l = ctx.lines[i]!;
      pieces.push({ line: l.line, from: i === range.start ? recipientsLabelLength(l.line.text) : 0 });
    }
    // The zone may stop inside a wrapped list (a long Kính gửi of a công điện): go on over the
    // lines that carry on an unfinished entry or start a new one with a dash, up to a gap.
    for (let i = range.end; i < ctx.lines.length; i++) {
      const l = ctx.lines[i]!;
      const last = pieces[pieces.length - 1]!.line.text.replace(/[*_\s]+$/, '').slice(-1);
      if (l.line.gapBefore || last === '.' || !(l.kind === 'bullet' || (l.kind === 'text' && last !== ';'))) break;
      pieces.push({ line: l.line, from: 0 });
    }
    const entries = listEntries(pieces);
    if (entries.length < 2) return;
    entries.forEach((entry, index) => {
      if (entry.marker === '') ctx.report({ messageId: 'dash', line: entry.first, from: entry.from, to: entry.from, fix: { from: entry.from, to: entry.from, text: '- ' } });
      const { at, last } = entryEnd(entry);
      const final = index === entries.length - 1;
      const want = final ? '.' : ';';
      if (last === want) return;
      const replace = /[;.,:]/.test(last);
      ctx.report({
        messageId: final ? 'period' : 'semicolon',
        line: entry.last,
        from: replace ? at - 1 : at,
        to: at,
        fix: replace ? { from: at - 1, to: at, text: want } : { from: at, to: at, text: want },
      });
    });
  },
};
