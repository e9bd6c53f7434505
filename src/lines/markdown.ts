/**
 * The block structure markdown gives us, through unified + remark-parse + remark-gfm:
 * GFM tables with the source span of every cell. Everything else is read line by line,
 * because converter output is only markdown-ish (broken emphasis, 4-space indents that
 * are layout, not code).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
import { hasTableDelimiter, type TableSpan } from './tables.js';

export type { CellSpan, TableFinder, TableSpan } from './tables.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** Find the GFM tables of a markdown text, with cell spans (offsets into `text`). */
export function findTables(text: string): TableSpan[] {
  if (!hasTableDelimiter(text)) return []; // no delimiter row, no GFM table: skip the parse
  const tree = processor.parse(text);
  const tables: TableSpan[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'table') {
      const rows = node.children.map((row) =>
        row.children.map((cell) => ({
          start: cell.position?.start.offset ?? 0,
          end: cell.position?.end.offset ?? 0,
        })),
      );
      tables.push({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0, rows });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return tables;
}
