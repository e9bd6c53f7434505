/** Recognising what input is from its bytes: a PDF whatever its name. */
import { describe, expect, it } from 'vitest';
import { sniffMagic } from '../src/decode/magic.js';
import { InputError, parseDocument } from '../src/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffMagic', () => {
  it('knows a PDF by %PDF- near the start, whatever its name', () => {
    expect(sniffMagic(bytes('%PDF-1.7\n…'))).toBe('pdf');
    expect(sniffMagic(bytes(`${' '.repeat(100)}%PDF-1.4`))).toBe('pdf');
    expect(sniffMagic(bytes('PK\u0003\u0004…'))).toBe('zip');
    expect(sniffMagic(bytes('Số: 12/UBND-VP, nói về %PDF-'.padStart(2000, ' ')))).toBeNull();
  });

  it('parseDocument never reads PDF bytes as a letter: a typed error', () => {
    expect(() => parseDocument(bytes('%PDF-1.4\n%%EOF\n'))).toThrow(InputError);
    try {
      parseDocument(bytes('%PDF-1.4\n%%EOF\n'));
    } catch (error) {
      expect(['E_ASYNC_FORMAT', 'E_PDF', 'E_UNSUPPORTED']).toContain((error as InputError).code);
    }
  });
});
