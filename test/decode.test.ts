import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/decode/text.js';
import { InputError } from '../src/errors.js';

const sample = 'Số: 12/UBND-VP\nHà Nội, ngày 05 tháng 3 năm 2024';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(sample))).toMatchObject({ text: sample, encoding: 'utf-8', bom: false });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]))).toMatchObject({ text: sample, bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expect(decodeText(le)).toMatchObject({ text: sample, encoding: 'utf-16le', bom: true });
    const be = Buffer.from(Buffer.from(sample, 'utf16le')).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: sample, encoding: 'utf-16be' });
    expect(decodeText(Buffer.from(sample, 'utf16le'))).toMatchObject({ text: sample, encoding: 'utf-16le', bom: false });
  });

  it('refuses binary data with a clear reason', () => {
    const binary = Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02, 0x00, 0xff, 0x10]);
    expect(() => decodeText(binary, 'scan.bin')).toThrow(InputError);
    expect(() => decodeText(binary, 'scan.bin')).toThrow(/binary/);
  });

  it('refuses invalid UTF-8 instead of replacing characters (no silent data loss)', () => {
    const broken = Buffer.concat([Buffer.from('Số: 12'), Buffer.from([0xe1, 0xbb])]);
    try {
      decodeText(broken, 'old.txt');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('E_DECODE');
      expect((error as InputError).file).toBe('old.txt');
      expect((error as InputError).message).toMatch(/byte 8/);
    }
  });
});
