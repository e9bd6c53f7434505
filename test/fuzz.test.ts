/**
 * The parser never refuses content (Lawtext/bluebell): whatever the text, it returns a result that
 * matches the schema. Inputs are fixtures cut, shuffled and corrupted with a seeded generator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema, parseDocument } from '../src/index.js';
import { defined } from './helpers/defined.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const sources = readdirSync(dir)
  .filter((n) => /\.(md|txt)$/.test(n) && !n.includes('utf16'))
  .map((n) => readFileSync(join(dir, n), 'utf8').replace(/^\ufeff/, ''));

/** Small deterministic generator (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = ['|', '**', '*', '\t', '   ', '\n', '\n\n', '- ', 'Số:', 'ngày', '/', '-', '(', ')', 'TM.', 'Nơi nhận:', 'Kính gửi:', '1.', 'a)', 'Điều', '“', '"', '\u0301', '\f', '<br>', '|---|'];

function mutate(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const op = Math.floor(rnd() * 5);
  if (op === 0) return lines.slice(Math.floor(rnd() * lines.length)).join('\n');
  if (op === 1) return lines.slice(0, Math.floor(rnd() * lines.length)).join('\n');
  if (op === 2) return lines.sort(() => rnd() - 0.5).join('\n');
  let out = text;
  for (let k = 0; k < 30; k++) {
    const at = Math.floor(rnd() * out.length);
    out = out.slice(0, at) + NOISE[Math.floor(rnd() * NOISE.length)] + out.slice(at + (op === 3 ? 0 : Math.floor(rnd() * 5)));
  }
  return out;
}

describe('fuzz: the parser returns a valid result for any text', () => {
  it('on 600 mutated documents', () => {
    const rnd = random(20241122);
    for (let i = 0; i < 600; i++) {
      const input = mutate(defined(sources[i % sources.length]), rnd);
      if (input.trim().length === 0) continue;
      let doc;
      try {
        doc = parseDocument(input, { validate: false });
      } catch (error) {
        throw new Error(`case ${i} threw: ${(error as Error).message}\n---\n${input.slice(0, 500)}`);
      }
      const check = documentSchema.safeParse(doc);
      if (!check.success) throw new Error(`case ${i} does not match the schema: ${check.error.message}`);
      for (const source of Object.values(doc.sources)) {
        expect(source.place.start.offset).toBeLessThanOrEqual(source.place.end.offset);
        expect(source.place.end.offset).toBeLessThanOrEqual(input.length);
      }
    }
  }, 120_000);

  it('on pathological shapes', () => {
    const cases = [
      'Số:',
      '|||||',
      '**'.repeat(1000),
      '1. '.repeat(2000),
      `Kính gửi: ${'- a; '.repeat(500)}`,
      'a) b) c)\n'.repeat(300),
      `${'ngày '.repeat(3000)}tháng năm`,
      'TM. KT. TL. TUQ. Q. T/M K/T T/L\n'.repeat(100),
      '“'.repeat(500),
      `Nơi nhận:\n${'-\n'.repeat(1000)}`,
    ];
    for (const input of cases) {
      expect(documentSchema.safeParse(parseDocument(input, { validate: false })).success).toBe(true);
    }
  }, 60_000);
});
