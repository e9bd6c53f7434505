/**
 * Styles: bold and italic often come from a paragraph style (e.g. a "Heading 2" used for the
 * agency name), so they are resolved through styles.xml as well as direct formatting.
 */
import { posix } from 'node:path';
import type { DecodeWarning } from '../types.js';
import { LEVEL_COUNT } from './numbering.js';
import { STYLES_RELATIONSHIP, findRelationshipTarget, readXmlPart, type DocxArchive } from './package.js';
import { childElements, findDescendants, firstChildElement, type XmlElement } from '../xml.js';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  hidden?: boolean;
  /** `w:caps` / `w:smallCaps`: typed in lower case, shown in capitals (`Khẩn`, agency lines). */
  caps?: boolean;
  /** `w:rFonts`: the font of non-ASCII text (`w:hAnsi`, else `w:ascii`); legacy fonts are converted. */
  font?: string;
}

/** A `w:numPr`: which list (`w:numId`, `0` = none) and which level (`w:ilvl`); each may be absent. */
interface NumberingProperties {
  numId?: string;
  ilvl?: number;
}

export interface StyleDefinition {
  basedOn?: string;
  format: RunFormat;
  /** The style's `w:numPr`, attaching Word auto-numbering; undefined when it has none. */
  numbering?: NumberingProperties;
}

export interface StyleSheet {
  paragraphStyles: Map<string, StyleDefinition>;
  characterStyles: Map<string, StyleDefinition>;
  /** Numbering styles → the `w:numId` of their `w:numPr` (the target of a `w:numStyleLink`). */
  numberingStyles: Map<string, string>;
  defaults: RunFormat;
  defaultParagraphStyle?: string;
}

const EMPTY_STYLE_SHEET: StyleSheet = {
  paragraphStyles: new Map(),
  characterStyles: new Map(),
  numberingStyles: new Map(),
  defaults: {},
};
const MAX_STYLE_CHAIN = 32;

export function readStyleSheet(archive: DocxArchive, documentPath: string, warnings: DecodeWarning[]): StyleSheet {
  const path =
    findRelationshipTarget(archive, documentPath, STYLES_RELATIONSHIP) ??
    posix.join(posix.dirname(documentPath), 'styles.xml');
  if (!archive.findEntry(path)) return EMPTY_STYLE_SHEET;
  try {
    return parseStyleSheet(readXmlPart(archive, path));
  } catch (error) {
    // Styles only refine emphasis; the text is still worth having without them.
    warnings.push({ ruleId: 'decode/docx-styles-ignored', message: `styles ignored: ${error instanceof Error ? error.message : String(error)}` });
    return EMPTY_STYLE_SHEET;
  }
}

function parseStyleSheet(document: XmlElement): StyleSheet {
  const sheet: StyleSheet = { paragraphStyles: new Map(), characterStyles: new Map(), numberingStyles: new Map(), defaults: {} };
  const root = firstChildElement(document, 'w:styles');
  if (!root) return sheet;
  const runDefaults = findDescendants(root, (el) => el.name === 'w:rPrDefault')[0];
  sheet.defaults = readRunFormat(runDefaults && firstChildElement(runDefaults, 'w:rPr'));
  for (const style of childElements(root).filter((el) => el.name === 'w:style')) {
    const id = style.attributes['w:styleId'];
    const type = style.attributes['w:type'];
    if (!id) continue;
    if (type === 'numbering') {
      const numId = readStyleDefinition(style).numbering?.numId;
      if (numId !== undefined) sheet.numberingStyles.set(id, numId);
      continue;
    }
    if (type !== 'paragraph' && type !== 'character') continue;
    const definition = readStyleDefinition(style);
    if (type === 'paragraph') {
      sheet.paragraphStyles.set(id, definition);
      const isDefault = style.attributes['w:default'];
      if (isDefault !== undefined && isOn(isDefault)) sheet.defaultParagraphStyle = id;
    } else {
      sheet.characterStyles.set(id, definition);
    }
  }
  return sheet;
}

