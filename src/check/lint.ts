/**
 * The linter: run every rule that applies to the document's family, kind and input, keep what the
 * config and inline comments leave on, and return ESLint-shaped messages.
 */
import type { DecodedInput } from '../core.js';
import type { TableFinder } from '../lines/tables.js';
import { analyze } from './analysis.js';
import { disabledRanges, isDisabled } from './directives.js';
import type { DocxLayout } from './docx/styles.js';
import { format, RULEBOOK_NAMES } from './i18n.js';
import { RULES } from './rules/index.js';
import type { CheckContext, Family, Fix, Lang, LineFix, LintMessage, ReportDescriptor, Rule, Rulebook, Severity, SeveritySetting } from './types.js';

export const RULE_DOCS_URL = 'https://github.com/vbparse/vbparse/blob/main/docs/rules/';

/** Day NĐ 30/2020 took effect; documents dated before it are judged by TT 01/2011. */
export const ND30_EFFECTIVE = '2020-03-05';

export interface RuleSetting {
  readonly severity: SeveritySetting;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface LintOptions {
  readonly lang?: Lang;
  /** Per-rule settings by id; rules not named keep their default severity. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly findTables?: TableFinder;
  readonly docx?: DocxLayout | null;
}

export function ruleUrl(rule: Pick<Rule, 'id' | 'name'>): string {
  return `${RULE_DOCS_URL}${ruleFileName(rule)}`;
}

export function ruleFileName(rule: Pick<Rule, 'id' | 'name'>): string {
  return `${rule.id.toLowerCase()}-${rule.name}.md`;
}

/** Which rulebook judges a document. */
export function rulebookOf(family: Family | null, iso: string | null): Rulebook {
  if (family === 'party') return 'hd36';
  if (iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso) && iso < ND30_EFFECTIVE) return 'tt01';
  return 'nd30';
}

export function appliesTo(rule: Rule, family: Family | null, kind: string | null, hasDocx: boolean): boolean {
  if (rule.input === 'docx' && !hasDocx) return false;
  if (!rule.families.includes(family ?? 'state')) return false;
  if (rule.kinds !== 'all' && (kind === null || !rule.kinds.includes(kind))) return false;
  if (rule.exceptKinds && kind !== null && rule.exceptKinds.includes(kind)) return false;
  return true;
}

export interface LintOutput {
  readonly messages: LintMessage[];
  readonly document: import('../schema/document.js').ParsedDocument;
}

/** Lint one decoded document. */
export function lintDecoded(decoded: DecodedInput, options: LintOptions = {}): LintOutput {
  const lang = options.lang ?? 'vi';
  const analysis = analyze(decoded, options.findTables);
  const { document, zones, text } = analysis;
  const header = document.header;
  const family: Family | null = header.family ?? (header.numbering?.form === 'party' ? 'party' : null);
  const kind = header.documentType;
  const rulebook = rulebookOf(family, header.date?.iso ?? null);
  const messages: LintMessage[] = [];
  const directives = disabledRanges(text);

  for (const rule of RULES) {
    const setting = options.rules?.[rule.id] ?? options.rules?.[rule.name];
    const severity: SeveritySetting = setting?.severity ?? rule.severity;
    if (severity === 'off') continue;
    if (!appliesTo(rule, family, kind, Boolean(options.docx))) continue;
    const report = (descriptor: ReportDescriptor) => {
      const message = toMessage(rule, severity, descriptor);
      if (message && !isDisabled(directives, rule, message.line)) messages.push(message);
    };
    const context: CheckContext = {
      document,
      zones,
      lines: zones.lines,
      text,
      family,
      kind,
      legal: header.numbering?.form === 'legal',
      rulebook,
      options: setting?.options ?? {},
      docx: options.docx ?? null,
      place: analysis.place,
      placeOfRange: analysis.placeOfRange,
      report,
    };
    rule.check(context);
  }

  function toMessage(rule: Rule, severity: Severity, d: ReportDescriptor): LintMessage | null {
    const template = rule.messages[d.messageId];
    if (!template) throw new Error(`${rule.id}: no message "${d.messageId}"`);
    const place = d.place ?? (d.line ? analysis.place(d.line, d.from ?? 0, d.to ?? d.line.text.length) : null);
    const start = place?.start ?? { line: 1, column: 1, offset: 0 };
    const end = place?.end ?? start;
    const fix = d.line && d.fix ? lineFix(d.line, d.fix) : d.rangeFix ? checkedFix(d.rangeFix) : undefined;
    return {
      ruleId: rule.id,
      ruleName: rule.name,
      severity,
      message: `${format(template, lang, d.data).replace(/\s+/g, ' ')} (${RULEBOOK_NAMES[rulebook][lang]})`,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: place ? [start.offset, end.offset] : null,
      rulebook,
      url: ruleUrl(rule),
      ...(fix ? { fix } : {}),
      ...(d.paragraph !== undefined ? { paragraph: d.paragraph } : {}),
    };
  }

  /**
   * A line fix becomes a fix on the original text only when the original holds exactly the text the
   * rule saw there (no markup, no line break, no decomposed letters inside the span): otherwise the
   * message stays and the fix is dropped, so a fix never touches what the rule did not read.
   */
  function lineFix(line: import('../lines/line.js').Line, fixes: LineFix | readonly LineFix[]): Fix | undefined {
    const list = Array.isArray(fixes) ? (fixes as readonly LineFix[]) : [fixes as LineFix];
    if (list.length === 0) return undefined;
    const from = Math.min(...list.map((f) => f.from));
    const to = Math.max(...list.map((f) => f.to));
    let replaced = line.text.slice(from, to);
    for (const f of [...list].sort((a, b) => b.from - a.from)) {
      replaced = replaced.slice(0, f.from - from) + f.text + replaced.slice(f.to - from);
    }
    if (to > from) {
      const place = analysis.place(line, from, to);
      const original = text.slice(place.start.offset, place.end.offset);
      if (original !== line.text.slice(from, to)) return undefined;
      return { range: [place.start.offset, place.end.offset], text: replaced };
    }
    // An insertion: anchor it after the character before, or before the character after.
    if (from > 0) {
      const before = analysis.place(line, from - 1, from);
      if (text.slice(before.start.offset, before.end.offset) !== line.text[from - 1]) return undefined;
      return { range: [before.end.offset, before.end.offset], text: replaced };
    }
    const after = analysis.place(line, 0, 1);
    if (text.slice(after.start.offset, after.end.offset) !== line.text[0]) return undefined;
    return { range: [after.start.offset, after.start.offset], text: replaced };
  }

  function checkedFix(fix: { range: readonly [number, number]; expect: string; text: string }): Fix | undefined {
    return text.slice(fix.range[0], fix.range[1]) === fix.expect ? { range: fix.range, text: fix.text } : undefined;
  }

  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { messages, document };
}
