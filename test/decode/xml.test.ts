/** The tolerant XML reader under the .docx decoder: what it reads, what it refuses, what it never does. */
import { describe, expect, it } from 'vitest';
import { childElements, parseXml, textContent, XmlError, XmlLimitError, type XmlElement } from '../../src/decode/xml.js';

const root = (xml: string): XmlElement => {
  const first = childElements(parseXml(xml))[0];
  if (!first) throw new Error('no root element');
  return first;
};

describe('parseXml', () => {
  it('reads elements, attributes in both quote styles, and text', () => {
    const doc = root(`<w:p a="1" b='two'><w:t>Số: 12</w:t><w:br/></w:p>`);
    expect(doc.name).toBe('w:p');
    expect(doc.attributes).toEqual({ a: '1', b: 'two' });
    expect(childElements(doc).map((e) => e.name)).toEqual(['w:t', 'w:br']);
    expect(textContent(doc)).toBe('Số: 12');
  });

  it('decodes the predefined entities and numeric references, and keeps unknown ones as written', () => {
    expect(textContent(root('<t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#7889; &#x1EBF; &nbsp;</t>'))).toBe(`<a> & "b" 'c' ố ế &nbsp;`);
  });

  it('reads CDATA as text, without decoding entities in it', () => {
    expect(textContent(root('<t><![CDATA[a < b &amp; c]]></t>'))).toBe('a < b &amp; c');
  });

  it('never expands DTD entities (no entity-expansion bomb)', () => {
    const bomb = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><t>&lol2;</t>`;
    expect(textContent(root(bomb))).toBe('&lol2;');
  });

  it('skips comments and processing instructions', () => {
    expect(textContent(root('<?xml version="1.0"?><t><!-- hidden -->a<?pi x?>b</t>'))).toBe('ab');
  });

  it('tolerates mismatched end tags: a stray one is ignored, an unclosed element is closed by its parent', () => {
    const doc = root('<a><b>x</c></b><d>y</a>');
    expect(childElements(doc).map((e) => e.name)).toEqual(['b', 'd']);
    expect(textContent(doc)).toBe('xy');
  });

  it('refuses nesting deeper than its cap instead of exhausting the stack', () => {
    expect(() => parseXml('<a>'.repeat(5000))).toThrow(XmlError);
    expect(() => parseXml('<a>'.repeat(500))).not.toThrow();
  });

  it('stops at its element budget while reading, shared across calls', () => {
    const budget = { elements: 5, limit: 5 };
    expect(() => parseXml('<a><b/><c/></a>', { budget })).not.toThrow();
    expect(budget.elements).toBe(2);
    expect(() => parseXml('<a><b/><c/></a>', { budget })).toThrow(XmlLimitError);
    expect(() => parseXml('<a/>'.repeat(10), { budget: { elements: 5, limit: 5 } })).toThrow('its XML has more than 5 elements');
  });
});
