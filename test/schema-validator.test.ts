import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema, parseDocument, type ParsedDocument } from '../src/index.js';
import { compileValidator, DOCUMENT_VALIDATOR_PATH, documentValidatorSource } from '../src/schema/compile-validator.js';
import { documentIssues, isValidDocument, SCHEMA_VERSION } from '../src/schema/document-validator.generated.js';
import { SCHEMA_VERSION as ZOD_SCHEMA_VERSION } from '../src/schema/document.js';
import * as z from 'zod/mini';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');

let parsed: { name: string; document: ParsedDocument }[] | undefined;
function fixtureDocuments(): { name: string; document: ParsedDocument }[] {
  return (parsed ??= readdirSync(FIXTURES)
    .filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md')
    .map((name) => ({ name, document: parseDocument(readFileSync(join(FIXTURES, name)), { path: name, validate: false }) })));
}

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Every [parent, key] pair of a JSON value, depth first. */
function slots(value: unknown, out: [Record<string | number, unknown>, string | number][] = []): [Record<string | number, unknown>, string | number][] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push([value as unknown as Record<number, unknown>, i]), slots(item, out)));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) out.push([value as Record<string, unknown>, key]), slots(item, out);
  return out;
}

const REPLACEMENTS: unknown[] = [null, undefined, '', 'x', 0, -1, 1.5, 2 ** 60, Number.NaN, true, [], {}, ['x'], [1], { raw: 'x' }, 'vbparse', 'error', 'TM', 'administrative'];

describe('the compiled validator of the output schema', () => {
  it(`is compiled from the current zod schema (run \`npm run build\` after changing src/schema/document.ts): ${DOCUMENT_VALIDATOR_PATH}`, () => {
    expect(readFileSync(join(ROOT, DOCUMENT_VALIDATOR_PATH), 'utf8')).toBe(documentValidatorSource());
    expect(SCHEMA_VERSION).toBe(ZOD_SCHEMA_VERSION);
  });

  it('accepts every fixture, as zod does', { timeout: 60_000 }, () => {
    for (const { name, document } of fixtureDocuments()) {
      expect(documentSchema.safeParse(document).success, name).toBe(true);
      expect(isValidDocument(document), name).toBe(true);
      expect(documentIssues(document), name).toEqual([]);
    }
  });

  it('gives the verdict of zod on a thousand damaged documents, and says where', { timeout: 60_000 }, () => {
    const next = random(20261207);
    let rejected = 0;
    for (const { name, document } of fixtureDocuments().slice(0, 25)) {
      for (let round = 0; round < 40; round++) {
        const copy = structuredClone(document);
        const places = slots(copy);
        const [parent, key] = places[Math.floor(next() * places.length)]!;
        const action = next();
        if (action < 0.15 && !Array.isArray(parent)) delete parent[key];
        else if (action < 0.25) parent[`${String(key)}Extra`] = 'extra';
        else parent[key] = REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)];
        const zod = documentSchema.safeParse(copy);
        expect(isValidDocument(copy), `${name}: ${String(key)}`).toBe(zod.success);
        const issues = documentIssues(copy);
        expect(issues.length === 0, `${name}: ${String(key)}`).toBe(zod.success);
        if (!zod.success) {
          rejected++;
          expect(issues.map((issue) => issue.path.join('/'))).toContain(zod.error.issues[0]!.path.join('/'));
        }
      }
    }
    expect(rejected).toBeGreaterThan(300);
  });

  it('refuses, at generation time, a schema it cannot check exactly', () => {
    expect(() => compileValidator(z.object({ n: z.number() }))).toThrow(/number format/);
    expect(() => compileValidator(z.object({ u: z.union([z.string(), z.boolean()]) }))).toThrow(/union is not supported/);
    expect(() => compileValidator(z.object({ s: z.string().check(z.minLength(2)) }))).toThrow(/check/);
  });
});
