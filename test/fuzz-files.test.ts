/**
 * Random and mutated PDFs, zips and Word files: vbparse returns a document valid against the
 * schema or refuses the input with an InputError — never another exception, never a hang.
 * Mutations come from a seeded generator, so a failure can be replayed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema, InputError, parseDocument, parseDocumentAsync } from '../src/index.js';
import { hasFont, renderPdf } from './helpers/pdf.js';
import { makeZip } from './helpers/zip.js';
import { letter } from './diagnostics/cases.js';

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Flip, drop, duplicate or overwrite bytes; or cut the file short. */
function mutate(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const out = Array.from(bytes);
  const op = Math.floor(rnd() * 5);
  if (op === 0) return Uint8Array.from(out.slice(0, Math.floor(rnd() * out.length)));
  const edits = 1 + Math.floor(rnd() * 20);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rnd() * out.length);
    if (op === 1) out[at] = Math.floor(rnd() * 256);
    else if (op === 2) out.splice(at, 1 + Math.floor(rnd() * 64));
    else if (op === 3) out.splice(at, 0, ...out.slice(Math.floor(rnd() * out.length), Math.floor(rnd() * out.length)).slice(0, 256));
    else out[at] = (out[at] ?? 0) ^ (1 << Math.floor(rnd() * 8));
  }
  return Uint8Array.from(out);
}

const withinTime = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms (a hang)`)), ms))]);

async function expectValidOrRefused(run: () => Promise<unknown> | unknown, what: string): Promise<void> {
  try {
    const doc = await withinTime(Promise.resolve().then(run), 20_000, what);
    const check = documentSchema.safeParse(doc);
    if (!check.success) throw new Error(`${what}: the result does not match the schema: ${check.error.message}`);
  } catch (error) {
    if (!(error instanceof InputError)) throw new Error(`${what}: threw ${(error as Error)?.stack ?? String(error)}`);
    expect(error.message.includes('\n'), `${what}: a one-line message`).toBe(false);
  }
}

describe('fuzz: binary inputs', () => {
  it.skipIf(!hasFont)('mutated PDFs', async () => {
    const base = await renderPdf(letter());
    const rnd = random(8_2026);
    for (let i = 0; i < 60; i++) await expectValidOrRefused(() => parseDocumentAsync(mutate(base, rnd), { path: 'fuzz.pdf' }), `pdf case ${i}`);
  }, 300_000);

  it('random bytes after a %PDF- header', async () => {
    const rnd = random(17);
    for (let i = 0; i < 30; i++) {
      const body = Uint8Array.from({ length: Math.floor(rnd() * 4096) }, () => Math.floor(rnd() * 256));
      await expectValidOrRefused(() => parseDocumentAsync(Uint8Array.from([...Buffer.from('%PDF-1.7\n'), ...body]), { path: 'r.pdf' }), `random pdf ${i}`);
    }
  }, 120_000);

  it('mutated Word files', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    const files = readdirSync(dir).filter((n) => n.endsWith('.docx')).map((n) => readFileSync(join(dir, n)));
    const rnd = random(99);
    for (let i = 0; i < 80; i++) {
      const input = mutate(files[i % files.length]!, rnd);
      await expectValidOrRefused(() => parseDocument(input, { path: 'fuzz.docx' }), `docx case ${i}`);
    }
  }, 120_000);

  it('random zips', async () => {
    const rnd = random(5);
    const names = ['word/document.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml', 'x'];
    for (let i = 0; i < 40; i++) {
      const entries = names
        .filter(() => rnd() < 0.7)
        .map((name) => ({ name, content: rnd() < 0.5 ? `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${letter().slice(0, Math.floor(rnd() * 300))}</w:t></w:r></w:p>` : String.fromCharCode(...Array.from({ length: 200 }, () => Math.floor(rnd() * 256))), method: (rnd() < 0.5 ? 0 : 8) as 0 | 8 }));
      await expectValidOrRefused(() => parseDocument(makeZip(entries), { path: 'z.docx' }), `zip case ${i}`);
    }
  });
});
