/** Recognising what input is from its bytes and its text: PDF magic, legacy-encoding mojibake. */
import { describe, expect, it } from 'vitest';
import { sniffMagic } from '../src/decode/magic.js';
import { detectMojibake } from '../src/decode/mojibake.js';
import { InputError, parseDocument } from '../src/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffMagic', () => {
  it('knows a PDF by %PDF- near the start, whatever its name', () => {
    expect(sniffMagic(bytes('%PDF-1.7\n…'))).toBe('pdf');
    expect(sniffMagic(bytes(`${' '.repeat(100)}%PDF-1.4`))).toBe('pdf');
    expect(sniffMagic(bytes('PK\u0003\u0004…'))).toBe('zip');
    expect(sniffMagic(bytes('Số: 12/UBND-VP, nói về %PDF-'.padStart(2000, ' ')))).toBeNull();
  });

  it('parseDocument refuses PDF bytes with a typed error', () => {
    expect(() => parseDocument(bytes('%PDF-1.4\n%%EOF\n'))).toThrow(InputError);
    try {
      parseDocument(bytes('%PDF-1.4\n%%EOF\n'));
    } catch (error) {
      expect((error as InputError).code).toBe('E_UNSUPPORTED');
      expect((error as Error).message).not.toMatch(/--/);
    }
  });
});

describe('detectMojibake', () => {
  it('recognises TCVN3 saved as UTF-8', () => {
    expect(detectMojibake('Sè: 821/MTTQ-BTT\nKÝnh göi: c¸c së, ban\nN«ng L¬ng ChÊn')?.encoding).toBe('tcvn3');
  });

  it('recognises VNI saved as UTF-8', () => {
    expect(detectMojibake('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc')?.encoding).toBe('vni');
  });

  it('leaves Unicode Vietnamese alone, quotes « » and m² included', () => {
    expect(detectMojibake('Căn cứ «Nghị định số 30/2020/NĐ-CP» về công tác văn thư; diện tích 120 m²; nhiệt độ 30°C.')).toBeNull();
  });

  it('is reported as a diagnostic, the document still parsed', () => {
    const doc = parseDocument('UBND TØNH\nSè: 821/MTTQ-BTT\nKÝnh göi: c¸c së\nN«ng L¬ng ChÊn\n');
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('decode/legacy-mojibake');
  });
});
