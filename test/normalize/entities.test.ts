/** HTML character references left by web pages and pandoc are read as the characters they stand for. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';

describe('normalizeText and character references', () => {
  it('decodes named and numeric references and maps them back to what was written', () => {
    const original = 'Số: 12/SXD-QLN&amp;TTBĐS ngày&nbsp;05 Th&agrave;nh ph&#7889; Hu&#x1EBF;';
    const { text, map } = normalizeText(original);
    expect(text).toBe('Số: 12/SXD-QLN&TTBĐS ngày 05 Thành phố Huế');
    const at = text.indexOf('&');
    expect(original.slice(map.toSource(at), map.toSource(at + 1))).toBe('&amp;');
  });

  it('leaves an unknown name, an invalid code point and a bare ampersand as written', () => {
    expect(normalizeText('A &foo; B &#xD800; C & D &#0;').text).toBe('A &foo; B &#xD800; C & D &#0;');
  });

  it('treats a referenced odd space or invisible character as the character itself', () => {
    expect(normalizeText('Hà&#160;Nội&#8203;').text).toBe('Hà Nội');
  });
});
