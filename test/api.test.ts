/** The library as another program uses it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocument, InputError, parseDocument, parseFile, parseFiles, toMarkdown, VbparseError } from '../src/index.js';

const work = mkdtempSync(join(tmpdir(), 'vbparse-api-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const letter = (n: number) => `ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: ${n}/UBND\nV/v họp giao ban\nAn Hòa, ngày 02 tháng 4 năm 2024\nKính gửi: Các thôn.\nĐề nghị các thôn cử đại diện dự họp./.\n`;

describe('parseFile and parseFiles', () => {
  it('parseFile reads a file and names it in source.path', async () => {
    const path = join(work, 'one.txt');
    writeFileSync(path, letter(7));
    const doc = await parseFile(path);
    expect(doc.source.path).toBe(path);
    expect(doc.header.number).toBe('7');
  });

  it('parseFile throws typed errors with the file and a stable code', async () => {
    await expect(parseFile(join(work, 'missing.txt'))).rejects.toMatchObject({ name: 'InputError', code: 'E_NOT_FOUND', file: join(work, 'missing.txt') });
    await expect(parseFile(work)).rejects.toMatchObject({ code: 'E_IS_DIRECTORY' });
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '');
    await expect(parseFile(empty)).rejects.toBeInstanceOf(InputError);
    await expect(parseFile(empty)).rejects.toBeInstanceOf(VbparseError);
  });

  it('parseFiles yields every file in input order, errors included, with bounded concurrency', async () => {
    const paths: string[] = [];
    for (let i = 1; i <= 9; i++) {
      const path = join(work, `batch-${i}.txt`);
      writeFileSync(path, letter(i));
      paths.push(path);
    }
    paths.splice(4, 0, join(work, 'not-there.txt'));
    const seen: string[] = [];
    for await (const result of parseFiles(paths, { concurrency: 3 })) {
      seen.push(result.error ? `error:${result.error.code}` : String(result.document.header.number));
    }
    expect(seen).toEqual(['1', '2', '3', '4', 'error:E_NOT_FOUND', '5', '6', '7', '8', '9']);
  });
});

describe('parseDocument options', () => {
  it('refuses input over maxBytes with E_TOO_LARGE', () => {
    expect(() => parseDocument('x'.repeat(2000), { maxBytes: 1000 })).toThrow(expect.objectContaining({ code: 'E_TOO_LARGE' }));
  });

  it('reads markdown or text as asked', () => {
    expect(parseDocument('**Số: 5/UBND**', { format: 'markdown' }).source.format).toBe('markdown');
    expect(parseDocument('Số: 5/UBND', { format: 'text' }).source.format).toBe('text');
  });

  it('is pure: the same input gives the same result, call after call', () => {
    expect(parseDocument(letter(3))).toEqual(parseDocument(letter(3)));
  });
});

describe('checkDocument', () => {
  it('returns the diagnostics sorted by position', () => {
    const diagnostics = checkDocument('Một đoạn văn không có phần đầu.\n\n1. Việc thứ nhất.\n\n3. Việc thứ ba.');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['header/number-missing', 'body/numbering-gap', 'signer/missing']));
    const placed = diagnostics.filter((d) => d.place).map((d) => d.place!.start.offset);
    expect(placed).toEqual([...placed].sort((a, b) => a - b));
  });

  it('accepts an already parsed document', () => {
    const doc = parseDocument(letter(9));
    expect(checkDocument(doc)).toEqual(checkDocument(letter(9)));
  });
});

describe('toMarkdown', () => {
  it('renders the header as a table', () => {
    expect(toMarkdown(parseDocument(letter(11)))).toContain('| Số: 11/UBND |');
  });
});
