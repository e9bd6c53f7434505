/**
 * What the rules read: the parsed document plus the pipeline's classified lines and zones, and a
 * way to turn a piece of a cleaned line into a place in the original file (through the parser's
 * offset maps: markup, tables, NFC and pdftotext columns included).
 */
import { parseDecoded, type DecodedInput } from '../core.js';
import { decoderOf, sniffTextFormat } from '../decode/registry.js';
import { ExtractContext } from '../extract/context.js';
import { toLines } from '../lines/index.js';
import type { Line } from '../lines/line.js';
import type { TableFinder } from '../lines/tables.js';
import { Locator } from '../normalize/locator.js';
import { normalizeText } from '../normalize/index.js';
import type { ParsedDocument, Position } from '../schema/document.js';
import { segment, type Zones } from '../zones/index.js';

export interface Analysis {
  readonly text: string;
  readonly document: ParsedDocument;
  readonly zones: Zones;
  place(line: Line, from?: number, to?: number): Position;
  /** Position of a range of offsets in the decoded text. */
  placeOfRange(start: number, end: number): Position;
}

export function analyze(decoded: DecodedInput, findTables?: TableFinder): Analysis {
  const document = parseDecoded(decoded, { findTables });
  const normalized = normalizeText(decoded.text);
  // Read as the parser reads it: the format's own markdown flag (a text format by its syntax).
  const format = decoded.format === 'auto' ? sniffTextFormat(normalized.text) : decoded.format;
  const markdown = decoderOf(format).markdown;
  const zones = segment(toLines(normalized.text, { markdown, findTables }));
  const locator = new Locator(decoded.text);
  const ctx = new ExtractContext(zones, locator, normalized.map);
  return {
    text: decoded.text,
    document,
    zones,
    place: (line, from, to) => ctx.place(line, from, to),
    placeOfRange: (start, end) => locator.position(start, end),
  };
}
