import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFontText } from '../../src/decode/legacy/fonts.js';
import { convertLegacy, fromTcvn3, fromViqr, fromVni, fromWindows1258, TONED_VOWELS } from '../../src/decode/legacy/index.js';
import { parseDocument } from '../../src/index.js';
import { cp1252Bytes, encodeAs, toTcvn3, toViqr, toVni, toWindows1258, VARIANTS } from '../helpers/encodings.js';
import { agreement } from '../helpers/fields.js';

const letters = [...TONED_VOWELS.join(''), 'đ'];
const capitals = letters.map((c) => c.toUpperCase());
const latin = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

describe('legacy tables: every Vietnamese letter goes there and back', () => {
  it('TCVN3 (lowercase; capitals in a line of capitals, as .VnTimeH text)', () => {
    expect(fromTcvn3(toTcvn3(letters.join(' ')))).toBe(letters.join(' '));
    const line = capitals.map((c) => `X${c}X`).join(' ');
    expect(fromTcvn3(toTcvn3(line))).toBe(line);
  });

  it('VNI, both cases', () => {
    for (const c of [...letters, ...capitals]) expect(fromVni(toVni(`t${c}n`)), c).toBe(`t${c}n`);
  });

  it('Windows-1258, both cases', () => {
    const all = [...letters, ...capitals].join(' ');
    expect(fromWindows1258(latin(toWindows1258(all)))).toBe(all);
  });

  it('VIQR, both cases', () => {
    const all = [...letters, ...capitals].map((c) => `${c}n`).join(' ');
    expect(fromViqr(toViqr(all))).toBe(all);
  });
});

describe('legacy converters read what the fonts left', () => {
  it('a run in a legacy font that already holds Unicode letters is left as it is', () => {
    expect(convertFontText('Kính gửi: Ủy ban nhân dân', '.VnTime')).toBe('Kính gửi: Ủy ban nhân dân');
    expect(convertFontText('Sè: 12/UBND-VP', '.VnTime')).toBe('Số: 12/UBND-VP');
  });

  it('TCVN3 typed in .VnTimeH capitals gets its capitals back', () => {
    expect(fromTcvn3('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(fromTcvn3('KÕ HO¹CH')).toBe('KẾ HOẠCH');
  });

  it('TCVN3 in ordinary words keeps their case', () => {
    expect(fromTcvn3('Sè: 12/UBND-VP')).toBe('Số: 12/UBND-VP');
    expect(fromTcvn3('- Së GD&§T (®Ó b/c);')).toBe('- Sở GD&ĐT (để b/c);');
    expect(fromTcvn3('Hµ Néi, ngµy 05 th¸ng 3 n¨m 2024')).toBe('Hà Nội, ngày 05 tháng 3 năm 2024');
  });

  it('VNI', () => {
    expect(fromVni('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(fromVni('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(fromVni('ngöôøi daân tænh')).toBe('người dân tỉnh');
  });

  it('VIQR: a full stop after a vowel stays a full stop', () => {
    expect(fromViqr('Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromViqr('gu+?i ke`m theo.')).toBe('gửi kèm theo.');
    expect(fromViqr('DDo^.c la^.p')).toBe('Độc lập');
  });
});

const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(dir)
  .filter((n) => /\.(md|txt)$/.test(n) && !n.includes('utf16'))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').replace(/^\ufeff/, '') }));

describe('legacy detection', () => {
  it('leaves Unicode documents alone', () => {
    for (const { name, text } of fixtures) expect(convertLegacy(text), name).toBeNull();
  });

  it('does not take Latin-1 prose for Vietnamese', () => {
    expect(convertLegacy('Le garçon était très âgé; où est le château? Ça coûte cher, déjà vu — naïve façade.')).toBeNull();
  });

  it('reports what it converted', () => {
    const doc = parseDocument(cp1252Bytes(toTcvn3(fixtures[0]!.text)), { path: 'letter.txt' });
    expect(doc.source.encoding).toBe('tcvn3');
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'decode/legacy-encoding', severity: 'info' }));
  });
});

describe('every fixture re-encoded parses as the original', () => {
  for (const variant of VARIANTS) {
    it(variant, () => {
      let total = 0;
      const misses: string[] = [];
      for (const { name, text } of fixtures) {
        const original = parseDocument(text, { path: name });
        const { score, differences } = agreement(original, parseDocument(encodeAs(text, variant), { path: name }));
        total += score;
        if (score < 1) misses.push(`${name}: ${differences.join('; ')}`);
      }
      const mean = total / fixtures.length;
      expect(mean, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
    }, 60_000);
  }
});
