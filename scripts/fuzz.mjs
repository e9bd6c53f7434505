#!/usr/bin/env node
// `npm run fuzz`: 100,000 mutated documents (scripts/mutate.mjs: fixtures cut, shuffled and
// corrupted) through the built parser. Every case must return a result that matches the schema
// (no exception, no `internal/schema` diagnostic, places inside the input); the run prints the
// slowest cases, so that a shape that is slow per byte shows up.
//
//   node scripts/fuzz.mjs [--cases N] [--seed S]
// Exits 1 when a case fails (and prints it, with its seed and index to replay it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mutate, random } from './mutate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const cases = arg('--cases', 100_000);
const seed = arg('--seed', 20241122);

const { parseDocument } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
const dir = join(ROOT, 'fixtures');
const sources = readdirSync(dir)
  .filter((n) => /\.(md|txt)$/.test(n) && !n.includes('utf16') && n !== 'README.md')
  .map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8').replace(/^\ufeff/, '') }));

const rnd = random(seed);
const slowest = [];
let failures = 0;
let parsed = 0;
const started = Date.now();
for (let i = 0; i < cases; i++) {
  const source = sources[i % sources.length];
  const input = mutate(source.text, rnd);
  if (input.trim().length === 0) continue;
  const start = process.hrtime.bigint();
  let problem = null;
  try {
    const doc = parseDocument(input);
    const invalid = doc.diagnostics.find((d) => d.ruleId === 'internal/schema');
    if (invalid) problem = invalid.message;
    for (const s of Object.values(doc.sources)) {
      if (s.place.start.offset > s.place.end.offset || s.place.end.offset > input.length) problem = `a place outside the input: ${JSON.stringify(s.place)}`;
    }
  } catch (error) {
    problem = `threw ${error?.stack ?? error}`;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  parsed++;
  if (problem) {
    failures++;
    if (failures <= 5) console.log(`FAIL case ${i} (seed ${seed}, from ${source.name}): ${problem}\n---\n${input.slice(0, 600)}\n---`);
  }
  if (slowest.length < 10 || ms > slowest[slowest.length - 1].ms) {
    slowest.push({ i, ms, bytes: Buffer.byteLength(input), name: source.name });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 10);
  }
  if ((i + 1) % 10_000 === 0) process.stderr.write(`fuzz: ${i + 1}/${cases} cases, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
console.log(`fuzz: ${parsed} cases parsed in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures} failed (seed ${seed})`);
console.log('slowest cases:');
console.log('| case | from | bytes | ms | ms/KB |');
console.log('|---:|---|---:|---:|---:|');
for (const s of slowest) console.log(`| ${s.i} | ${s.name} | ${s.bytes} | ${s.ms.toFixed(1)} | ${(s.ms / (s.bytes / 1024)).toFixed(2)} |`);
process.exit(failures > 0 ? 1 : 0);
