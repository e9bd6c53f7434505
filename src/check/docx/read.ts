/**
 * Run properties of a .docx as Word resolves them (document defaults → paragraph style and its
 * `basedOn` chain → character style → direct formatting), per paragraph, plus the page margins and
 * whether the document opens with a table (the two-column header). Read with our own XML scanner
 * from the zip reader the decoder uses; the decoder's text output is not touched.
 */
import { openZip } from '../../decode/zip.js';
import type { DocxLayout, DocxParagraph, RunLook } from './styles.js';
import { scanXml, type XmlToken } from './xml.js';

interface RunProps {
  /** A character style named inside the run's properties (`w:rStyle`). */
  style?: string | null;
  font?: string | null;
  size?: number | null;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
}

interface Style {
  readonly basedOn: string | null;
  readonly props: RunProps;
  readonly paragraphStyle: boolean;
}

const decoder = new TextDecoder('utf-8');

function toggle(attrs: Readonly<Record<string, string>>): boolean {
  const v = attrs['w:val'];
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

/** Reads a `w:rPr` element's properties; `tokens` is positioned after its start tag. */
function readRunProps(tokens: Iterator<XmlToken>): RunProps {
  const props: RunProps = {};
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'close' && token.name === 'w:rPr') break;
    if (token.type !== 'open') continue;
    const a = token.attrs;
    switch (token.name) {
      case 'w:rStyle':
        props.style = a['w:val'] ?? null;
        break;
      case 'w:rFonts':
        props.font = a['w:ascii'] ?? a['w:hAnsi'] ?? a['w:cs'] ?? props.font ?? null;
        break;
      case 'w:sz':
        if (a['w:val'] && /^\d+$/.test(a['w:val'])) props.size = Number(a['w:val']) / 2;
        break;
      case 'w:b':
        props.bold = toggle(a);
        break;
      case 'w:i':
        props.italic = toggle(a);
        break;
      case 'w:caps':
      case 'w:smallCaps':
        props.caps = toggle(a);
        break;
    }
  }
  return props;
}

function merge(base: RunProps, over: RunProps): RunProps {
  const out: RunProps = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function readStyles(xml: string | null): { defaults: RunProps; styles: Map<string, Style>; defaultParagraph: string | null } {
  const styles = new Map<string, Style>();
  let defaults: RunProps = {};
  let defaultParagraph: string | null = null;
  if (!xml) return { defaults, styles, defaultParagraph };
  const tokens = scanXml(xml);
  let current: { id: string; basedOn: string | null; props: RunProps; paragraph: boolean } | null = null;
  let inDefaults = false;
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'open') {
      if (token.name === 'w:rPrDefault') inDefaults = true;
      else if (token.name === 'w:style') {
        current = { id: token.attrs['w:styleId'] ?? '', basedOn: null, props: {}, paragraph: token.attrs['w:type'] === 'paragraph' };
        if (current.paragraph && toggle({ 'w:val': token.attrs['w:default'] ?? '0' }) && token.attrs['w:default'] !== undefined) defaultParagraph = current.id;
      } else if (token.name === 'w:basedOn' && current) current.basedOn = token.attrs['w:val'] ?? null;
      else if (token.name === 'w:rPr' && !token.selfClosing) {
        const props = readRunProps(tokens);
        if (inDefaults) defaults = merge(defaults, props);
        else if (current) current.props = merge(current.props, props);
      }
    } else if (token.type === 'close') {
      if (token.name === 'w:rPrDefault') inDefaults = false;
      else if (token.name === 'w:style' && current) {
        styles.set(current.id, { basedOn: current.basedOn, props: current.props, paragraphStyle: current.paragraph });
        current = null;
      }
    }
  }
  return { defaults, styles, defaultParagraph };
}

function styleProps(styles: Map<string, Style>, id: string | null, depth = 0): RunProps {
  if (!id || depth > 20) return {};
  const style = styles.get(id);
  if (!style) return {};
  return merge(styleProps(styles, style.basedOn, depth + 1), style.props);
}

const TWIPS_PER_MM = 1440 / 25.4;

