#!/usr/bin/env node
// Adversarial inputs: shapes that made the parser quadratic (or cut it off) once, and their
// siblings. `npm run bench` parses each at 1 MB and 5 MB in a fresh process and prints ms per MB;
// the time per MB at 5 MB must stay within 1.5× of that at 1 MB (else the bench exits 1).
//
//   node scripts/adversarial.mjs                 every shape, 1 MB and 5 MB, table + verdict
//   node scripts/adversarial.mjs --sizes 64k,128k  other sizes (to watch a slow shape grow)
//   node scripts/adversarial.mjs --one NAME BYTES  (internal) parse one shape, print JSON timing
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEADER = 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 12/UBND-VP\nLạng Sơn, ngày 10 tháng 5 năm 2021\nV/v thử nghiệm\n\nKính gửi: Sở Nội vụ.\n\n';
const FOOTER = '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n';

/** Repeat `unit(i)` until `bytes` is reached (UTF-8), between a letter's header and signature. */
function fill(bytes, unit, { join = '', prefix = '', suffix = '', header = true } = {}) {
  const parts = [];
  let size = Buffer.byteLength(prefix + suffix) + (header ? Buffer.byteLength(HEADER + FOOTER) : 0);
  for (let i = 1; size < bytes; i++) {
    const piece = unit(i) + join;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  const body = prefix + parts.join('') + suffix;
  return header ? HEADER + body + FOOTER : body;
}

/** name → (bytes) → text. Each is one pathological shape. */
export const SHAPES = {
  'spaces and TABs on one line': (n) => fill(n, () => ' \t', { prefix: 'Nội dung', suffix: ' hết.' }),
  'three-space gaps on one line': (n) => fill(n, () => 'từ   ', { suffix: '\n' }),
  'a line of [': (n) => fill(n, () => '[', { header: false, prefix: '**Số: 1/UBND**\n' }),
  'a line of ![': (n) => fill(n, () => '![', { header: false, prefix: '**Số: 1/UBND**\n' }),
  'a line of <b': (n) => fill(n, () => '<b', { header: false, prefix: '**Số: 1/UBND**\n' }),
  'Số: 1/1/1/…': (n) => fill(n, () => '1/', { header: false, prefix: 'Số: ' }),
  'label lines': (n) => fill(n, (i) => `${i}. Nội dung thứ ${i}.\n`),
  'a GFM table': (n) => fill(n, (i) => `| ${i} | Nội dung hàng ${i} | ${i * 7} |\n`, { prefix: '| TT | Nội dung | Số |\n|---|---|---|\n' }),
  'nested quotes and lists': (n) => fill(n, (i) => `${'> '.repeat(i % 7)}${'  '.repeat(i % 5)}- “a) trích dẫn ${i} “1. lồng\n`),
  'ngày … của chains': (n) => fill(n, (i) => `Quyết định số ${i}/QĐ-UBND ngày ${(i % 28) + 1}/5/2020 của `),
  'Căn cứ lines': (n) => fill(n, (i) => `Căn cứ Nghị định số ${i}/2020/NĐ-CP ngày 1/1/2020 của Chính phủ;\n`),
  'one citation list': (n) => fill(n, (i) => `số ${i}/QĐ-UBND, `, { prefix: 'Thực hiện các Quyết định ' }),
  'a grid table': (n) => fill(n, (i) => `| ${i} | Nội dung hàng ${i} |\n`, { prefix: '+------+------------------+\n', suffix: '+------+------------------+\n' }),
  'a grid row of cells': (n) => fill(n, () => 'a|', { header: false, prefix: `+${'-+'.repeat(2000)}\n|`, suffix: '\n' }),
  'an HTML table': (n) => fill(n, (i) => `<tr><td><p>${i}</p></td><td><p>Nội dung<br>hàng ${i}</p></td></tr>\n`, { prefix: '<table>\n', suffix: '</table>\n' }),
  'unclosed HTML tags': (n) => fill(n, () => '<td<p ', { header: false, prefix: '<table><tr><td>Số: 1/UBND ' }),
  'a flattened header cell': (n) => fill(n, (i) => `**A${i}** Số: ${i}/UBND `, { header: false, prefix: '| ', suffix: ' | x |\n|---|---|\n' }),
  'rows of hard breaks never closed': (n) => fill(n, (i) => `| Nội dung ${i}  \n`),
  'an HTML page': (n) => fill(n, (i) => `<div><p><b>${i}.</b> Nội dung <i>thứ</i> ${i}&nbsp;&amp;</p></div>\n`, { header: false, prefix: '<!DOCTYPE html><html><body>', suffix: '</body></html>' }),
  'a line of <!--': (n) => fill(n, () => '<!--', { header: false, prefix: '**Số: 1/UBND** -->', suffix: '\n' }),
  'double-spaced wrapped lines': (n) => fill(n, (i) => `Dòng ${i} của đoạn văn được\n\ntiếp tục ở dòng sau và\n\n`),
  'short lines of broken names': (n) => fill(n, () => 'TM. ỦY BAN NHÂN\nDÂN TỈNH BẮC\n'),
  'a header table of repeated cells': (n) => fill(n, () => '| Số: 1/UBND | Số: 1/UBND |\n', { header: false, prefix: '| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | x |\n|---|---|\n' }),
};

function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text);
  if (!m) throw new Error(`bad size ${text}`);
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1024 : m[2].toLowerCase() === 'm' ? 1024 * 1024 : 1));
}

