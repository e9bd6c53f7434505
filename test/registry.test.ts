/** The format registries: each input and output format is defined once and everything derives from it. */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { DECODERS, detectBinaryFormat, formatOfPath, INPUT_FORMATS, sniffTextFormat } from '../src/decode/registry.js';
import { EMITTERS, OUTPUT_FORMATS } from '../src/emit/registry.js';
import { configJsonSchema, documentJsonSchema } from '../src/schema/json-schema.js';
import { makeZip } from './helpers/zip.js';

type Schema = { properties?: Record<string, Schema>; enum?: unknown[]; $defs?: Record<string, Schema> };

describe('input formats', () => {
  it('recognises a format by its bytes before its name', () => {
    const zip = makeZip([{ name: 'word/document.xml', content: '<w:document/>' }]);
    expect(detectBinaryFormat(zip, 'letter.txt')).toBe('docx');
    expect(detectBinaryFormat(new TextEncoder().encode('Số: 1/UBND'), 'letter.docx')).toBe('docx');
    expect(detectBinaryFormat(new TextEncoder().encode('Số: 1/UBND'), 'letter.md')).toBeNull();
  });

  it('names text formats by extension, else by their syntax', () => {
    expect(formatOfPath('a/B.MD')).toBe('markdown');
    expect(formatOfPath('letter.txt')).toBeNull();
    expect(sniffTextFormat('**ỦY BAN NHÂN DÂN**\nSố: 1/UBND')).toBe('markdown');
    expect(sniffTextFormat('ỦY BAN NHÂN DÂN\nSố: 1/UBND')).toBe('text');
    // The stars under a Đoàn or Party agency are no emphasis: the text stays plain, its lines its own.
    expect(sniffTextFormat('BCH ĐOÀN TỈNH QUẢNG NGÃI\n***\nSố: 15-CV/TĐTN-VP')).toBe('text');
  });

  it('gives every format a decoder, synchronous or asynchronous', () => {
    for (const format of INPUT_FORMATS) {
      const entry: { decode?: unknown; decodeAsync?: unknown } = DECODERS[format];
      expect(entry.decode ?? entry.decodeAsync, format).toBeTypeOf('function');
    }
  });
});

describe('derived lists', () => {
  const program = buildProgram();
  const choices = (flag: string) => program.options.find((o) => o.long === flag)?.argChoices;

  it('the CLI choices come from the registries', () => {
    expect(choices('--format')).toEqual(OUTPUT_FORMATS);
    expect(choices('--input-format')).toEqual(['auto', ...INPUT_FORMATS]);
    expect(OUTPUT_FORMATS).toEqual(Object.keys(EMITTERS));
  });

  it('the config and output JSON Schemas come from the registries', () => {
    const config = configJsonSchema() as Schema;
    expect(config.properties?.['format']?.enum).toEqual(OUTPUT_FORMATS);
    expect(config.properties?.['inputFormat']?.enum).toEqual(['auto', ...INPUT_FORMATS]);
    expect(JSON.stringify(documentJsonSchema())).toContain(JSON.stringify(INPUT_FORMATS));
  });
});
