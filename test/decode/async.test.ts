/**
 * A format whose decoder is only asynchronous (as pdf.js is): `parseFile` and the CLI's path await
 * it, `parseDocument` refuses it with a typed error. The registry is given such a format here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseDocument, parseFile } from '../../src/index.js';
import { letter } from '../diagnostics/cases.js';

vi.mock('../../src/decode/registry.js', async (load) => {
  const real = await load<typeof import('../../src/decode/registry.js')>();
  const MAGIC = 'ASYNC:';
  const fake = {
    description: 'a test format decoded asynchronously',
    extensions: ['.async'],
    markdown: false,
    decodeAsync: async (bytes: Uint8Array) => {
      const text = new TextDecoder().decode(bytes).slice(MAGIC.length);
      if (text.startsWith('broken')) throw new Error('the decoder failed');
      return { text, encoding: 'async', bom: false, warnings: [{ ruleId: 'decode/docx-unnumbered' as const, message: 'from the async decoder', span: { start: 0, end: 5 } }] };
    },
  };
  const isFake = (format: string) => format === 'async';
  return {
    ...real,
    decoderOf: (format: string) => (isFake(format) ? fake : real.decoderOf(format as never)),
    isTextFormat: (format: string) => !isFake(format) && real.isTextFormat(format as never),
    detectBinaryFormat: (bytes: Uint8Array, path: string | null) =>
      new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) === MAGIC ? 'async' : real.detectBinaryFormat(bytes, path),
  };
});

const dir = mkdtempSync(join(tmpdir(), 'vbparse-async-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('an asynchronous decoder', () => {
  it('is awaited by parseFile, and its warnings become diagnostics with places', async () => {
    const doc = await parseFile(file('letter.bin', `ASYNC:${letter()}`));
    expect(doc.header.number).toBe('215');
    expect(doc.source).toMatchObject({ encoding: 'async' });
    const warning = doc.diagnostics.find((d) => d.message === 'from the async decoder');
    expect(warning?.place?.start).toMatchObject({ line: 1, column: 1 });
  });

  it('makes parseDocument refuse the input with E_ASYNC_FORMAT', () => {
    expect(() => parseDocument(new TextEncoder().encode(`ASYNC:${letter()}`))).toThrow(expect.objectContaining({ code: 'E_ASYNC_FORMAT' }));
  });

  it('turns its failure into an InputError that names the file', async () => {
    const path = file('broken.bin', 'ASYNC:broken');
    await expect(parseFile(path)).rejects.toMatchObject({ name: 'InputError', code: 'E_DECODE', file: path });
  });
});
