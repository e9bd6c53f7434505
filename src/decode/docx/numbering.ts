/**
 * Word's automatic paragraph numbering (ECMA-376 Part 1, §17.9): list definitions, the counters
 * Word keeps while it lays out the document, and the labels it draws (`1.`, `a)`, `Điều 3.`, `II.`).
 *
 * This module works on plain definitions; `docx.ts` reads them from `word/numbering.xml` and
 * `styles.xml`, then asks a {@link ListCounters} for the label of each numbered paragraph, in
 * document order.
 *
 * The counting follows Word for the common cases:
 * - a `w:num` without level overrides shares the counters of its abstract list with every other
 *   `w:num` pointing to it (that is why Word numbering "continues" across such lists); a `w:num`
 *   with a `w:lvlOverride` (`w:startOverride` or a replacement `w:lvl`, Word's "Restart at 1") gets
 *   counters of its own;
 * - a level's first use shows its `w:start`; later uses add one;
 * - using a level restarts the deeper levels, unless their `w:lvlRestart` says otherwise
 *   (`0`: never; `n`: only when level n or a shallower one is used);
 * - `%n` in `w:lvlText` shows level n's current value in level n's format (`w:isLgl`: decimal);
 *   a shallower level not used yet shows its start value.
 * What is left out: `w:suff` (the label is always followed by one space), picture bullets (drawn as
 * `-` like every bullet), legacy numbering (`w:legacy`), and locale-specific formats (Chinese,
 * Hebrew, ordinal and cardinal text, …), which fall back to decimal.
 */

/** Run properties of a level's label (`w:lvl/w:rPr`) that the markdown can show. */
export interface LabelRunFormat {
  bold?: boolean;
  italic?: boolean;
  hidden?: boolean;
}

/** One level (`w:lvl`) of a list definition. */
export interface LevelDefinition {
  /** `w:start`; the spec makes it 0 when absent. */
  start: number;
  /** `w:numFmt/@w:val`: `decimal`, `lowerLetter`, `upperRoman`, `bullet`, `none`, … */
  format: string;
  /** `w:numFmt/@w:format` of a `custom` format (Word 2010+), e.g. `001, 002, 003, ...`. */
  customFormat?: string;
  /** `w:lvlText/@w:val`, e.g. `%1.`, `%1.%2.`, `Điều %1.`; undefined when the level has none. */
  text?: string;
  /** `w:lvlRestart/@w:val` (1-based level, 0 = never restart); undefined when absent. */
  restart?: number;
  /** `w:isLgl`: every number in the label is shown as decimal. */
  legal: boolean;
  /** `w:pStyle`: the paragraph style this level is linked to. */
  paragraphStyle?: string;
  runFormat: LabelRunFormat;
}

/** An abstract list definition (`w:abstractNum`). */
export interface AbstractNumbering {
  /** Levels by `w:ilvl` (0–8). */
  levels: Map<number, LevelDefinition>;
  /** `w:numStyleLink`: the real definition is that of the numbering style named here. */
  numStyleLink?: string;
}

/** A `w:lvlOverride` of a `w:num`. */
export interface LevelOverride {
  /** `w:startOverride/@w:val`. */
  start?: number;
  /** A replacement `w:lvl`. */
  level?: LevelDefinition;
}

/** A numbering instance (`w:num`), the thing paragraphs point to with `w:numId`. */
export interface NumberingInstance {
  abstractId: string;
  /** Overrides by `w:ilvl`. */
  overrides: Map<number, LevelOverride>;
}

/** Everything needed to number paragraphs. */
export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNumbering>;
  /** By `w:numId`. */
  instances: Map<string, NumberingInstance>;
  /** Numbering styles (`w:style w:type="numbering"`) → the `w:numId` of their `w:numPr`, for `w:numStyleLink`. */
  numberingStyles: Map<string, string>;
}

/** The label of one numbered paragraph. */
export interface NumberLabel {
  /** What Word shows, e.g. `1.`, `a)`, `Điều 3.`, `-` for a bullet; may be empty (format `none`). */
  text: string;
  bullet: boolean;
  /** The level the label was drawn from (for its run properties). */
  level: LevelDefinition;
}

/** Word has nine levels, `w:ilvl` 0 to 8. */
export const LEVEL_COUNT = 9;
/** How many `w:numStyleLink` hops are followed before giving up (a loop, or a broken chain). */
const MAX_STYLE_LINKS = 8;

interface ResolvedList {
  /** Counters are shared by every paragraph whose list has the same key. */
  key: string;
  levels: Array<LevelDefinition | undefined>;
}

/** The counters of a document's lists; call {@link next} for each numbered paragraph in document order. */
export class ListCounters {
  private readonly lists = new Map<string, ResolvedList | null>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** True when `numId` names a list whose definition could be found. */
  has(numId: string): boolean {
    return this.resolve(numId) !== undefined;
  }

  /** The level of list `numId` linked to paragraph style `styleId` (`w:lvl/w:pStyle`), if any. */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const levels = this.resolve(numId)?.levels ?? [];
    const index = levels.findIndex((level) => level?.paragraphStyle === styleId);
    return index < 0 ? undefined : index;
  }

  /**
   * Advances the counters for a paragraph at level `ilvl` of list `numId` and returns its label;
   * undefined when the list or the level is not defined (nothing is counted then).
   */
  next(numId: string, ilvl: number): NumberLabel | undefined {
    const list = this.resolve(numId);
    const level = list?.levels[ilvl];
    if (!list || !level) return undefined;
    const values = this.countersOf(list.key);
    values[ilvl] = values[ilvl] === undefined ? level.start : values[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < LEVEL_COUNT; deeper++) {
      if (restartsAfter(list.levels[deeper], deeper, ilvl)) values[deeper] = undefined;
    }
    if (level.format === 'bullet') return { text: '-', bullet: true, level };
    return { text: renderLevelText(level, list.levels, values).trim(), bullet: false, level };
  }

  private countersOf(key: string): Array<number | undefined> {
    let values = this.counters.get(key);
    if (!values) {
      values = Array<number | undefined>(LEVEL_COUNT).fill(undefined);
      this.counters.set(key, values);
    }
    return values;
  }

  private resolve(numId: string): ResolvedList | undefined {
    if (!this.lists.has(numId)) this.lists.set(numId, resolveList(this.definitions, numId) ?? null);
    return this.lists.get(numId) ?? undefined;
  }
}

