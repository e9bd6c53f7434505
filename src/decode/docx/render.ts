/**
 * Markdown rendering
 */
import type { Block, Inline, TableCell, TextInline } from './model.js';

const BLOCK_SEPARATOR = '\n\n';
const PAGE_BREAK_LINE = '\f';
const CELL_LINE_SEPARATOR = '<br>';

/**
 * The blocks as markdown (NFC, block by block so that offsets stay exact), and the span of the
 * first body paragraph whose automatic number is missing, for the diagnostic.
 */
export function renderBody(blocks: Block[]): { text: string; firstUnnumbered: { start: number; end: number } | null } {
  let text = '';
  let firstUnnumbered: { start: number; end: number } | null = null;
  for (const block of blocks) {
    const rendered = renderBodyBlock(block).normalize('NFC');
    if (rendered === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    if (block.kind === 'paragraph' && block.unnumbered && firstUnnumbered === null) {
      firstUnnumbered = { start: text.length, end: text.length + rendered.length };
    }
    text += rendered;
  }
  return { text: text === '' ? '' : `${text}\n`, firstUnnumbered };
}

function renderBodyBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return renderLines(block.inlines, (text) => text).map(escapeLineStart).join('\n');
    case 'pageBreak':
      return PAGE_BREAK_LINE;
    case 'table':
      return renderTable(block.rows);
  }
}

/** A line starting with `#` or `>` would turn into a heading or a quote. */
function escapeLineStart(line: string): string {
  return line.startsWith('#') || line.startsWith('>') ? `\\${line}` : line;
}

function renderTable(rows: TableCell[][]): string {
  const textRows = rows
    .map((row) => row.flatMap(renderCellWithSpan))
    .filter((cells) => cells.some((cell) => cell !== ''));
  if (textRows.length === 0) return '';
  // GFM drops cells beyond the header row's count, so every row gets the same width.
  const width = Math.max(...textRows.map((cells) => cells.length));
  const lines = textRows.map((cells) => formatTableRow([...cells, ...Array<string>(width - cells.length).fill('')]));
  lines.splice(1, 0, formatTableRow(Array<string>(width).fill('---')).replaceAll(' ', ''));
  return lines.join('\n');
}

/** A cell spanning several grid columns is followed by empty cells so columns stay aligned. */
function renderCellWithSpan(cell: TableCell): string[] {
  const text = cell.continuation ? '' : renderCell(cell.blocks);
  return [text, ...Array<string>(cell.span - 1).fill('')];
}

function formatTableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Cell content on one line: paragraphs and nested tables joined with `<br>`, page breaks dropped. */
function renderCell(blocks: Block[]): string {
  return cellLines(blocks).join(CELL_LINE_SEPARATOR);
}

function cellLines(blocks: Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.kind === 'paragraph') return renderLines(block.inlines, escapePipes);
    if (block.kind === 'table') {
      return block.rows.flatMap((row) => row.filter((cell) => !cell.continuation).flatMap((cell) => cellLines(cell.blocks)));
    }
    return [];
  });
}

function escapePipes(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** Renders inline items to trimmed, non-empty lines (a `w:br` starts a new line). */
function renderLines(inlines: Inline[], escape: (text: string) => string): string[] {
  const lines: string[] = [];
  let segment: TextInline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      segment.push(inline);
    } else {
      lines.push(renderSegment(segment, escape));
      segment = [];
    }
  }
  lines.push(renderSegment(segment, escape));
  // Leading whitespace would make an indented code block; empty lines would split the paragraph.
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

function renderSegment(segment: TextInline[], escape: (text: string) => string): string {
  return groupByStyle(segment)
    .map((group) => wrapEmphasis(escape(group.text), group.bold, group.italic))
    .join('');
}

/**
 * Merges adjacent runs of the same style (Word splits text into many runs). Whitespace-only runs
 * join the style around them, so `**ỦY BAN** **NHÂN DÂN**` comes out as `**ỦY BAN NHÂN DÂN**`.
 */
function groupByStyle(segment: TextInline[]): TextInline[] {
  const groups: TextInline[] = [];
  let pendingWhitespace = '';
  for (const inline of segment) {
    if (inline.text.trim() === '') {
      pendingWhitespace += inline.text;
      continue;
    }
    const last = groups.at(-1);
    if (last && last.bold === inline.bold && last.italic === inline.italic) {
      last.text += pendingWhitespace + inline.text;
    } else {
      if (last) last.text += pendingWhitespace;
      groups.push({ ...inline, text: (last ? '' : pendingWhitespace) + inline.text });
    }
    pendingWhitespace = '';
  }
  const last = groups.at(-1);
  if (last) last.text += pendingWhitespace;
  else if (pendingWhitespace) groups.push({ kind: 'text', text: pendingWhitespace, bold: false, italic: false });
  return groups;
}

/** Puts emphasis markers around the non-whitespace core only: `**ỦY BAN**`, never `** ỦY BAN **`. */
function wrapEmphasis(text: string, bold: boolean, italic: boolean): string {
  const marker = bold && italic ? '***' : bold ? '**' : italic ? '*' : '';
  if (marker === '') return text;
  const core = text.trim();
  if (core === '') return text;
  const leading = text.slice(0, text.indexOf(core));
  const trailing = text.slice(leading.length + core.length);
  return `${leading}${marker}${core}${marker}${trailing}`;
}

