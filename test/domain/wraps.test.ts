import { describe, expect, it } from 'vitest';
import { breaksName, endsOpen, joinWrappedLines, WRAP_EXAMPLES } from '../../src/domain/wraps.js';

describe('wrapped lines', () => {
  it.each(WRAP_EXAMPLES)('$before / $after', ({ before, after, name, open }) => {
    expect(breaksName(before, after)).toBe(name);
    expect(endsOpen(before)).toBe(open);
  });

  it('does not take a word that ends a clause for an open one', () => {
    expect(endsOpen('phối hợp với các cơ quan, đơn vị và')).toBe(true);
    expect(endsOpen('Sở Y tế;')).toBe(false);
    expect(endsOpen('')).toBe(false);
  });
});

describe('joinWrappedLines', () => {
  it('joins with one space, but a range cut at its dash without one', () => {
    expect(joinWrappedLines(['phòng, chống cháy rừng mùa khô năm 2024-', '2025'])).toBe('phòng, chống cháy rừng mùa khô năm 2024-2025');
    expect(joinWrappedLines(['giai đoạn 2021 –', '2025'])).toBe('giai đoạn 2021 – 2025');
    expect(joinWrappedLines(['Đoàn TNCS Hồ Chí', 'Minh'])).toBe('Đoàn TNCS Hồ Chí Minh');
  });

  it('reads such a subject whole, and its source is the two lines', async () => {
    const { parseDocument } = await import('../../src/index.js');
    const doc = parseDocument('UBND TỈNH LÂM ĐỒNG\nSố: 12/UBND-NN\nV/v phòng, chống cháy rừng mùa khô năm 2024-\n2025\nLâm Đồng, ngày 5 tháng 1 năm 2024\n\nKính gửi: Các sở.\n\nĐề nghị thực hiện./.');
    expect(doc.header.subject).toBe('phòng, chống cháy rừng mùa khô năm 2024-2025');
    expect(doc.sources['/header/subject']?.raw).toContain('2025');
  });
});
