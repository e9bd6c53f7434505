/**
 * Numbering definitions (word/numbering.xml): read into the plain form numbering.ts counts with.
 */
import { posix } from 'node:path';
import type { DecodeWarning } from '../types.js';
import { chooseAlternative } from './model.js';
import { LEVEL_COUNT, type AbstractNumbering, type LevelDefinition, type LevelOverride, type NumberingDefinitions, type NumberingInstance } from './numbering.js';
import { NUMBERING_RELATIONSHIP, findRelationshipTarget, readXmlPart, type DocxArchive } from './package.js';
import { isOn, readInteger, readRunFormat, type StyleSheet } from './styles.js';
import { childElements, firstChildElement, type XmlElement } from '../xml.js';

export function readNumberingDefinitions(
  archive: DocxArchive,
  documentPath: string,
  styles: StyleSheet,
  warnings: DecodeWarning[],
): NumberingDefinitions | undefined {
  const declared = findRelationshipTarget(archive, documentPath, NUMBERING_RELATIONSHIP);
  const entry =
    (declared && archive.findEntry(declared)) || archive.findEntry(posix.join(posix.dirname(documentPath), 'numbering.xml'));
  if (!entry) return undefined;
  try {
    return parseNumbering(readXmlPart(archive, entry.name), styles);
  } catch (error) {
    // Without list definitions the text is still worth having; the numbers are counted as missing.
    warnings.push({ ruleId: 'decode/docx-numbering-ignored', message: `numbering ignored: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

function parseNumbering(document: XmlElement, styles: StyleSheet): NumberingDefinitions {
  const definitions: NumberingDefinitions = {
    abstracts: new Map(),
    instances: new Map(),
    numberingStyles: styles.numberingStyles,
  };
  const root = firstChildElement(document, 'w:numbering');
  if (!root) return definitions;
  for (const child of childElements(root)) {
    if (child.name === 'w:abstractNum') {
      const id = child.attributes['w:abstractNumId']?.trim();
      if (id !== undefined && !definitions.abstracts.has(id)) definitions.abstracts.set(id, readAbstractNumbering(child));
    } else if (child.name === 'w:num') {
      const id = child.attributes['w:numId']?.trim();
      const instance = readNumberingInstance(child);
      if (id !== undefined && instance && !definitions.instances.has(id)) definitions.instances.set(id, instance);
    }
  }
  return definitions;
}

function readAbstractNumbering(abstractNum: XmlElement): AbstractNumbering {
  const levels = new Map<number, LevelDefinition>();
  for (const level of childElements(abstractNum).filter((el) => el.name === 'w:lvl')) {
    const ilvl = readLevelIndex(level);
    if (ilvl !== undefined && !levels.has(ilvl)) levels.set(ilvl, readLevel(level));
  }
  const numStyleLink = firstChildElement(abstractNum, 'w:numStyleLink')?.attributes['w:val'];
  return { levels, numStyleLink };
}

function readNumberingInstance(num: XmlElement): NumberingInstance | undefined {
  const abstractId = firstChildElement(num, 'w:abstractNumId')?.attributes['w:val']?.trim();
  if (abstractId === undefined) return undefined;
  const overrides = new Map<number, LevelOverride>();
  for (const override of childElements(num).filter((el) => el.name === 'w:lvlOverride')) {
    const ilvl = readLevelIndex(override);
    if (ilvl === undefined || overrides.has(ilvl)) continue;
    const level = firstChildElement(override, 'w:lvl');
    overrides.set(ilvl, {
      start: readInteger(firstChildElement(override, 'w:startOverride')),
      level: level && readLevel(level),
    });
  }
  return { abstractId, overrides };
}

/** The `w:ilvl` attribute of a `w:lvl` or `w:lvlOverride`, when it is a level Word has (0–8). */
function readLevelIndex(element: XmlElement): number | undefined {
  const value = element.attributes['w:ilvl']?.trim();
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const ilvl = Number(value);
  return ilvl < LEVEL_COUNT ? ilvl : undefined;
}

function readLevel(level: XmlElement): LevelDefinition {
  // Word 2010+ wraps `w:numFmt w:val="custom"` in mc:AlternateContent, with a classic fallback.
  const alternative = firstChildElement(level, 'mc:AlternateContent');
  const numberFormat =
    firstChildElement(level, 'w:numFmt') ?? (alternative && firstChildElement(chooseAlternative(alternative), 'w:numFmt'));
  const levelText = firstChildElement(level, 'w:lvlText');
  const legal = firstChildElement(level, 'w:isLgl');
  return {
    start: readInteger(firstChildElement(level, 'w:start')) ?? 0,
    format: numberFormat?.attributes['w:val'] ?? 'decimal',
    customFormat: numberFormat?.attributes['w:format'],
    text: levelText && (levelText.attributes['w:val'] ?? ''),
    restart: readInteger(firstChildElement(level, 'w:lvlRestart')),
    legal: legal !== undefined && isOn(legal.attributes['w:val']),
    paragraphStyle: firstChildElement(level, 'w:pStyle')?.attributes['w:val'],
    runFormat: readRunFormat(firstChildElement(level, 'w:rPr')),
  };
}

