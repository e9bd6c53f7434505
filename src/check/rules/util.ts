/** What several rules look up: the lines of a zone, a line of some kind, the place of a component. */
import { foldKey } from '../../domain/vietnamese.js';
import type { Line } from '../../lines/line.js';
import type { ClassifiedLine, LineKind } from '../../zones/index.js';
import type { CheckContext } from '../types.js';

export const DASHES = '-‐‑‒–—―−';
export const DASH_CLASS = `[${DASHES}]`;

export function headerLines(ctx: CheckContext): readonly ClassifiedLine[] {
  return ctx.lines.slice(ctx.zones.header.start, ctx.zones.header.end);
}

export function bodyLines(ctx: CheckContext): readonly ClassifiedLine[] {
  return ctx.lines.slice(ctx.zones.body.start, ctx.zones.body.end);
}

/** The first line of the document: where a missing header component is reported. */
export function firstLine(ctx: CheckContext): Line | null {
  return ctx.lines[0]?.line ?? null;
}

/** The first line of a kind in the header (or anywhere before the body when the header is short). */
export function headerLine(ctx: CheckContext, kind: LineKind): ClassifiedLine | null {
  const end = Math.max(ctx.zones.header.end, Math.min(ctx.zones.body.start, ctx.lines.length));
  for (let i = 0; i < end; i++) if (ctx.lines[i]!.kind === kind) return ctx.lines[i]!;
  return null;
}

export function linesAt(ctx: CheckContext, indices: readonly number[]): ClassifiedLine[] {
  return indices.map((i) => ctx.lines[i]).filter((l): l is ClassifiedLine => l !== undefined);
}

/** The type heading was read from a heading line (`QUYẾT ĐỊNH`), not guessed from the number. */
export function hasTypeHeading(ctx: CheckContext): boolean {
  return ctx.document.sources['/header/documentType'] !== undefined;
}

export function isCongVan(ctx: CheckContext): boolean {
  return ctx.kind === 'Công văn';
}

export { foldKey };
