/** GFM tables: the linear reader gives the cell spans remark-gfm gives (its reference). */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findTables } from '../src/lines/markdown.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeInput } from '../src/core.js';
import { normalizeText } from '../src/normalize/index.js';
import { parseDocument } from '../src/index.js';

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** What remark reads when it is given the whole text: the reference. */
function remarkWhole(text: string) {
  const tables: Array<{ start: number; end: number; rows: Array<Array<{ start: number; end: number }>> }> = [];
  const visit = (node: Node) => {
    if (node.type === 'table') {
      tables.push({
        start: node.position!.start.offset!,
        end: node.position!.end.offset!,
        rows: node.children!.map((row) => row.children!.map((cell) => ({ start: cell.position!.start.offset!, end: cell.position!.end.offset! }))),
      });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(text) as Node);
  return tables;
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => `| ${i + 1} | Nội dung hàng ${i + 1} với \\| một gạch | ${i * 7} |`).join('\n');

describe('GFM tables', () => {
  it('reads every fixture and corpus document as remark reads it', () => {
    const root = join(import.meta.dirname, '..');
    const folders = [join(root, 'fixtures'), ...['seeds', 'synthetic', 'real', 'docx', 'pdftext'].map((f) => join(root, '..', 'shared', 'corpus', f))];
    let tables = 0;
    for (const folder of folders.filter((f) => existsSync(f))) {
      for (const name of readdirSync(folder).filter((n) => /\.(md|txt|docx)$/.test(n))) {
        let text: string;
        try {
          text = normalizeText(decodeInput(readFileSync(join(folder, name)), { path: name }).text).text;
        } catch {
          continue;
        }
        const expected = remarkWhole(text);
        tables += expected.length;
        expect(findTables(text), name).toEqual(expected);
      }
    }
    expect(tables).toBeGreaterThan(10);
  }, 120_000);

  it('reads random table soup as remark reads it', () => {
    const pieces = ['| a | b |', '|---|---|', '| 1 | 2 |', 'a | b', '---|---', '|:-:|--|', '| x \\| y |', '\\\\|', '', '  ', '> | q | r |', '> |---|---|', '# h', '- x', '1. y', '    | c |', '|', 'văn bản', '<div>', '***', '| `x|y` |', '|-|', '---', 'A', '| a |', '\t| t |', '| 3 | 4 | 5 |', '> văn', '>'];
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 3000; k++) {
      const lines: string[] = [];
      const n = 1 + Math.floor(rnd() * 8);
      for (let j = 0; j < n; j++) lines.push(pieces[Math.floor(rnd() * pieces.length)] ?? '');
      const text = lines.join('\n');
      expect(findTables(text), JSON.stringify(text)).toEqual(remarkWhole(text));
    }
  }, 120_000);

  it.each([
    ['a small table between paragraphs', `Trước.\n\n| TT | Nội dung | Số |\n|---|---|---|\n${rows(3)}\n\nSau.`],
    ['a table of 200 KB', `| TT | Nội dung | Số |\n|---|---|---|\n${rows(3_000)}\n`],
    ['a table ended by a heading', `| TT | Nội dung | Số |\n|---|---|---|\n${rows(30)}\n# Tiêu đề\nvăn bản`],
    ['two tables and a quoted one', `| a | b |\n|---|---|\n| 1 | 2 |\n\n> | c |\n> |---|\n> | 3 |\n\n| d |\n| - |\n`],
    ['a delimiter row with no header above', `\n|---|---|\n| 1 | 2 |\n`],
  ])('reads %s as remark reads the whole text', (_name, text) => {
    expect(findTables(text)).toEqual(remarkWhole(text));
  }, 60_000);

  it('reads the cells of a table over 1,000,000 characters (no size cliff)', () => {
    const body = Array.from({ length: 25_000 }, (_, i) => `| ${i + 1} | Nội dung hàng số ${i + 1} của bảng |`).join('\n');
    const text = `**Số: 12/UBND-VP**\n\n| TT | Nội dung |\n|---|---|\n${body}\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br><br>**Nguyễn Văn A** |\n|---|---|\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const doc = parseDocument(text, { format: 'markdown' });
    expect(doc.signer.name).toBe('Nguyễn Văn A');
    expect(doc.signer.position).toBe('CHỦ TỊCH');
  }, 60_000);
});
