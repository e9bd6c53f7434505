/** YAML output reads back as the same data in YAML 1.1 readers (PyYAML) and YAML 1.2 readers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDocument, toJson, toYaml } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const documents = readdirSync(dir).filter((n) => /\.(md|txt|docx)$/.test(n) && n !== 'README.md');

describe('YAML output', () => {
  for (const name of documents) {
    it(`${name}: read in YAML 1.1 mode, equals the JSON`, async () => {
      const doc = parseDocument(readFileSync(join(dir, name)), { path: name });
      const yaml = await toYaml(doc);
      const json = JSON.parse(toJson(doc));
      expect(parse(yaml, { version: '1.1' })).toEqual(json);
      expect(parse(yaml)).toEqual(json);
    });
  }

  it('quotes what a YAML 1.1 reader would take for a date, a boolean or a number', async () => {
    const doc = parseDocument('Số: 12/UBND-VP\nHà Nội, ngày 5 tháng 6 năm 2024\nV/v NO\n\nKính gửi: ON.\n');
    const yaml = await toYaml(doc);
    expect(yaml).toMatch(/iso: "2024-06-05"/);
    expect(parse(yaml, { version: '1.1' }).recipients).toEqual(['ON']);
    expect(parse(yaml, { version: '1.1' }).header.subject).toBe('NO');
  });
});
