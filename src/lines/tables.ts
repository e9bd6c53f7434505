/** GFM tables: the spans of their cells, found by a linear line reader. */

export interface CellSpan {
  readonly start: number;
  readonly end: number;
  /** Grid tables: the cell's slice of each physical line (empty where the line is blank in it). */
  readonly segments?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

export interface TableSpan {
  /** Normalized offsets of the whole table (whole lines). */
  readonly start: number;
  readonly end: number;
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpan>>;
  /**
   * How a cell's text is cut into lines: `gfm` (the default) at `<br>`; `html` at block tags
   * (`<p>`, `<br>`, `<li>`); `grid` by the cell's physical lines.
   */
  readonly kind?: 'gfm' | 'html' | 'grid';
  /** Grid tables: the lines of a paragraph are joined (blank lines separate the paragraphs). */
  readonly paragraphs?: boolean;
  /** Text on the table's first line before it and on its last line after it (inline HTML). */
  readonly before?: CellSpan;
  readonly after?: CellSpan;
}

export type TableFinder = (text: string) => TableSpan[];

/** The physical lines of a text as `[start, end)` offsets (the newline excluded). */
export function physicalLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** True when the text has a GFM delimiter row, so that `findTables` has something to find. */
export function hasTableDelimiter(text: string): boolean {
  return /\|\s*:?-{3,}/.test(text);
}


/**
 * GFM tables read line by line, in linear time: the cell spans that remark-gfm gives (a cell runs
 * from the pipe before it to the next pipe; the last one to the end of its line), without building
 * a syntax tree of every cell. remark-gfm is this reader's reference in the tests.
 */
export function findTables(text: string): TableSpan[] {
  if (!text.includes('|')) return [];
  const lines = lineStarts(text);
  const { lazy, excluded } = lineContexts(text, lines);
  const tables: TableSpan[] = [];
  for (let k = 1; k < lines.length; k++) {
    const delimiter = rowAt(text, lines, k, null);
    if (!delimiter || !delimiter.cells || lazy[k] || excluded[k] || excluded[k - 1] || !isDelimiterRow(text, delimiter)) continue;
    const header = rowAt(text, lines, k - 1, null);
    // A header that lazily continues a quote's paragraph belongs to that quote.
    const lazyHeader = lazy[k - 1] ?? 0;
    const headerQuotes = lazyHeader > 0 ? lazyHeader - 1 : header?.quotes;
    if (!header || !header.cells || headerQuotes !== delimiter.quotes || startsBlock(text, header.start, header.end) || header.indent >= 4) continue;
    // A lone `|` is a header of no cells; a delimiter row without a pipe is a setext underline.
    const headerCells = text.slice(header.start, header.end).trim() === '|' ? [] : cellsOf(text, header.start, header.end);
    if (headerCells.length !== delimiterCellCount(text, delimiter) || !hasPipe(text, delimiter.start, delimiter.end)) continue;
    // The header row must not continue a table above it (that one would have taken it).
    const last = tables[tables.length - 1];
    if (last && last.end >= (lines[k - 1] ?? 0)) continue;
    const rows: CellSpan[][] = [headerCells];
    let end = delimiter.end;
    let next = k + 1;
    for (; next < lines.length; next++) {
      const row = rowAt(text, lines, next, delimiter.quotes);
      if (!row || !row.cells || row.indent >= 4 || startsBlock(text, row.start, row.end)) break;
      rows.push(cellsOf(text, row.start, row.end));
      end = row.end;
    }
    tables.push({ start: header.start, end, rows });
    k = next;
  }
  return tables;
}

interface Row {
  /** After the container's `>` markers and the leading whitespace. */
  readonly start: number;
  readonly end: number;
  readonly quotes: number;
  readonly indent: number;
  /** Whether the line holds any text (a blank line ends a table). */
  readonly cells: boolean;
}

/**
 * What markdown makes of each line before tables are looked for. `lazy`: the line lazily continues
 * the paragraph of a list item or a blockquote (`- x` / `| a |`), so it is that paragraph's text
 * (0: not lazy; else 1 + the depth of the quote, 1 for a list). `excluded`: the line is inside a
 * fenced code block or an HTML block, where nothing is a table.
 */
function lineContexts(text: string, lines: readonly number[]): { lazy: Uint8Array; excluded: Uint8Array } {
  const lazy = new Uint8Array(lines.length);
  const excluded = new Uint8Array(lines.length);
  let container: 'none' | 'list' | 'quote' = 'none';
  let contentIndent = 0;
  let depth = 0;
  let paragraph = false;
  let fence: { char: number; length: number } | null = null;
  let htmlEnd: RegExp | 'blank' | null = null;
  for (let k = 0; k < lines.length; k++) {
    const quoted = rowAt(text, lines, k, null);
    const line = quoted ? text.slice(quoted.start, Math.min(quoted.end, quoted.start + 2000)) : '';
    if (fence) {
      excluded[k] = 1;
      const close = quoted && quoted.indent < 4 ? /^(`{3,}|~{3,})[ \t]*$/.exec(line) : null;
      const run = close?.[1] ?? '';
      if (run.length > 0 && run.charCodeAt(0) === fence.char && run.length >= fence.length) fence = null;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd === 'blank') {
        if (!quoted || (!quoted.cells && quoted.quotes === 0)) htmlEnd = null;
        else excluded[k] = 1;
      } else {
        excluded[k] = 1;
        if (htmlEnd.test(line)) htmlEnd = null;
      }
      if (htmlEnd === null) paragraph = false;
      continue;
    }
    if (quoted && quoted.cells && quoted.indent < 4) {
      const run = /^(`{3,}|~{3,})/.exec(line)?.[1] ?? '';
      if (run.length > 0 && !(run.startsWith('`') && line.indexOf('`', run.length) >= 0)) {
        fence = { char: run.charCodeAt(0), length: run.length };
        excluded[k] = 1;
        paragraph = false;
        container = 'none';
        continue;
      }
      const html = htmlBlockEnd(line, paragraph);
      if (html) {
        excluded[k] = 1;
        paragraph = false;
        container = 'none';
        htmlEnd = html === 'blank' || !html.test(line.slice(2)) ? html : null;
        continue;
      }
    }
    if (quoted && quoted.quotes > 0) {
      // Only a quote with a paragraph open in it takes lazy lines.
      const opens = quoted.cells && quoted.indent < 4 && !startsBlock(text, quoted.start, quoted.end);
      container = opens ? 'quote' : 'none';
      paragraph = opens;
      depth = Math.min(quoted.quotes, 254);
      continue;
    }
    const row = rowAt(text, lines, k, 0);
    if (row === null) continue;
    if (!row.cells) {
      container = 'none';
      paragraph = false;
      continue;
    }
    const marker = row.indent < 4 ? LIST_MARKER.exec(text.slice(row.start, Math.min(row.end, row.start + 40))) : null;
    if (marker) {
      container = 'list';
      contentIndent = row.indent + marker[0].length;
      depth = 0;
      paragraph = true;
      continue;
    }
    const opensBlock = row.indent < 4 && startsBlock(text, row.start, row.end);
    if (container === 'list' && row.indent >= contentIndent) {
      paragraph = !opensBlock;
      continue;
    }
    if (container !== 'none' && (row.indent >= 4 || !opensBlock)) lazy[k] = 1 + depth;
    else container = 'none';
    paragraph = !opensBlock && (paragraph || row.indent < 4);
  }
  return { lazy, excluded };
}

/** The end of the HTML block a line opens (CommonMark kinds 1–7), or null. */
function htmlBlockEnd(line: string, paragraphOpen: boolean): RegExp | 'blank' | null {
  if (line.charCodeAt(0) !== 60) return null;
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(line)) return /<\/(?:script|pre|style|textarea)>/i;
  if (line.startsWith('<!--')) return /-->/;
  if (line.startsWith('<?')) return /\?>/;
  if (line.startsWith('<![CDATA[')) return /\]\]>/;
  if (/^<![A-Za-z]/.test(line)) return />/;
  if (HTML_BLOCK_TAG.test(line)) return 'blank';
  if (!paragraphOpen && HTML_WHOLE_TAG.test(line)) return 'blank';
  return null;
}

