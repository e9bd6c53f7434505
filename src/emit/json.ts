import type { ParsedDocument } from '../schema/document.js';
import { shape, type EmitOptions } from './shape.js';

/** The document as JSON text: indented unless `compact`; `sources: false` leaves the positions out. */
export function toJson(document: ParsedDocument, options: EmitOptions = {}): string {
  return `${JSON.stringify(shape(document, options), null, options.compact ? undefined : 2)}\n`;
}

/** Pieces handed out by `jsonChunks` are about this many characters. */
const CHUNK_CHARS = 1 << 16;
/** A value with fewer nodes than this is serialized in one native `JSON.stringify` call. */
const SMALL_NODES = 512;

/**
 * The same text as `toJson`, in pieces of about 64 K characters, so that a large document is
 * written without ever holding its whole JSON text (for a 50 MB input the indented JSON is four
 * times the input, and twice that again as a JS string). Large arrays and objects are walked
 * member by member; everything small is handed to the native `JSON.stringify`, so a
 * letter-sized document costs no more than `toJson`.
 */
export function* jsonChunks(document: ParsedDocument, options: EmitOptions = {}): Generator<string> {
  const indent = options.compact ? '' : '  ';
  let parts: string[] = [];
  let size = 0;
  const out = (text: string): boolean => {
    parts.push(text);
    size += text.length;
    return size >= CHUNK_CHARS;
  };
  const flush = (): string => {
    const text = parts.join('');
    parts = [];
    size = 0;
    return text;
  };

  /** Appends `value` (already known to be JSON-serializable: not undefined, no function) at `pad`. */
  function* write(value: unknown, pad: string): Generator<string> {
    if (typeof value !== 'object' || value === null || isSmall(value)) {
      const text = JSON.stringify(value, null, indent);
      // JSON text has no raw line breaks inside strings: each one is an indentation point.
      if (out(indent === '' || pad === '' ? text : text.replaceAll('\n', `\n${pad}`))) yield flush();
      return;
    }
    const inner = pad + indent;
    const newline = indent === '' ? '' : `\n${inner}`;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        out('[]');
        return;
      }
      out('[');
      for (let i = 0; i < value.length; i++) {
        if (out(i === 0 ? newline : `,${newline}`)) yield flush();
        const item = value[i];
        // As JSON.stringify does: what JSON cannot hold is null in an array.
        yield* write(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner);
      }
      out(indent === '' ? ']' : `\n${pad}]`);
      return;
    }
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      yield* write((value as { toJSON: () => unknown }).toJSON(), pad);
      return;
    }
    let first = true;
    out('{');
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      // …and is left out of an object.
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      if (out(`${first ? '' : ','}${newline}${JSON.stringify(key)}:${indent === '' ? '' : ' '}`)) yield flush();
      first = false;
      yield* write(member, inner);
    }
    out(first ? '}' : indent === '' ? '}' : `\n${pad}}`);
  }

  yield* write(shape(document, options), '');
  out('\n');
  yield flush();
}

/** Whether a value has fewer than SMALL_NODES objects, arrays and values in it (a bounded count). */
function isSmall(value: object): boolean {
  let budget = SMALL_NODES;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (--budget < 0) return false;
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) {
      if (next.length > budget) return false;
      for (const item of next) stack.push(item);
    } else {
      const values = Object.values(next);
      if (values.length > budget) return false;
      for (const item of values) stack.push(item);
    }
  }
  return true;
}