async function one(name, bytes) {
  const { parseDocument } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const text = SHAPES[name](bytes);
  const start = process.hrtime.bigint();
  parseDocument(text, { maxBytes: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, bytes: Buffer.byteLength(text), rssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** Parse `name` at `bytes` in a fresh process; null when it takes longer than `timeoutMs`. */
export function measure(name, bytes, timeoutMs = 60_000) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', name, String(bytes)], { encoding: 'utf8', timeout: timeoutMs });
  if (result.status !== 0) return null;
  return JSON.parse(result.stdout);
}

/** Every shape at `sizes`; returns rows and whether every shape stayed linear (≤ 1.5× per MB). */
export function runAll(sizes = [1024 * 1024, 5 * 1024 * 1024], log = (line) => process.stdout.write(`${line}\n`)) {
  let linear = true;
  const label = (b) => (b >= 1024 * 1024 ? `${b / 1024 / 1024} MB` : `${b / 1024} KB`);
  // Memory is a figure, not a test: the peak RSS per MB of input at each size (Node's own ~45 MB
  // weighs on the smallest), and what each MB between the first size and the last adds.
  log(`| shape | ${sizes.map((s) => `ms/MB at ${label(s)}`).join(' | ')} | ${sizes.map((s) => `RSS/MB at ${label(s)}`).join(' | ')} | RSS each MB adds | ratio | |`);
  log(`|---|${sizes.map(() => '---:').join('|')}|${sizes.map(() => '---:').join('|')}|---:|---:|---|`);
  for (const name of Object.keys(SHAPES)) {
    const results = sizes.map((bytes) => measure(name, bytes));
    const perMb = results.map((r) => (r ? r.ms / (r.bytes / 1024 / 1024) : null));
    const first = perMb[0];
    const last = perMb[perMb.length - 1];
    // Below 20 ms per MB, timer noise and GC dominate: such a shape is fast whatever its ratio.
    const ratio = first !== null && last !== null ? last / Math.max(first, 20) : null;
    const ok = ratio !== null && ratio <= 1.5;
    if (!ok) linear = false;
    const rssPerMb = results.map((r) => (r ? `${(r.rssMb / (r.bytes / 1024 / 1024)).toFixed(0)} MB` : '–'));
    const [low, high] = [results[0], results[results.length - 1]];
    const added = low && high && high.bytes > low.bytes ? `${((high.rssMb - low.rssMb) / ((high.bytes - low.bytes) / 1024 / 1024)).toFixed(1)} MB` : '–';
    log(`| ${name} | ${perMb.map((v) => (v === null ? 'timeout' : v.toFixed(0))).join(' | ')} | ${rssPerMb.join(' | ')} | ${added} | ${ratio === null ? '–' : ratio.toFixed(2)} | ${ok ? 'ok' : 'NOT LINEAR'} |`);
  }
  return linear;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--one') {
    await one(args[1], Number(args[2]));
  } else {
    const at = args.indexOf('--sizes');
    const sizes = at >= 0 ? args[at + 1].split(',').map(parseSize) : undefined;
    const linear = runAll(sizes);
    if (!linear) process.exitCode = 1;
  }
}