function readStyleDefinition(style: XmlElement): StyleDefinition {
  const basedOn = firstChildElement(style, 'w:basedOn')?.attributes['w:val'];
  const paragraphProperties = firstChildElement(style, 'w:pPr');
  return {
    basedOn,
    format: readRunFormat(firstChildElement(style, 'w:rPr')),
    numbering: paragraphProperties && readNumberingProperties(paragraphProperties),
  };
}

/** Reads the toggles we render from a `w:rPr`; absent properties stay undefined so styles can supply them. */
export function readRunFormat(runProperties: XmlElement | undefined): RunFormat {
  const format: RunFormat = {};
  if (!runProperties) return format;
  for (const property of childElements(runProperties)) {
    const on = isOn(property.attributes['w:val']);
    if (property.name === 'w:b') format.bold = on;
    else if (property.name === 'w:i') format.italic = on;
    else if (property.name === 'w:vanish') format.hidden = on;
    else if (property.name === 'w:caps' || property.name === 'w:smallCaps') format.caps = on;
    else if (property.name === 'w:rFonts') format.font = property.attributes['w:hAnsi'] ?? property.attributes['w:ascii'];
  }
  return format;
}

/** OOXML on/off values: absent means on; `0`, `false`, `off` mean off. */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

/** The `w:numPr` of a `w:pPr`; undefined when there is none, so that a style's numbering can apply. */
export function readNumberingProperties(paragraphProperties: XmlElement): NumberingProperties | undefined {
  const numbering = firstChildElement(paragraphProperties, 'w:numPr');
  if (!numbering) return undefined;
  const numId = firstChildElement(numbering, 'w:numId')?.attributes['w:val']?.trim();
  const ilvl = readInteger(firstChildElement(numbering, 'w:ilvl'));
  return { numId, ilvl: ilvl === undefined ? undefined : Math.min(Math.max(ilvl, 0), LEVEL_COUNT - 1) };
}

/** The integer `w:val` of an element; undefined when the element or a sensible value is missing. */
export function readInteger(element: XmlElement | undefined): number | undefined {
  const value = element?.attributes['w:val'];
  if (value === undefined || !/^\s*[-+]?\d+\s*$/.test(value)) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Math.min(Math.max(parsed, -MAX_NUMBER_VALUE), MAX_NUMBER_VALUE);
}

/** Counter values are kept well inside the safe integers (`w:start` is a 32-bit value anyway). */
const MAX_NUMBER_VALUE = 2 ** 31 - 1;

/** Merges a style with the styles it is based on; the style's own values win. */
export function resolveStyle(styles: Map<string, StyleDefinition>, id: string | undefined): StyleDefinition {
  const chain: StyleDefinition[] = [];
  const seen = new Set<string>();
  for (let current = id; current && !seen.has(current) && chain.length < MAX_STYLE_CHAIN; ) {
    seen.add(current);
    const definition = styles.get(current);
    if (!definition) break;
    chain.push(definition);
    current = definition.basedOn;
  }
  return {
    format: mergeFormats(...chain.map((definition) => definition.format)),
    numbering: {
      numId: chain.find((definition) => definition.numbering?.numId !== undefined)?.numbering?.numId,
      ilvl: chain.find((definition) => definition.numbering?.ilvl !== undefined)?.numbering?.ilvl,
    },
  };
}

/** Earlier layers take precedence (direct formatting first, document defaults last). */
export function mergeFormats(...layers: RunFormat[]): RunFormat {
  const merged: RunFormat = {};
  for (const key of ['bold', 'italic', 'hidden', 'caps'] as const) {
    merged[key] = layers.find((layer) => layer[key] !== undefined)?.[key];
  }
  merged.font = layers.find((layer) => layer.font !== undefined)?.font;
  return merged;
}

