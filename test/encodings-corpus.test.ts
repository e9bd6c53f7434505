/**
 * Every document of ../shared/corpus/seeds and real, re-encoded (UTF-16, NFD, CRLF, TCVN3, VNI —
 * bytes and UTF-8 mojibake —, VIQR, Windows-1258), scores within 0.02 of the original with the
 * project's evaluator. Skipped where ../shared is not beside the project.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeAs, VARIANTS } from './helpers/encodings.js';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const evaluator = join(shared, 'tools', 'eval.mjs');
const folders = ['seeds', 'real'].map((f) => join(shared, 'corpus', f)).filter((f) => existsSync(f));
const available = existsSync(evaluator) && folders.length > 0 && existsSync(join(root, 'dist', 'cli.cjs'));

function score(dir: string): number {
  const out = execFileSync(process.execPath, [evaluator, dir], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const m = /^score: ([\d.]+)/m.exec(out);
  if (!m) throw new Error(`no score in the evaluator's output:\n${out.slice(-500)}`);
  return Number(m[1]);
}

const work = available ? mkdtempSync(join(tmpdir(), 'vbparse-encodings-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!available)('the corpus re-encoded scores as the original', () => {
  const docs = available
    ? folders.flatMap((folder) =>
        readdirSync(folder)
          .filter((n) => !n.endsWith('.gold.json') && existsSync(join(folder, `${n}.gold.json`)))
          .map((name) => ({ folder, name })),
      )
    : [];
  const baseline = available ? scoreOf(docs, (text) => new Uint8Array(Buffer.from(text, 'utf8')), 'original') : 0;
  for (const variant of VARIANTS) {
    it(variant, () => {
      const got = scoreOf(docs, (text) => encodeAs(text, variant), variant);
      expect(got).toBeGreaterThanOrEqual(baseline - 0.02);
    }, 300_000);
  }

  function scoreOf(list: typeof docs, encode: (text: string) => Uint8Array, name: string): number {
    const dir = join(work, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const { folder, name: doc } of list) {
      const text = readFileSync(join(folder, doc), 'utf8').replace(/^\ufeff/, '');
      const target = join(dir, `${folder.split('/').pop()}-${doc}`);
      writeFileSync(target, encode(text));
      copyFileSync(join(folder, `${doc}.gold.json`), `${target}.gold.json`);
    }
    return score(dir);
  }
});