export function readDocxLayout(bytes: Uint8Array): DocxLayout {
  const zip = openZip(bytes);
  const part = (name: string) => (zip.findEntry(name) ? decoder.decode(zip.readEntry(name)) : null);
  const documentXml = part('word/document.xml');
  if (!documentXml) throw new Error('no word/document.xml');
  const { defaults, styles, defaultParagraph } = readStyles(part('word/styles.xml'));

  const paragraphs: DocxParagraph[] = [];
  let margins: DocxLayout['margins'] = null;
  let headerTable: DocxLayout['headerTable'] = null;
  const tableStack: Array<{ table: number; row: number; column: number; firstRowCells: number; paragraphs: number }> = [];
  let tables = 0;
  let bodyBlocks = 0;
  let inDeleted = 0;
  let inTextBox = 0;
  let framed = false;
  let paragraph: { style: string | null; runs: RunLook[]; markProps: RunProps } | null = null;
  let run: { props: RunProps; text: string; style: string | null } | null = null;

  const tokens = scanXml(documentXml);
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'open') {
      switch (token.name) {
        case 'w:tbl':
          if (tableStack.length === 0) bodyBlocks++;
          tableStack.push({ table: tables++, row: -1, column: -1, firstRowCells: 0, paragraphs: 0 });
          break;
        case 'w:tr': {
          const top = tableStack[tableStack.length - 1];
          if (top) {
            top.row++;
            top.column = -1;
          }
          break;
        }
        case 'w:tc': {
          const top = tableStack[tableStack.length - 1];
          if (top) {
            top.column++;
            if (top.row === 0) top.firstRowCells++;
          }
          break;
        }
        case 'w:del':
          if (!token.selfClosing) inDeleted++;
          break;
        case 'w:txbxContent':
          if (!token.selfClosing) inTextBox++;
          break;
        case 'w:framePr':
          framed = true;
          break;
        case 'w:p':
          framed = false;
          if (tableStack.length === 0) bodyBlocks++;
          paragraph = { style: defaultParagraph, runs: [], markProps: {} };
          if (token.selfClosing) {
            paragraphs.push({ index: paragraphs.length, text: '', runs: [], cell: cellOf(tableStack), framed: inTextBox > 0 });
            paragraph = null;
          }
          break;
        case 'w:pStyle':
          if (paragraph) paragraph.style = token.attrs['w:val'] ?? paragraph.style;
          break;
        case 'w:r':
          if (paragraph && !token.selfClosing) run = { props: {}, text: '', style: null };
          break;
        case 'w:rStyle':
          if (run) run.style = token.attrs['w:val'] ?? null;
          break;
        case 'w:rPr':
          if (!token.selfClosing) {
            const props = readRunProps(tokens);
            if (run) run.props = props;
            else if (paragraph) paragraph.markProps = props;
          }
          break;
        case 'w:t':
          if (run && !token.selfClosing && inDeleted === 0) {
            const next = tokens.next();
            if (!next.done && next.value.type === 'text') run.text += next.value.text;
          }
          break;
        case 'w:tab':
          if (run && inDeleted === 0) run.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (run && inDeleted === 0) run.text += '\n';
          break;
        case 'w:pgMar': {
          const n = (k: string) => Number(token.attrs[k] ?? NaN) / TWIPS_PER_MM;
          const m = { top: n('w:top'), bottom: n('w:bottom'), left: n('w:left'), right: n('w:right') };
          if (Object.values(m).every(Number.isFinite)) margins = { top: round(m.top), bottom: round(m.bottom), left: round(m.left), right: round(m.right) };
          break;
        }
      }
    } else if (token.type === 'close') {
      switch (token.name) {
        case 'w:tbl': {
          const done = tableStack.pop();
          if (done && done.table === 0 && bodyBlocks <= 2 && headerTable === null) headerTable = { columns: done.firstRowCells, paragraphs: done.paragraphs };
          break;
        }
        case 'w:del':
          inDeleted = Math.max(0, inDeleted - 1);
          break;
        case 'w:txbxContent':
          inTextBox = Math.max(0, inTextBox - 1);
          break;
        case 'w:r':
          if (run && paragraph) {
            const props = merge(merge(merge(defaults, styleProps(styles, paragraph.style)), styleProps(styles, run.style ?? run.props.style ?? null)), run.props);
            paragraph.runs.push({ text: run.text, font: props.font ?? null, size: props.size ?? null, bold: props.bold ?? false, italic: props.italic ?? false, caps: props.caps ?? false });
          }
          run = null;
          break;
        case 'w:p':
          if (paragraph) {
            for (const top of tableStack) top.paragraphs++;
            paragraphs.push({ index: paragraphs.length, text: paragraph.runs.map((r) => r.text).join(''), runs: paragraph.runs, cell: cellOf(tableStack), framed: framed || inTextBox > 0 });
          }
          paragraph = null;
          break;
      }
    }
  }
  return { paragraphs, margins, headerTable };
}

function cellOf(stack: ReadonlyArray<{ table: number; row: number; column: number }>): DocxParagraph['cell'] {
  const top = stack[stack.length - 1];
  return top ? { table: top.table, row: top.row, column: top.column } : null;
}

function round(mm: number): number {
  return Math.round(mm * 10) / 10;
}
