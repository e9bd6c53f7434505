/**
 * `--fix` for .docx: the fixes become Word tracked changes (`w:del` + `w:ins`, author vbparse)
 * in a new `X.fixed.docx` beside the original, which is never written. A fix is placed by finding
 * its text with some context in exactly one paragraph, inside one run of plain text; a fix that
 * cannot be placed so is left out (and its message stays).
 */
import { openZip } from '../../decode/zip.js';
import type { LintMessage } from '../types.js';
import { scanXml } from './xml.js';
import { writeBytesAtomic } from '../write.js';
import { writeZip } from '../../decode/zip-write.js';

export interface DocxFixOutcome {
  readonly written: string | null;
  readonly changes: number;
  readonly preview: string;
  readonly error?: string;
}

interface RunSpan {
  /** XML offsets of the whole `<w:r>…</w:r>`. */
  readonly start: number;
  readonly end: number;
  readonly rPr: string;
  readonly text: string;
  /** Offset of the run's text in its paragraph. */
  readonly at: number;
  /** The run is only rPr + one w:t: it can be split. */
  readonly plain: boolean;
}

interface ParagraphSpan {
  text: string;
  readonly runs: RunSpan[];
}

function paragraphs(xml: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  let current: ParagraphSpan | null = null;
  let run: { start: number; rPr: string; rPrStart: number; text: string; texts: number; other: number } | null = null;
  let depthDel = 0;
  const tokens = scanXml(xml);
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'open') {
      if (token.name === 'w:p' && !token.selfClosing) current = { text: '', runs: [] };
      else if (token.name === 'w:del' && !token.selfClosing) depthDel++;
      else if (token.name === 'w:r' && !token.selfClosing && current) run = { start: token.start, rPr: '', rPrStart: -1, text: '', texts: 0, other: 0 };
      else if (run && token.name === 'w:rPr') {
        if (token.selfClosing) run.rPr = xml.slice(token.start, token.end);
        else run.rPrStart = token.start;
      } else if (run && run.rPrStart >= 0) {
        // inside w:rPr: properties
      } else if (run && token.name === 'w:t' && !token.selfClosing) {
        const next = tokens.next();
        if (!next.done && next.value.type === 'text') run.text += next.value.text;
        run.texts++;
      } else if (run) {
        run.other++; // tabs, breaks, fields, drawings: the run is left alone
      }
    } else if (token.type === 'close') {
      if (token.name === 'w:rPr' && run && run.rPrStart >= 0) {
        run.rPr = xml.slice(run.rPrStart, token.end);
        run.rPrStart = -1;
      } else if (token.name === 'w:del') depthDel = Math.max(0, depthDel - 1);
      else if (token.name === 'w:r' && run && current) {
        if (depthDel === 0) {
          current.runs.push({ start: run.start, end: token.end, rPr: run.rPr, text: run.text, at: current.text.length, plain: run.texts === 1 && run.other === 0 });
          current.text += run.text;
        }
        run = null;
      } else if (token.name === 'w:p' && current) {
        out.push(current);
        current = null;
      }
    }
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CONTEXT = 12;

export async function fixDocx(file: string, bytes: Uint8Array, messages: readonly LintMessage[], options: { write: boolean; source?: string }): Promise<DocxFixOutcome> {
  let zip;
  try {
    zip = openZip(bytes);
  } catch (error) {
    return { written: null, changes: 0, preview: '', error: `cannot read the package (${(error as Error).message})` };
  }
  const name = zip.findEntry('word/document.xml')?.name;
  if (!name) return { written: null, changes: 0, preview: '', error: 'no word/document.xml' };
  const xml = new TextDecoder().decode(zip.readEntry(name));
  const paras = paragraphs(xml);
  const source = options.source ?? '';
  const edits: Array<{ start: number; end: number; xml: string; preview: string }> = [];
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  let id = 9000;
  for (const m of messages) {
    if (!m.fix) continue;
    const [s, e] = m.fix.range;
    const before = source.slice(s, e);
    const lineStart = source.lastIndexOf('\n', s - 1) + 1;
    const lineEnd = source.indexOf('\n', e) === -1 ? source.length : source.indexOf('\n', e);
    // Context within the same Word paragraph: a table cell's `<br>` or `|` ends it; markup goes.
    const clean = (text: string) => text.replace(/[*_]/g, '');
    const left = clean(source.slice(Math.max(lineStart, s - CONTEXT), s).split(/<br\s*\/?>|\|/).pop() ?? '');
    const right = clean(source.slice(e, Math.min(lineEnd, e + CONTEXT)).split(/<br\s*\/?>|\|/)[0] ?? '');
    const needle = left + before + right;
    const hits = paras.filter((p) => p.text.includes(needle));
    if (hits.length !== 1 || hits[0]!.text.indexOf(needle) !== hits[0]!.text.lastIndexOf(needle)) continue;
    const para = hits[0]!;
    const at = para.text.indexOf(needle) + left.length;
    const runIndex = para.runs.findIndex((r) => at >= r.at && at + before.length <= r.at + r.text.length && (before.length > 0 || at < r.at + r.text.length || at === r.at + r.text.length));
    const r = para.runs[runIndex];
    if (!r || !r.plain) continue;
    const local = at - r.at;
    const head = r.text.slice(0, local);
    const tail = r.text.slice(local + before.length);
    const piece = (text: string) => (text ? `<w:r>${r.rPr}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>` : '');
    const del = before ? `<w:del w:id="${id++}" w:author="vbparse" w:date="${date}"><w:r>${r.rPr}<w:delText xml:space="preserve">${escape(before)}</w:delText></w:r></w:del>` : '';
    const ins = m.fix.text ? `<w:ins w:id="${id++}" w:author="vbparse" w:date="${date}"><w:r>${r.rPr}<w:t xml:space="preserve">${escape(m.fix.text)}</w:t></w:r></w:ins>` : '';
    if (edits.some((x) => x.start < r.end && r.start < x.end)) continue; // one change per run per pass
    edits.push({ start: r.start, end: r.end, xml: piece(head) + del + ins + piece(tail), preview: `${m.ruleId}: "${before}" → "${m.fix.text}" (${para.text.slice(0, 60)})\n` });
  }
  const preview = edits.length > 0 ? `${file}\n${edits.map((x) => `  ${x.preview}`).join('')}` : '';
  if (edits.length === 0 || !options.write) return { written: null, changes: edits.length, preview };
  let out = '';
  let last = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += xml.slice(last, edit.start) + edit.xml;
    last = edit.end;
  }
  out += xml.slice(last);
  const entries = zip.entries.filter((entry) => !entry.name.endsWith('/')).map((entry) => ({ name: entry.name, data: entry.name === name ? Buffer.from(out, 'utf8') : zip.readEntry(entry.name) }));
  const target = file.replace(/(\.docx)?$/i, '.fixed.docx');
  try {
    await writeBytesAtomic(target, writeZip(entries));
  } catch (error) {
    return { written: null, changes: 0, preview, error: `cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  return { written: target, changes: edits.length, preview };
}
