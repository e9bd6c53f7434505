/**
 * HTML pages (a web page saved from a publisher's site, Word's or pandoc's HTML export) → the
 * markdown the rest of the pipeline reads: a paragraph per block element, `**`/`*` for bold and
 * italic, list items with the marker a browser shows (`1.`, `a)`, `- `), and tables kept as HTML tables, which the line reader turns into cells
 * (`lines/html-tables.ts`). Character references are left to the normalizer, which maps each back.
 *
 * Read by one linear scan of the tags, tolerant as browsers are: unclosed elements, stray end
 * tags, comments and scripts anywhere. Positions refer to this markdown (`--format text` prints it).
 */

const PAGE_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

/** A page announces itself by a doctype or an `<html>` element near the start. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return looksLikeHtmlText(new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)));
}

/** The same test on text. */
export function looksLikeHtmlText(text: string): boolean {
  return PAGE_START.test(text.slice(0, 1024).replace(/^\ufeff/, '').trimStart());
}

/** Elements whose content is not text of the page. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'object', 'iframe']);
/** Each hidden element's end tag (a page has many scripts: one pattern per name, not per element). */
const HIDDEN_END = new Map([...HIDDEN].map((name) => [name, new RegExp(`</${name}\\s*>`, 'ig')]));
/** Elements that start a paragraph of their own (and end one). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
]);
/** Inside a table: the tags the table reader knows, kept as they are. */
const TABLE_TAGS = new Set(['table', 'caption', 'tr', 'td', 'th']);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em']);

// A tag's attributes stop at the next `<`, so a page of unclosed tags is read in linear time.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([A-Za-z][A-Za-z0-9:-]*)(?:[^>"'<]|"[^"<>]*"|'[^'<>]*')*>|[^<]+|</g;

/** An open list: the marker its next item shows. */
interface OpenList {
  readonly ordered: boolean;
  readonly type: string;
  next: number;
}

/** The page as markdown. */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  let tableDepth = 0;
  let pre = 0;
  const lists: OpenList[] = [];
  // A list item's marker waits for the item's first text (its <p> must not put it on a line alone).
  let marker: string | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const token = m[0];
    const name = m[2]?.toLowerCase();
    if (name === undefined) {
      if (token.startsWith('<!') || token.startsWith('<?')) continue;
      // Text: HTML folds its whitespace, except in <pre>; a lone `<` is text too.
      const text = pre > 0 ? token : token.replace(/[ \t\r\n\f]+/g, ' ');
      if (marker !== null && text.trim()) {
        out.push(marker);
        marker = null;
      }
      out.push(text);
      continue;
    }
    if (name === 'ol' || name === 'ul') {
      if (m[1] === '/') lists.pop();
      else lists.push(openList(name === 'ol', token));
    }
    if (name === 'li' && m[1] !== '/') marker = listMarker(lists.at(-1), token);
    const closing = m[1] === '/';
    if (!closing && HIDDEN.has(name)) {
      // Skip to the element's end tag (or the end of the page).
      const end = HIDDEN_END.get(name)!;
      end.lastIndex = TOKEN.lastIndex;
      const found = end.exec(html);
      TOKEN.lastIndex = found ? found.index + found[0].length : html.length;
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        if (tableDepth === 0) out.push('\n\n');
        tableDepth++;
        out.push('<table>');
      } else if (tableDepth > 0) {
        tableDepth--;
        out.push('</table>');
        if (tableDepth === 0) out.push('\n\n');
      }
      continue;
    }
    if (tableDepth > 0) {
      out.push(tableToken(name, closing));
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'br') out.push('\n');
    else if (BLOCK.has(name)) out.push('\n\n');
    else if (BOLD.has(name)) out.push('**');
    else if (ITALIC.has(name)) out.push('*');
  }
  return tidy(out.join(''));
}

/** A list as `<ol start="3" type="a">` opens it. */
function openList(ordered: boolean, tag: string): OpenList {
  const start = /\sstart\s*=\s*["']?(-?\d+)/i.exec(tag)?.[1];
  const type = /\stype\s*=\s*["']?([1aAiI])/.exec(tag)?.[1] ?? '1';
  return { ordered, type, next: start === undefined ? 1 : Number(start) };
}

/**
 * The marker a browser shows before an item, as the document's own numbering writes it: `1.`,
 * `a)` (NĐ 30's điểm), `I.`, `- ` for a bullet. `<li value="5">` sets the number.
 */
function listMarker(list: OpenList | undefined, tag: string): string {
  if (list === undefined || !list.ordered) return '- ';
  const value = /\svalue\s*=\s*["']?(-?\d+)/i.exec(tag)?.[1];
  const n = value === undefined ? list.next : Number(value);
  list.next = n + 1;
  switch (list.type) {
    case 'a':
      return `${letterOf(n)}) `;
    case 'A':
      return `${letterOf(n).toUpperCase()}. `;
    case 'i':
      return `${romanOf(n).toLowerCase()}. `;
    case 'I':
      return `${romanOf(n)}. `;
    default:
      return `${n}. `;
  }
}

/** The Vietnamese điểm letters: a b c d đ e g h i k l m n o p q r s t u v x y. */
const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');
const letterOf = (n: number) => LETTERS[(n - 1) % LETTERS.length] ?? 'a';

function romanOf(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** A tag inside a table: the table's own and the inline emphasis kept, a block tag a line break. */
function tableToken(name: string, closing: boolean): string {
  if (TABLE_TAGS.has(name)) return `${name === 'tr' && !closing ? '\n' : ''}<${closing ? '/' : ''}${name}>`;
  if (BOLD.has(name)) return closing ? '</strong>' : '<strong>';
  if (ITALIC.has(name)) return closing ? '</em>' : '<em>';
  if (name === 'br' || BLOCK.has(name)) return closing ? '' : '<br>';
  return '';
}

/** Lines trimmed and runs of blank lines made one. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^ +/, '').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}