const HTML_BLOCK_TAG = new RegExp(`^</?(?:${'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'})(?:[\\s>]|/>|$)`, 'i');
const HTML_WHOLE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])[ \t]+(?=\S)/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Line `k` as a table row: its blockquote markers (at most `quotes` of them when given: a line
 * with fewer is not part of the quoted table), its indent and its content span.
 */
function rowAt(text: string, lines: readonly number[], k: number, quotes: number | null): Row | null {
  const from = lines[k];
  if (from === undefined) return null;
  const next = lines[k + 1];
  let end = next === undefined ? text.length : next - 1;
  if (end > from && text.charCodeAt(end - 1) === 13) end--;
  let i = from;
  let markers = 0;
  for (;;) {
    let j = i;
    while (j < end && j - i < 3 && text.charCodeAt(j) === 32) j++;
    if (j < end && text.charCodeAt(j) === 62 && (quotes === null || markers < quotes)) {
      markers++;
      i = j + 1;
      if (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      continue;
    }
    break;
  }
  if (quotes !== null && markers !== quotes) return null;
  let indent = 0;
  let start = i;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) {
    indent = text.charCodeAt(start) === 9 ? indent + 4 - (indent % 4) : indent + 1;
    start++;
  }
  return { start, end, quotes: markers, indent, cells: start < end };
}