function resolveList(definitions: NumberingDefinitions, numId: string): ResolvedList | undefined {
  const instance = definitions.instances.get(numId);
  if (!instance) return undefined;
  const found = resolveAbstract(definitions, instance.abstractId);
  if (!found) return undefined;
  const levels: Array<LevelDefinition | undefined> = [];
  let overridden = false;
  for (let ilvl = 0; ilvl < LEVEL_COUNT; ilvl++) {
    const override = instance.overrides.get(ilvl);
    let level = override?.level ?? found.abstract.levels.get(ilvl);
    if (override?.level || override?.start !== undefined) overridden = true;
    if (level && override?.start !== undefined) level = { ...level, start: override.start };
    levels.push(level);
  }
  return { key: overridden ? `num:${numId}` : `abstract:${found.id}`, levels };
}

/** Follows `w:numStyleLink` (abstract → numbering style → num → abstract) to the definition proper. */
function resolveAbstract(
  definitions: NumberingDefinitions,
  abstractId: string,
): { id: string; abstract: AbstractNumbering } | undefined {
  let id = abstractId;
  for (let hop = 0; hop <= MAX_STYLE_LINKS; hop++) {
    const abstract = definitions.abstracts.get(id);
    if (!abstract) return undefined;
    if (abstract.numStyleLink === undefined) return { id, abstract };
    const linkedNumId = definitions.numberingStyles.get(abstract.numStyleLink);
    const linkedAbstractId = linkedNumId === undefined ? undefined : definitions.instances.get(linkedNumId)?.abstractId;
    // A dangling link: use whatever levels the linking definition has.
    if (linkedAbstractId === undefined || linkedAbstractId === id) return abstract.levels.size > 0 ? { id, abstract } : undefined;
    id = linkedAbstractId;
  }
  return undefined;
}

/**
 * Whether using level `used` restarts level `level`. Without `w:lvlRestart` any shallower level
 * does; `w:lvlRestart="n"` (1-based) restarts only when level n or a shallower one is used; `0` never.
 * A value naming this level or a deeper one is ignored, as the spec says.
 */
function restartsAfter(definition: LevelDefinition | undefined, level: number, used: number): boolean {
  const restart = definition?.restart;
  if (restart === undefined || restart > level) return true;
  if (restart === 0) return false;
  return used <= restart - 1;
}

function renderLevelText(level: LevelDefinition, levels: Array<LevelDefinition | undefined>, values: Array<number | undefined>): string {
  return (level.text ?? '').replace(/%([1-9])/g, (_match, digit: string) => {
    const index = Number(digit) - 1;
    const referenced = levels[index];
    if (!referenced) return '';
    const value = values[index] ?? referenced.start;
    if (level.legal) return String(value);
    // A bullet level referenced from a deeper level: its symbol is not part of this label here.
    if (referenced.format === 'bullet') return '';
    return formatNumber(value, referenced.format, referenced.customFormat);
  });
}

/** Largest value drawn as a Roman numeral or as letters; Word's own range ends about there too. */
const MAX_ROMAN = 3999;
const MAX_LETTER_VALUE = 26 * 30;

/**
 * A counter value in a `w:numFmt` format. `none` and `bullet` give the empty string; formats this
 * module does not know (ordinal, cardinal text, East Asian and other scripts, enclosed digits…)
 * fall back to decimal, which keeps the value readable.
 *
 * `lowerLetter`/`upperLetter` are Word's Latin letters a–z, then `aa`, `bb`, … (27 → `aa`).
 * Vietnamese legal drafting numbers its points (điểm) a, b, c, d, đ, e, …, but Word has no
 * Vietnamese alphabet format: a list formatted `lowerLetter` shows `e)` as its fifth label, never
 * `đ)`. We render what Word renders (what the reader of the document saw), not the letter the
 * drafter may have meant.
 */
export function formatNumber(value: number, format: string, customFormat?: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'upperRoman':
      return toRoman(value) ?? String(value);
    case 'lowerRoman':
      return toRoman(value)?.toLowerCase() ?? String(value);
    case 'upperLetter':
      return toLetters(value) ?? String(value);
    case 'lowerLetter':
      return toLetters(value)?.toLowerCase() ?? String(value);
    case 'custom':
      return formatCustom(value, customFormat);
    default:
      return String(value);
  }
}

const ROMAN_DIGITS: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ROMAN) return undefined;
  let rest = value;
  let roman = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      roman += digits;
      rest -= amount;
    }
  }
  return roman;
}

/** Word's letter numbering: A–Z, then AA, BB, …, ZZ, then AAA, … (not a base-26 count). */
function toLetters(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > MAX_LETTER_VALUE) return undefined;
  const letter = String.fromCharCode(0x41 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

/** Word 2010's `custom` formats are zero-padded decimals (`01, 02, 03, ...`, `001, 002, …`). */
function formatCustom(value: number, customFormat: string | undefined): string {
  const width = /^0+1\b/.exec(customFormat ?? '')?.[0].length ?? 1;
  return String(value).padStart(width, '0');
}
