/** The library's edges: wrong arguments give typed errors that name the call, never a TypeError. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { InputError, parseDocument, parseFile, parseFiles, VbparseError } from '../src/index.js';

describe('parseDocument refuses what is not a document, with a typed error', () => {
  it.each([[null], [42], [{}], [undefined], [['Số: 1']]])('%j', (input) => {
    expect(() => parseDocument(input as unknown as string)).toThrow(InputError);
    try {
      parseDocument(input as unknown as string);
    } catch (error) {
      expect((error as InputError).code).toBe('E_USAGE');
      expect((error as Error).message).toMatch(/^parseDocument expects a string or bytes/);
    }
  });

  it('checks its options', () => {
    expect(() => parseDocument('Số: 1', { format: 'pdf' as 'text' })).toThrow(/format must be one of/);
    expect(() => parseDocument('Số: 1', { maxBytes: -1 })).toThrow(/maxBytes must be a whole number/);
    expect(() => parseDocument('Số: 1', { validate: 'yes' as unknown as boolean })).toThrow(/validate must be true or false/);
  });

  it('never mentions a command-line flag', () => {
    try {
      parseDocument('x'.repeat(100), { maxBytes: 10 });
    } catch (error) {
      expect((error as VbparseError).code).toBe('E_TOO_LARGE');
      expect((error as Error).message).toBe('the input is 100 bytes, more than the 10 bytes limit (maxBytes)');
    }
  });
});

describe('parseFiles and parseFile check their arguments where they are called', () => {
  it('refuses a bad concurrency at once, not at the first next()', () => {
    for (const concurrency of [0, -1, 1.5, Number.NaN, '4']) {
      expect(() => parseFiles(['a.txt'], { concurrency: concurrency as number })).toThrow(/concurrency must be a whole number/);
    }
  });

  it('refuses paths that are not an iterable of strings', () => {
    expect(() => parseFiles('a.txt' as unknown as string[])).toThrow(/iterable of file paths/);
    expect(() => parseFiles([42 as unknown as string])).toThrow(/expects file paths, not 42/);
  });

  it('parseFile refuses a non-path', async () => {
    await expect(parseFile(null as unknown as string)).rejects.toThrow(InputError);
  });
});

describe('errors from the built (minified) library', () => {
  it('keep their class names, so an uncaught one prints as InputError', async () => {
    const built = (await import(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    let caught: unknown;
    try {
      built.parseDocument(null as unknown as string);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(built.InputError);
    expect((caught as Error).constructor.name).toBe('InputError');
    expect(inspect(caught)).toMatch(/^InputError: parseDocument expects/);
    expect([built.VbparseError.name, built.OutputError.name]).toEqual(['VbparseError', 'OutputError']);
  });
});
