import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { agreement } from './helpers/fields.js';
import { BODY_DAMAGES, damageOcr, goldValues, OCR_DAMAGES, seededRandom } from './helpers/ocr-damage.js';

describe('OCR damage kinds (data test: every kind against its own examples)', () => {
  for (const damage of [...OCR_DAMAGES, ...BODY_DAMAGES]) {
    for (const { line, damaged } of damage.examples) {
      it(`${damage.kind}: ${JSON.stringify(line)} becomes one of its damaged forms`, () => {
        const seen = new Set<string>();
        for (let seed = 0; seed < 40; seed++) {
          const random = seededRandom(seed);
          const out = damage.apply(line, (n) => Math.floor(random() * n));
          expect(out).not.toBeNull();
          expect(damaged).toContain(out);
          seen.add(out!);
        }
        expect([...seen].sort()).toEqual([...damaged].sort());
      });
    }
  }

  it('the same seed gives the same damage, another seed another', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 105/UBND-VP\nKính gửi: Sở Nội vụ\nNơi nhận:\n- Như trên;\n- Lưu: VT.';
    expect(damageOcr(text, 7)).toBe(damageOcr(text, 7));
    const variants = new Set(Array.from({ length: 10 }, (_, seed) => damageOcr(text, seed)));
    expect(variants.size).toBeGreaterThan(5);
  });

  it('damages body lines only when told which values to keep, and never a line that holds one', () => {
    const text = 'Thực hiện chỉ đạo của tỉnh về việc tăng cường công tác.\nKính gửi: Sở Nội vụ tỉnh Hà Nam\n**TM. ỦY BAN\nNHÂN DÂN**';
    const keep = { protect: ['Sở Nội vụ tỉnh Hà Nam', 'ỦY BAN NHÂN DÂN'], rate: 0, bodyRate: 1 };
    for (let seed = 0; seed < 10; seed++) {
      expect(damageOcr(text, seed, { rate: 0, bodyRate: 1 })).toBe(text);
      const [body, ...rest] = damageOcr(text, seed, keep).split('\n');
      expect(body).not.toBe(text.split('\n')[0]);
      // The value's lines, the one wrapped over two lines too, stay as written.
      expect(rest.join('\n')).toBe('Kính gửi: Sở Nội vụ tỉnh Hà Nam\n**TM. ỦY BAN\nNHÂN DÂN**');
    }
  });

  it('keeps line breaks and leaves body text alone', () => {
    const text = 'Ông Nguyễn Văn An đề nghị số liệu năm 2010.\r\nCăn cứ vào đó,\r\n';
    for (let seed = 0; seed < 10; seed++) expect(damageOcr(text, seed, 1).split('\r\n')[0]).toBe(text.split('\r\n')[0]);
  });
});

const SEEDS = 6;
const dir = join(import.meta.dirname, '..', 'fixtures');
const fixtures = readdirSync(dir)
  .filter((n) => /\.(md|txt)$/.test(n) && !n.includes('utf16') && n !== 'README.md')
  .map((name) => ({
    name,
    text: readFileSync(join(dir, name), 'utf8').replace(/^\ufeff/, ''),
    expected: existsSync(join(dir, `${name}.expected.json`)) ? goldValues(JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'))) : undefined,
  }));

describe('every fixture damaged by OCR parses as the original', () => {
  it(`${SEEDS} seeds per fixture agree with the clean parse on the contract fields`, () => {
    let total = 0;
    let count = 0;
    const byField = new Map<string, string[]>();
    for (const { name, text, expected } of fixtures) {
      const original = parseDocument(text, { path: name });
      for (let seed = 1; seed <= SEEDS; seed++) {
        const damaged = damageOcr(text, seed, { protect: expected });
        const { score, differences } = agreement(original, parseDocument(damaged, { path: name }));
        total += score;
        count++;
        for (const d of differences) {
          const field = d.slice(0, d.indexOf(':'));
          byField.set(field, [...(byField.get(field) ?? []), `${name}#${seed} ${d}`]);
        }
      }
    }
    const mean = total / count;
    const report = [...byField].sort((a, b) => b[1].length - a[1].length).map(([f, misses]) => `${f} (${misses.length}):\n  ${misses.join('\n  ')}`).join('\n');
    if (report) console.log(`OCR damage mean ${mean.toFixed(4)}\n${report}`);
    expect(mean, report).toBeGreaterThanOrEqual(0.97);
  }, 120_000);
});
