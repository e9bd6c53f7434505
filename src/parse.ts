/**
 * The pipeline: text → normalize → lines → zones → extract → validate-ready document.
 * Never throws on content: what is missing or odd becomes a diagnostic.
 */
import { buildParagraphs, referenceStream, extractBasis, extractTasks, isHardWrapped } from './extract/body.js';
import { ExtractContext } from './extract/context.js';
import { reportCorrections } from './extract/corrections.js';
import { extractDistribution } from './extract/distribution.js';
import { emptyHeader, extractHeader } from './extract/header.js';
import { extractRecipients } from './extract/recipients.js';
import { extractBodyReferences } from './extract/references-in-body.js';
import { emptySigner, extractSigners } from './extract/signer.js';
import { extractStamps } from './extract/stamps.js';
import { toLines } from './lines/index.js';
import type { TableFinder } from './lines/tables.js';
import { Locator } from './normalize/locator.js';
import { normalizeText } from './normalize/index.js';
import type { ParsedDocument, Position } from './schema/document.js';
// The version from the compiled validator: importing it from the zod schema would build the schema.
import { SCHEMA_VERSION } from './schema/document-validator.generated.js';
import { restoreDamagedText } from './normalize/restore/index.js';
import { reportRepairs, useSignatureEvidence } from './extract/restored.js';
import { segment } from './zones/index.js';
import type { ClassifiedLine } from './zones/classify.js';
import { decoderOf, sniffTextFormat, type InputFormat } from './decode/registry.js';
import type { DecodeWarning } from './decode/types.js';

export type { InputFormat } from './decode/registry.js';
export { looksLikeMarkdown } from './decode/registry.js';

export interface ParseTextOptions {
  /** How to read the text; by default markdown when it shows markdown syntax. */
  readonly format?: InputFormat | 'auto';
  readonly path?: string | null;
  readonly encoding?: string;
  readonly bom?: boolean;
  readonly bytes?: number;
  /** What the decoder could not carry over; each becomes a `decode/…` diagnostic. */
  readonly warnings?: readonly DecodeWarning[];
  /** Paged input: the line where each page begins (`Decoded.pageStarts`). */
  readonly pageStarts?: readonly number[];
  /** GFM table finder; see `LinesOptions.findTables`. */
  readonly findTables?: TableFinder;
}

/**
 * Parse the text of one document (already decoded). Never throws on content: what is missing or
 * odd is in `diagnostics`. `parseDocument` adds decoding, limits and schema validation.
 */
export function parseText(original: string, options: ParseTextOptions = {}): ParsedDocument {
  const clean = normalizeText(original);
  // OCR without diacritics or a font that dropped capitals: restored here, so every stage reads it.
  const normalized = restoreDamagedText(clean);
  const requested = options.format ?? 'auto';
  const format = requested === 'auto' ? sniffTextFormat(normalized.text) : requested;
  const markdown = decoderOf(format).markdown;
  const lines = toLines(normalized.text, { markdown, findTables: options.findTables });
  const zones = segment(lines);
  const locator = new Locator(original, options.pageStarts);
  const ctx = new ExtractContext(zones, locator, normalized.map, normalized.damage !== null);
  reportRepairs(ctx, normalized, clean.map, locator);
  reportCorrections(ctx);
  reportPageChrome(ctx);
  const digitalSignatures = extractStamps(ctx);

  // Each stage runs guarded: a bug in one is an `internal/<stage>` diagnostic, not a lost document.
  const { recipients, copyRecipients } = ctx.guard(
    'recipients',
    () => ({ recipients: extractRecipients(ctx, zones.recipients, '/recipients'), copyRecipients: extractRecipients(ctx, zones.copyRecipients, '/copyRecipients') }),
    () => ({ recipients: [], copyRecipients: [] }),
  );
  const header = ctx.guard(
    'header',
    () => useSignatureEvidence(ctx, extractHeader(ctx, { recipientsPresent: recipients.length > 0 }), digitalSignatures, normalized),
    emptyHeader,
  );
  const bodyLines = zones.lines.slice(zones.body.start, zones.body.end).filter((l) => !ctx.readIntoHeader.has(l.line));
  const { tasks, preamble, closing, basis } = ctx.guard(
    'body',
    () => {
      const paragraphs = buildParagraphs(bodyLines, { hardWrapped: isHardWrapped(bodyLines.map((l) => l.line)) });
      return { ...extractTasks(ctx, paragraphs), basis: extractBasis(ctx, paragraphs) };
    },
    () => ({ tasks: [], preamble: [], closing: [], basis: [] }),
  );
  const references = ctx.guard('references', () => extractBodyReferences(referenceStream(ctx, bodyLines), header, ctx), () => []);
  const distribution = ctx.guard('distribution', () => extractDistribution(ctx), () => ({ entries: [], signerOnLabel: null }));
  const { signer, cosigners } = ctx.guard('signer', () => extractSigners(ctx, distribution.signerOnLabel, header), () => ({ signer: emptySigner(), cosigners: [] }));
  const annexLine = zones.annex && zones.lines[zones.annex.start]?.line;
  const annexes = annexLine ? [{ title: annexLine.text, place: ctx.place(annexLine) }] : [];
  if (zones.lines.length === 0) ctx.report('document/empty', 'The document has no text');
  for (const warning of options.warnings ?? []) {
    ctx.report(warning.ruleId, warning.message, warning.span ? locator.position(warning.span.start, warning.span.end) : null);
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? null,
      format,
      encoding: options.encoding ?? 'utf-8',
      bom: options.bom ?? false,
      bytes: options.bytes ?? Buffer.byteLength(original, 'utf8'),
      lines: locator.lineCount,
    },
    header,
    recipients: [...recipients, ...copyRecipients],
    copyRecipients,
    references,
    basis,
    tasks,
    body: {
      preamble,
      closing,
      place: bodyPlace(ctx, bodyLines),
    },
    distribution: distribution.entries,
    signer,
    ...(cosigners.length > 0 ? { cosigners } : {}),
    annexes,
    digitalSignatures,
    sources: ctx.sources,
    diagnostics: ctx.diagnostics,
  };
}

/** Running page chrome is left out of every part: said once per distinct line, at its first place. */
function reportPageChrome(ctx: ExtractContext): void {
  const seen = new Set<string>();
  for (const cl of ctx.zones.lines) {
    if (!cl.furniture || seen.has(cl.line.text)) continue;
    seen.add(cl.line.text);
    ctx.report('document/page-chrome', `"${cl.line.text}" is page chrome (a running header or footer the pages repeat, or its page mark): left out of the document's parts`, ctx.place(cl.line));
  }
}

/** From the first to the last line of the body; null when there is none. */
function bodyPlace(ctx: ExtractContext, bodyLines: readonly ClassifiedLine[]): Position | null {
  const first = bodyLines[0];
  const last = bodyLines.at(-1);
  return first && last ? { start: ctx.place(first.line).start, end: ctx.place(last.line).end } : null;
}