/** Unescaped pipes of a span (`\|` and `\\` are escapes). */
function pipesOf(text: string, start: number, end: number): number[] {
  const pipes: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 && i + 1 < end && (text.charCodeAt(i + 1) === 92 || text.charCodeAt(i + 1) === 124)) i++;
    else if (c === 124) pipes.push(i);
  }
  return pipes;
}

const hasPipe = (text: string, start: number, end: number) => pipesOf(text, start, end).length > 0;

/** Cell spans of a row: from the pipe before a cell to the next; the last cell to the line's end. */
function cellsOf(text: string, start: number, end: number): CellSpan[] {
  let contentEnd = end;
  while (contentEnd > start && (text.charCodeAt(contentEnd - 1) === 32 || text.charCodeAt(contentEnd - 1) === 9)) contentEnd--;
  const pipes = pipesOf(text, start, contentEnd);
  // A closing pipe (with nothing after it) ends the last cell instead of opening one.
  const closing = pipes.length > 0 && pipes[pipes.length - 1] === contentEnd - 1 && !(pipes.length === 1 && pipes[0] === start);
  const boundaries = closing ? pipes.slice(0, -1) : pipes;
  const cells: CellSpan[] = [];
  let cellStart = start;
  for (const pipe of boundaries) {
    if (pipe === start) continue;
    cells.push({ start: cellStart, end: pipe });
    cellStart = pipe;
  }
  cells.push({ start: cellStart, end });
  return cells;
}

// A delimiter row: cells of `:?-+:?` between pipes.
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function isDelimiterRow(text: string, row: Row): boolean {
  return row.indent < 4 && row.end - row.start <= 10_000 && DELIMITER_ROW.test(text.slice(row.start, row.end));
}

function delimiterCellCount(text: string, row: Row): number {
  return cellsOf(text, row.start, row.end).length;
}

// Lines that open another block and so end a table (CommonMark block starts).
const BLOCK_START = new RegExp(
  [
    '^#{1,6}(?:[ \\t]|$)', // ATX heading
    '^>', // blockquote
    '^(?:```|~~~)', // fenced code
    '^(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$', // thematic break
    '^(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]|$)', // list item
    '^<(?:script|pre|style|textarea)(?:[\\s>]|$)', // HTML blocks 1–6
    '^<!--',
    '^<\\?',
    '^<![A-Za-z]',
    '^<!\\[CDATA\\[',
    `^</?(?:${'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'})(?:[\\s>]|/>|$)`,
    // HTML block 7: a whole line that is one open or closing tag
    '^(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"\'=<>`]+|\'[^\']*\'|"[^"]*"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$',
  ].join('|'),
  'i',
);

function startsBlock(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  // Only these characters (and digits) open a block: test the pattern on those lines alone.
  if (!(c === 35 || c === 62 || c === 96 || c === 126 || c === 42 || c === 45 || c === 95 || c === 43 || c === 60 || (c >= 48 && c <= 57))) return false;
  return BLOCK_START.test(text.slice(start, Math.min(end, start + 2000)));
}
