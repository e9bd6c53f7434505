/**
 * The linter's vocabulary: rules, the context a rule reads, the messages it reports.
 * One rule per file in `rules/`, ESLint/markdownlint style: metadata, examples that run as its
 * tests, and a `check` that reports at the offending text.
 */
import type { Line } from '../lines/line.js';
import type { ParsedDocument, Position } from '../schema/document.js';
import type { ClassifiedLine, Zones } from '../zones/index.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Family = 'state' | 'party';
export type Lang = 'vi' | 'en';
/** Which rulebook a document is judged by. */
export type Rulebook = 'nd30' | 'tt01' | 'hd36';

/** A text in both languages; `{name}` placeholders are filled from the message data. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** One example document of a rule: `focus` is the part the docs page shows. */
export interface RuleExample {
  /** What the example shows, in both languages (docs). */
  readonly title?: Text;
  /** The whole document the test lints. */
  readonly text: string;
  /** The offending (or correct) lines, shown on the rule page; must occur in `text`. */
  readonly focus: string;
  /**
   * Failing examples: the lines (1-based, in `text`) where the rule must report; default: one
   * message on the line where `focus` starts.
   */
  readonly lines?: readonly number[];
  /** Failing examples with a fix: the text after `--fix` (whole document). */
  readonly fixed?: string;
  /** A .docx example (typography rules): the package the test lints instead of `text`. */
  readonly docx?: () => Uint8Array;
}

export interface RuleMeta {
  /** Stable id (`VB132`) and name (`date-padding`) from the catalogue. */
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  readonly families: readonly Family[];
  /**
   * Document kinds (tên loại as the parser reads them: `Công văn`, `Quyết định`…) the rule applies to;
   * `all` for every kind.
   */
  readonly kinds: readonly string[] | 'all';
  /** Kinds the rule never applies to (checked after `kinds`). */
  readonly exceptKinds?: readonly string[];
  /** Input the rule needs: `text` (every input) or `docx` (Word run properties). */
  readonly input?: 'text' | 'docx';
  readonly description: Text;
  /** Where the requirement comes from (NĐ 30 / HD 36 clause; § of rules.md). */
  readonly clause: string;
  readonly fixable: boolean;
  /** Message templates by id. */
  readonly messages: Readonly<Record<string, Text>>;
  readonly examples: { readonly failing: readonly RuleExample[]; readonly passing: readonly RuleExample[] };
}

/** A fix in the line's cleaned-text coordinates: replace `line.text.slice(from, to)` by `text`. */
export interface LineFix {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export interface ReportDescriptor {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number | Text>>;
  /** Where: a piece of a line (cleaned-text coordinates), or a place, or nothing (whole document). */
  readonly line?: Line | null;
  readonly from?: number;
  readonly to?: number;
  readonly place?: Position | null;
  readonly fix?: LineFix | readonly LineFix[];
  /** A fix in decoded-text offsets; kept only when the text there is `expect`. */
  readonly rangeFix?: { readonly range: readonly [number, number]; readonly expect: string; readonly text: string };
  /** .docx: index of the paragraph (w:p) the message is about. */
  readonly paragraph?: number;
}

/** Document date and the rulebook chosen from it. */
export interface CheckContext {
  readonly document: ParsedDocument;
  readonly zones: Zones;
  readonly lines: readonly ClassifiedLine[];
  /** The decoded text positions refer to. */
  readonly text: string;
  readonly family: Family | null;
  /** The tên loại (`Công văn`, `Quyết định`…) or null when unknown. */
  readonly kind: string | null;
  /** Legal normative document (`30/2020/NĐ-CP`): NĐ 30 Phụ lục I governs administrative documents only. */
  readonly legal: boolean;
  readonly rulebook: Rulebook;
  /** Rule options from the config. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Word run properties, for .docx input. */
  readonly docx: import('./docx/styles.js').DocxLayout | null;
  /** Position in the original text of `line.text.slice(from, to)`. */
  place(line: Line, from?: number, to?: number): Position;
  /** Position of a range of offsets in `text`. */
  placeOfRange(start: number, end: number): Position;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule extends RuleMeta {
  check(context: CheckContext): void;
}

/** A fix in original-text offsets (ESLint's `fix`). */
export interface Fix {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** One message of the linter, ESLint-shaped (positions are 1-based, end exclusive). */
export interface LintMessage {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offset range in the decoded text (for fixes and fingerprints). */
  readonly offset: readonly [number, number] | null;
  readonly rulebook: Rulebook;
  readonly url: string;
  readonly fix?: Fix;
  /** Set for .docx input: where the paragraph is. */
  readonly paragraph?: number;
}

/** The result for one file, ESLint-shaped. */
export interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  /** The source (decoded text) when it was read. */
  readonly source?: string;
  /** The fixed text, when `--fix` changed it. */
  readonly output?: string;
  /** A file that could not be read: the one-line reason. */
  readonly fatal?: string;
}
