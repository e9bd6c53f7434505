/**
 * The output formats, each defined once. The `--format` choices, the config enum and the
 * `OutputFormat` type derive from this table: adding a format is one entry here and one module.
 * An emitter may be asynchronous, so that what it needs (the yaml package) loads only when asked.
 */
import type { ParsedDocument } from '../schema/document.js';
import { jsonChunks, toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import type { EmitOptions } from './shape.js';
import { toYaml } from './yaml.js';

export interface EmitterEntry {
  /** One line for `--help` and the docs. */
  readonly description: string;
  /** The usual file name ending, with the dot. */
  readonly extension: string;
  /** Whether `compact` changes anything. */
  readonly compactable: boolean;
  readonly emit: (document: ParsedDocument, options: EmitOptions) => string | Promise<string>;
}

export const EMITTERS = {
  json: { description: 'JSON (indented, or one line with --compact)', extension: '.json', compactable: true, emit: toJson },
  yaml: { description: 'YAML', extension: '.yaml', compactable: false, emit: toYaml },
  md: {
    description: 'normalized markdown (header table, body, Nơi nhận beside the signature) that parses back to the same fields',
    extension: '.md',
    compactable: false,
    emit: (document) => toMarkdown(document),
  },
  text: {
    description: "the input as decoded, which line:column positions refer to (a PDF's layout text, a scan's OCR text, a .docx's markdown, text converted from a legacy encoding)",
    extension: '.txt',
    compactable: false,
    emit: (_document, options) => {
      if (options.input === undefined) throw new Error('the text format needs the decoded input (EmitOptions.input)');
      return options.input.endsWith('\n') ? options.input : `${options.input}\n`;
    },
  },
} as const satisfies Record<string, EmitterEntry>;

export type OutputFormat = keyof typeof EMITTERS;
export const OUTPUT_FORMATS = Object.keys(EMITTERS) as [OutputFormat, ...OutputFormat[]];

/** The document in the given output format. */
export async function emit(document: ParsedDocument, format: OutputFormat, options: EmitOptions = {}): Promise<string> {
  return (EMITTERS[format] as EmitterEntry).emit(document, options);
}

/**
 * The document in the given output format, as pieces of text to write one after the other: JSON
 * is produced piece by piece (a large document never has its whole text in memory), the other
 * formats as one piece.
 */
export async function emitPieces(document: ParsedDocument, format: OutputFormat, options: EmitOptions = {}): Promise<Iterable<string>> {
  if (format === 'json') return jsonChunks(document, options);
  return [await emit(document, format, options)];
}
