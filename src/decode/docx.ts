/**
 * `.docx` (Office Open XML WordprocessingML) → markdown text for the rest of the pipeline.
 *
 * The main document part is walked in document order: paragraphs become markdown paragraphs,
 * tables become GFM pipe tables, bold/italic runs become `**…**` / `*…*`. What is deliberately
 * left out: headers and footers, footnotes and endnotes (their reference marks are dropped too),
 * comments, deleted text (tracked changes), field instructions, hidden (`w:vanish`) text,
 * images. Word's automatic list numbers (`w:numPr`, defined in `word/numbering.xml`) are not part
 * of the text: they are recomputed as Word draws them (see `numbering.ts`) and put at the start of
 * their paragraph (`1. …`, `a) …`, `Điều 3. …`, bullets as `- …`); a warning counts the numbered
 * paragraphs whose list definition is missing.
 */
import { posix } from 'node:path';
import { InputError } from '../errors.js';
import type { DecodeWarning } from './types.js';
import {
  LEVEL_COUNT,
  ListCounters,
  type AbstractNumbering,
  type LevelDefinition,
  type LevelOverride,
  type NumberingDefinitions,
  type NumberingInstance,
} from './numbering.js';
import { hasZipSignature, openZip, ZipError, type ZipArchive } from './zip.js';

/**
 * Thrown when the bytes are not a readable .docx; `message` says why. An {@link InputError}, so it
 * is one of the library's typed errors (code `E_DOCX`).
 */
export class DocxError extends InputError {
  override readonly code = 'E_DOCX';
  constructor(message: string, options: { file?: string | null; cause?: unknown } = {}) {
    super('E_DOCX', message, options);
    this.name = 'DocxError';
  }
}

/** The markdown produced from a .docx and notes about what could not be carried over. */
export interface DocxResult {
  /** Markdown with `\n` line endings, NFC-normalised. */
  text: string;
  warnings: DecodeWarning[];
}

/** True when the bytes start like a zip archive (`PK\x03\x04`), as every .docx does. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return hasZipSignature(bytes);
}

/**
 * Converts a .docx (Office Open XML) into markdown text.
 * @example
 * const { text, warnings } = docxToMarkdown(await readFile('cong-van.docx'));
 * @throws DocxError on a non-zip, a zip without `word/document.xml`, or corrupt data.
 */
export function docxToMarkdown(bytes: Uint8Array): DocxResult {
  const archive = openDocxArchive(bytes);
  const documentPath = findMainDocumentPath(archive);
  const warnings: DecodeWarning[] = [];
  const document = parseXml(decodeXmlBytes(readPart(archive, documentPath)));
  const styles = readStyleSheet(archive, documentPath, warnings);
  const numbering = readNumberingDefinitions(archive, documentPath, styles, warnings);
  const body = findBody(document, documentPath);
  const context: ConversionContext = {
    styles,
    fieldStack: [],
    lists: numbering && new ListCounters(numbering),
    unnumberedParagraphs: 0,
  };
  const { text, firstUnnumbered } = renderBody(collectBlocks(body, context));
  if (context.unnumberedParagraphs > 0) {
    warnings.push({
      ruleId: 'decode/docx-unnumbered',
      message: `auto-numbered paragraphs: ${context.unnumberedParagraphs} (their numbers are not in the text)`,
      ...(firstUnnumbered && { span: firstUnnumbered }),
    });
  }
  return { text, warnings };
}

// ---------------------------------------------------------------------------------------------
// Package: zip container, relationships, parts

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const DEFAULT_DOCUMENT_PATH = 'word/document.xml';
const OFFICE_DOCUMENT_RELATIONSHIP = '/officeDocument';
const STYLES_RELATIONSHIP = '/styles';
const NUMBERING_RELATIONSHIP = '/numbering';

function openDocxArchive(bytes: Uint8Array): ZipArchive {
  if (!looksLikeZip(bytes)) {
    if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
      throw new DocxError('not a .docx file: this is a legacy binary Word (.doc) file, save it as .docx first');
    }
    throw new DocxError('not a .docx file: it does not start like a zip archive');
  }
  try {
    return openZip(bytes);
  } catch (error) {
    throw asDocxError(error);
  }
}

function readPart(archive: ZipArchive, path: string): Uint8Array {
  try {
    return archive.readEntry(path);
  } catch (error) {
    throw asDocxError(error);
  }
}

function asDocxError(error: unknown): DocxError {
  if (error instanceof ZipError) return new DocxError(`cannot read .docx: ${error.message}`, { cause: error });
  if (error instanceof DocxError) return error;
  return new DocxError(`corrupt .docx: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/** The package relationships name the main part; `word/document.xml` is the usual fallback. */
function findMainDocumentPath(archive: ZipArchive): string {
  const declared = findRelationshipTarget(archive, '', OFFICE_DOCUMENT_RELATIONSHIP);
  const entry = (declared && archive.findEntry(declared)) || archive.findEntry(DEFAULT_DOCUMENT_PATH);
  if (entry) return entry.name;
  throw new DocxError(`not a .docx file: the archive has no ${DEFAULT_DOCUMENT_PATH}`);
}

/** Resolves the target of the first relationship of `sourcePath` whose type ends with `typeSuffix`. */
function findRelationshipTarget(archive: ZipArchive, sourcePath: string, typeSuffix: string): string | undefined {
  const sourceDir = sourcePath === '' ? '' : posix.dirname(sourcePath);
  const relsPath = posix.join(sourceDir, '_rels', `${posix.basename(sourcePath)}.rels`);
  if (!archive.findEntry(relsPath)) return undefined;
  let relationships: XmlElement;
  try {
    relationships = parseXml(decodeXmlBytes(archive.readEntry(relsPath)));
  } catch {
    return undefined; // A broken relationships part only costs us the fallback path.
  }
  for (const relationship of findDescendants(relationships, (el) => localName(el.name) === 'Relationship')) {
    const type = relationship.attributes['Type'] ?? '';
    const target = relationship.attributes['Target'];
    if (!type.endsWith(typeSuffix) || !target || relationship.attributes['TargetMode'] === 'External') continue;
    return resolvePartPath(sourceDir, target);
  }
  return undefined;
}

function resolvePartPath(baseDir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : posix.join(baseDir, target);
  return posix.normalize(joined).replace(/^(\.\.\/)+/, '');
}

function findBody(document: XmlElement, documentPath: string): XmlElement {
  const root = firstChildElement(document, 'w:document');
  const body = root && firstChildElement(root, 'w:body');
  if (!body) throw new DocxError(`corrupt .docx: ${documentPath} has no w:document/w:body`);
  return body;
}

/** XML parts are UTF-8 in practice; UTF-16 is allowed by the spec and announced by a BOM. */
function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

// ---------------------------------------------------------------------------------------------
// A small tolerant XML parser: elements, attributes, text, CDATA, the predefined and numeric
// entities. Comments, processing instructions and DOCTYPE are skipped; DTD entities are never
// expanded (no entity-expansion bombs). Mismatched end tags are tolerated.

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

/** Deeper nesting than this is not a real document and would exhaust the stack later. */
const MAX_XML_DEPTH = 1000;

function parseXml(source: string): XmlElement {
  const documentNode = createElement('#document');
  const stack: XmlElement[] = [documentNode];
  let position = 0;
  while (position < source.length) {
    const tagStart = source.indexOf('<', position);
    const textEnd = tagStart < 0 ? source.length : tagStart;
    if (textEnd > position) appendText(stack, decodeEntities(source.slice(position, textEnd)));
    if (tagStart < 0) break;
    position = readMarkup(source, tagStart, stack);
  }
  canonicalisePrefixes(documentNode);
  return documentNode;
}

function createElement(name: string): XmlElement {
  return { name, attributes: Object.create(null) as Record<string, string>, children: [] };
}

/** Reads the markup starting at `start` (a `<`) into the tree; returns where reading resumes. */
function readMarkup(source: string, start: number, stack: XmlElement[]): number {
  if (source.startsWith('<!--', start)) return skipPast(source, '-->', start + 4);
  if (source.startsWith('<![CDATA[', start)) {
    const end = source.indexOf(']]>', start + 9);
    appendText(stack, source.slice(start + 9, end < 0 ? source.length : end));
    return end < 0 ? source.length : end + 3;
  }
  if (source.startsWith('<?', start)) return skipPast(source, '?>', start + 2);
  if (source.startsWith('<!', start)) return skipDeclaration(source, start + 2);
  if (source.startsWith('</', start)) return readEndTag(source, start, stack);
  if (!isNameStart(source.charCodeAt(start + 1))) {
    appendText(stack, '<'); // A stray "<" in text: keep it as text.
    return start + 1;
  }
  return readStartTag(source, start, stack);
}

function skipPast(source: string, terminator: string, from: number): number {
  const end = source.indexOf(terminator, from);
  return end < 0 ? source.length : end + terminator.length;
}

/** Skips `<!DOCTYPE …>` including an internal subset in brackets. */
function skipDeclaration(source: string, from: number): number {
  let bracketDepth = 0;
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (char === '[') bracketDepth++;
    else if (char === ']') bracketDepth = Math.max(0, bracketDepth - 1);
    else if (char === '>' && bracketDepth === 0) return i + 1;
  }
  return source.length;
}

function readEndTag(source: string, start: number, stack: XmlElement[]): number {
  const end = source.indexOf('>', start + 2);
  const name = source.slice(start + 2, end < 0 ? source.length : end).trim();
  // Close up to the nearest open element of that name; an end tag that matches nothing is ignored.
  for (let depth = stack.length - 1; depth > 0; depth--) {
    if (stack[depth].name === name) {
      stack.length = depth;
      break;
    }
  }
  return end < 0 ? source.length : end + 1;
}

function readStartTag(source: string, start: number, stack: XmlElement[]): number {
  let position = scanName(source, start + 1);
  const element = createElement(source.slice(start + 1, position));
  stack[stack.length - 1].children.push(element);
  while (position < source.length) {
    position = skipWhitespace(source, position);
    const char = source[position];
    if (char === '>') return openElement(element, stack, position + 1);
    if (char === '/' && source[position + 1] === '>') return position + 2;
    const nameEnd = scanName(source, position);
    if (nameEnd === position) {
      position++; // Garbage such as a stray quote or slash: skip it.
      continue;
    }
    position = readAttribute(source, element, position, nameEnd);
  }
  return source.length;
}

function openElement(element: XmlElement, stack: XmlElement[], resumeAt: number): number {
  if (stack.length > MAX_XML_DEPTH) throw new DocxError(`corrupt .docx: XML nested deeper than ${MAX_XML_DEPTH} levels`);
  stack.push(element);
  return resumeAt;
}

function readAttribute(source: string, element: XmlElement, nameStart: number, nameEnd: number): number {
  const name = source.slice(nameStart, nameEnd);
  let position = skipWhitespace(source, nameEnd);
  if (source[position] !== '=') {
    element.attributes[name] = '';
    return position;
  }
  position = skipWhitespace(source, position + 1);
  const quote = source[position];
  let valueEnd: number;
  let resumeAt: number;
  if (quote === '"' || quote === "'") {
    const close = source.indexOf(quote, position + 1);
    valueEnd = close < 0 ? source.length : close;
    resumeAt = valueEnd + 1;
    position++;
  } else {
    valueEnd = scanName(source, position); // Unquoted value: tolerated, read like a name.
    resumeAt = valueEnd;
  }
  element.attributes[name] = decodeEntities(source.slice(position, valueEnd));
  return resumeAt;
}

/** Advances over a name (or unquoted value): anything up to whitespace, `/`, `>`, `=` or a quote. */
function scanName(source: string, from: number): number {
  let i = from;
  while (i < source.length && !isNameTerminator(source.charCodeAt(i))) i++;
  return i;
}

function isNameTerminator(code: number): boolean {
  // space, tab, LF, CR, quote, apostrophe, slash, equals, greater-than, less-than
  return code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x2f || code === 0x3d || code === 0x3e || code === 0x3c;
}

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x3a || code > 0x7f;
}

function skipWhitespace(source: string, from: number): number {
  let i = from;
  while (i < source.length && source.charCodeAt(i) <= 0x20) i++;
  return i;
}

function appendText(stack: XmlElement[], text: string): void {
  if (text === '') return;
  const children = stack[stack.length - 1].children;
  const last = children.length - 1;
  if (last >= 0 && typeof children[last] === 'string') children[last] += text;
  else children.push(text);
}

const ENTITY_PATTERN = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric references; unknown entities stay as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_PATTERN, (_match, decimal: string, hex: string, named: string) => {
    if (named) return NAMED_ENTITIES[named];
    return codePointToString(decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16));
  });
}

function codePointToString(codePoint: number): string {
  const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : '\uFFFD';
}

const CANONICAL_PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
};

/**
 * The converter matches names like `w:p`; a producer may bind WordprocessingML to another prefix
 * (or the default namespace). Renames such prefixes, reading the declarations on the root element.
 */
function canonicalisePrefixes(documentNode: XmlElement): void {
  const root = documentNode.children.find(isElement);
  if (!root) return;
  const renames = new Map<string, string>();
  for (const [attribute, uri] of Object.entries(root.attributes)) {
    const canonical = CANONICAL_PREFIXES[uri];
    if (!canonical) continue;
    const prefix = attribute === 'xmlns' ? '' : attribute.startsWith('xmlns:') ? attribute.slice(6) : undefined;
    if (prefix !== undefined && prefix !== canonical) renames.set(prefix, canonical);
  }
  if (renames.size > 0) renamePrefixes(root, renames);
}

function renamePrefixes(element: XmlElement, renames: Map<string, string>): void {
  element.name = renameQualifiedName(element.name, renames);
  const attributes = createElement('').attributes;
  for (const [name, value] of Object.entries(element.attributes)) {
    // Unprefixed attributes have no namespace, so only prefixed ones are renamed.
    attributes[name.includes(':') ? renameQualifiedName(name, renames) : name] = value;
  }
  element.attributes = attributes;
  for (const child of element.children) if (isElement(child)) renamePrefixes(child, renames);
}

function renameQualifiedName(name: string, renames: Map<string, string>): string {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const canonical = renames.get(prefix);
  if (canonical === undefined || prefix === 'xmlns' || name === 'xmlns') return name;
  return `${canonical}:${name.slice(colon + 1)}`;
}

function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement);
}

function firstChildElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child): child is XmlElement => isElement(child) && child.name === name);
}

function findDescendants(element: XmlElement, matches: (el: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [element];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current !== element && matches(current)) found.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) {
      const child = current.children[i];
      if (isElement(child)) pending.push(child);
    }
  }
  return found;
}

function textContent(element: XmlElement): string {
  return element.children.map((child) => (isElement(child) ? textContent(child) : child)).join('');
}

// ---------------------------------------------------------------------------------------------
// Styles: bold and italic often come from a paragraph style (e.g. a "Heading 2" used for the
// agency name), so they are resolved through styles.xml as well as direct formatting.

interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  hidden?: boolean;
  /** `w:caps` / `w:smallCaps`: typed in lower case, shown in capitals (`Khẩn`, agency lines). */
  caps?: boolean;
}

/** A `w:numPr`: which list (`w:numId`, `0` = none) and which level (`w:ilvl`); each may be absent. */
interface NumberingProperties {
  numId?: string;
  ilvl?: number;
}

interface StyleDefinition {
  basedOn?: string;
  format: RunFormat;
  /** The style's `w:numPr`, attaching Word auto-numbering; undefined when it has none. */
  numbering?: NumberingProperties;
}

interface StyleSheet {
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

function readStyleSheet(archive: ZipArchive, documentPath: string, warnings: DecodeWarning[]): StyleSheet {
  const path =
    findRelationshipTarget(archive, documentPath, STYLES_RELATIONSHIP) ??
    posix.join(posix.dirname(documentPath), 'styles.xml');
  if (!archive.findEntry(path)) return EMPTY_STYLE_SHEET;
  try {
    return parseStyleSheet(parseXml(decodeXmlBytes(archive.readEntry(path))));
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
function readRunFormat(runProperties: XmlElement | undefined): RunFormat {
  const format: RunFormat = {};
  if (!runProperties) return format;
  for (const property of childElements(runProperties)) {
    const on = isOn(property.attributes['w:val']);
    if (property.name === 'w:b') format.bold = on;
    else if (property.name === 'w:i') format.italic = on;
    else if (property.name === 'w:vanish') format.hidden = on;
    else if (property.name === 'w:caps' || property.name === 'w:smallCaps') format.caps = on;
  }
  return format;
}

/** OOXML on/off values: absent means on; `0`, `false`, `off` mean off. */
function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

/** The `w:numPr` of a `w:pPr`; undefined when there is none, so that a style's numbering can apply. */
function readNumberingProperties(paragraphProperties: XmlElement): NumberingProperties | undefined {
  const numbering = firstChildElement(paragraphProperties, 'w:numPr');
  if (!numbering) return undefined;
  const numId = firstChildElement(numbering, 'w:numId')?.attributes['w:val']?.trim();
  const ilvl = readInteger(firstChildElement(numbering, 'w:ilvl'));
  return { numId, ilvl: ilvl === undefined ? undefined : Math.min(Math.max(ilvl, 0), LEVEL_COUNT - 1) };
}

/** The integer `w:val` of an element; undefined when the element or a sensible value is missing. */
function readInteger(element: XmlElement | undefined): number | undefined {
  const value = element?.attributes['w:val'];
  if (value === undefined || !/^\s*[-+]?\d+\s*$/.test(value)) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Math.min(Math.max(parsed, -MAX_NUMBER_VALUE), MAX_NUMBER_VALUE);
}

/** Counter values are kept well inside the safe integers (`w:start` is a 32-bit value anyway). */
const MAX_NUMBER_VALUE = 2 ** 31 - 1;

/** Merges a style with the styles it is based on; the style's own values win. */
function resolveStyle(styles: Map<string, StyleDefinition>, id: string | undefined): StyleDefinition {
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
function mergeFormats(...layers: RunFormat[]): RunFormat {
  const merged: RunFormat = {};
  for (const key of ['bold', 'italic', 'hidden', 'caps'] as const) {
    merged[key] = layers.find((layer) => layer[key] !== undefined)?.[key];
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Numbering definitions (word/numbering.xml): read into the plain form numbering.ts counts with.

function readNumberingDefinitions(
  archive: ZipArchive,
  documentPath: string,
  styles: StyleSheet,
  warnings: DecodeWarning[],
): NumberingDefinitions | undefined {
  const declared = findRelationshipTarget(archive, documentPath, NUMBERING_RELATIONSHIP);
  const entry =
    (declared && archive.findEntry(declared)) || archive.findEntry(posix.join(posix.dirname(documentPath), 'numbering.xml'));
  if (!entry) return undefined;
  try {
    return parseNumbering(parseXml(decodeXmlBytes(archive.readEntry(entry.name))), styles);
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

// ---------------------------------------------------------------------------------------------
// Document model: w:body → blocks of inline items. Kept independent of markdown so the same
// paragraph renders as a body paragraph or inside a table cell.

interface TextInline {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
}
type Inline = TextInline | { kind: 'lineBreak' } | { kind: 'pageBreak' };

interface TableCell {
  blocks: Block[];
  /** A vertically merged continuation cell: rendered empty. */
  continuation: boolean;
  /** Grid columns the cell spans (`w:gridSpan`). */
  span: number;
}

type Block =
  /** `unnumbered`: Word numbers this paragraph, but its list definition is missing. */
  | { kind: 'paragraph'; inlines: Inline[]; unnumbered?: boolean }
  | { kind: 'pageBreak' }
  | { kind: 'table'; rows: TableCell[][] };

type FieldPart = 'instruction' | 'result';

interface ConversionContext {
  styles: StyleSheet;
  /** Open complex fields (`w:fldChar`); text is dropped while any is in its instruction part. */
  fieldStack: FieldPart[];
  /** The document's list counters; undefined when it has no (readable) numbering part. */
  lists: ListCounters | undefined;
  /** Numbered paragraphs whose number could not be drawn (no numbering part, unknown list or level). */
  unnumberedParagraphs: number;
}

/** Elements that only wrap content (content controls, custom XML, tracked insertions). */
const TRANSPARENT_BLOCK_WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);
const TRANSPARENT_INLINE_WRAPPERS = new Set([
  'w:hyperlink',
  'w:smartTag',
  'w:customXml',
  'w:sdt',
  'w:sdtContent',
  'w:ins',
  'w:moveTo',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
]);
/** Tracked deletions: their text is not part of the document any more. */
const DELETED_CONTENT = new Set(['w:del', 'w:moveFrom']);

function collectBlocks(container: XmlElement, context: ConversionContext): Block[] {
  const blocks: Block[] = [];
  for (const child of childElements(container)) {
    if (child.name === 'w:p') blocks.push(...collectParagraph(child, context));
    else if (child.name === 'w:tbl') blocks.push(collectTable(child, context));
    else if (TRANSPARENT_BLOCK_WRAPPERS.has(child.name)) blocks.push(...collectBlocks(child, context));
    else if (child.name === 'mc:AlternateContent') blocks.push(...collectBlocks(chooseAlternative(child), context));
  }
  return blocks;
}

/** Of `mc:AlternateContent`, reads the first choice only, so text boxes are not read twice. */
function chooseAlternative(alternateContent: XmlElement): XmlElement {
  return (
    firstChildElement(alternateContent, 'mc:Choice') ??
    firstChildElement(alternateContent, 'mc:Fallback') ??
    createElement('mc:Choice')
  );
}

/** A paragraph, split at page breaks, followed by the content of any text boxes anchored in it. */
function collectParagraph(paragraph: XmlElement, context: ConversionContext): Block[] {
  const properties = firstChildElement(paragraph, 'w:pPr');
  const styleId =
    (properties && firstChildElement(properties, 'w:pStyle')?.attributes['w:val']) ??
    context.styles.defaultParagraphStyle;
  const paragraphStyle = resolveStyle(context.styles.paragraphStyles, styleId);
  // Counted before the content, so that paragraphs in text boxes anchored here come after it.
  const unnumberedBefore = context.unnumberedParagraphs;
  const label = numberParagraph(properties, styleId, paragraphStyle, context);

  const collector: InlineCollector = { inlines: [], floating: [], paragraphFormat: paragraphStyle.format, context };
  collectInlines(paragraph, collector);
  endParagraphFields(context);
  if (label) insertLabel(collector.inlines, label);

  const blocks: Block[] = [];
  const breakBefore = properties && firstChildElement(properties, 'w:pageBreakBefore');
  if (breakBefore && isOn(breakBefore.attributes['w:val'])) blocks.push({ kind: 'pageBreak' });
  const own = splitAtPageBreaks(collector.inlines);
  const first = own.find((block) => block.kind === 'paragraph');
  if (first?.kind === 'paragraph' && context.unnumberedParagraphs > unnumberedBefore) first.unnumbered = true;
  blocks.push(...own, ...collector.floating);
  return blocks;
}

/**
 * The automatic number of a paragraph, as Word draws it, or undefined when it has none. The list
 * comes from the paragraph's `w:numPr` or its style's (`w:numId` 0 switches numbering off); the
 * level from the same places, else from the list level linked to the paragraph's style
 * (`w:lvl/w:pStyle`, as for headings tied to a multilevel list), else level 0.
 *
 * The label takes the formatting Word gives it: the level's `w:rPr` over the paragraph mark's
 * (`w:pPr/w:rPr`) over the paragraph style; so a bold heading style gives `**Điều 1. Phạm vi**`.
 * Bullets are always a plain `- `.
 */
function numberParagraph(
  properties: XmlElement | undefined,
  styleId: string | undefined,
  paragraphStyle: StyleDefinition,
  context: ConversionContext,
): TextInline | undefined {
  const direct = properties && readNumberingProperties(properties);
  const numId = direct?.numId ?? paragraphStyle.numbering?.numId;
  if (numId === undefined || numId === '0') return undefined;
  const { lists, styles } = context;
  const ilvl =
    direct?.ilvl ??
    paragraphStyle.numbering?.ilvl ??
    (styleId !== undefined ? lists?.levelForStyle(numId, styleId) : undefined) ??
    0;
  const label = lists?.next(numId, ilvl);
  if (!label) {
    context.unnumberedParagraphs++;
    return undefined;
  }
  const markProperties = properties && firstChildElement(properties, 'w:rPr');
  const markStyleId = markProperties && firstChildElement(markProperties, 'w:rStyle')?.attributes['w:val'];
  const format = mergeFormats(
    label.level.runFormat,
    readRunFormat(markProperties),
    resolveStyle(styles.characterStyles, markStyleId).format,
    paragraphStyle.format,
    styles.defaults,
  );
  if (label.text === '' || format.hidden) return undefined;
  if (label.bullet) return { kind: 'text', text: '- ', bold: false, italic: false };
  return { kind: 'text', text: `${label.text} `, bold: format.bold ?? false, italic: format.italic ?? false };
}

/**
 * Puts the label before the paragraph's first visible text, whose leading blanks go (Word's
 * number is followed by its own tab or space). A paragraph with no text keeps no label: Word
 * still counts it, but a bare `3.` line would only be noise.
 */
function insertLabel(inlines: Inline[], label: TextInline): void {
  const first = inlines.findIndex((inline) => inline.kind === 'text' && inline.text.trim() !== '');
  if (first < 0) return;
  const text = inlines[first] as TextInline;
  inlines.splice(first, 1, label, { ...text, text: text.text.replace(/^\s+/, '') });
}

/** Field instructions never span paragraphs; closing them here stops a broken field from hiding the rest. */
function endParagraphFields(context: ConversionContext): void {
  context.fieldStack = context.fieldStack.map(() => 'result');
}

function splitAtPageBreaks(inlines: Inline[]): Block[] {
  const blocks: Block[] = [];
  let current: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind !== 'pageBreak') {
      current.push(inline);
      continue;
    }
    blocks.push({ kind: 'paragraph', inlines: current }, { kind: 'pageBreak' });
    current = [];
  }
  blocks.push({ kind: 'paragraph', inlines: current });
  return blocks;
}

interface InlineCollector {
  inlines: Inline[];
  /** Blocks from text boxes, emitted after the paragraph that anchors them. */
  floating: Block[];
  paragraphFormat: RunFormat;
  context: ConversionContext;
}

function collectInlines(container: XmlElement, collector: InlineCollector): void {
  for (const child of childElements(container)) {
    if (DELETED_CONTENT.has(child.name)) continue;
    if (child.name === 'w:r') collectRun(child, collector);
    else if (TRANSPARENT_INLINE_WRAPPERS.has(child.name)) collectInlines(child, collector);
    else if (child.name === 'mc:AlternateContent') collectInlines(chooseAlternative(child), collector);
    else if (child.name === 'm:oMath' || child.name === 'm:oMathPara') pushMathText(child, collector);
    // w:pPr, bookmarks, proofing marks and the rest carry no text.
  }
}

function pushMathText(math: XmlElement, collector: InlineCollector): void {
  const text = findDescendants(math, (el) => el.name === 'm:t').map(textContent).join('');
  if (text) collector.inlines.push({ kind: 'text', text, bold: false, italic: false });
}

function collectRun(run: XmlElement, collector: InlineCollector): void {
  const format = resolveRunFormat(run, collector);
  collectRunContent(run, format, collector);
}

function resolveRunFormat(run: XmlElement, collector: InlineCollector): RunFormat {
  const { styles } = collector.context;
  const properties = firstChildElement(run, 'w:rPr');
  const characterStyleId = properties && firstChildElement(properties, 'w:rStyle')?.attributes['w:val'];
  const characterStyle = resolveStyle(styles.characterStyles, characterStyleId);
  return mergeFormats(readRunFormat(properties), characterStyle.format, collector.paragraphFormat, styles.defaults);
}

function collectRunContent(run: XmlElement, format: RunFormat, collector: InlineCollector): void {
  for (const child of childElements(run)) {
    if (child.name === 'w:fldChar') {
      updateFieldStack(collector.context, child.attributes['w:fldCharType']);
      continue;
    }
    if (format.hidden || collector.context.fieldStack.includes('instruction')) continue;
    if (child.name === 'mc:AlternateContent') collectRunContent(chooseAlternative(child), format, collector);
    else if (child.name === 'w:drawing' || child.name === 'w:pict' || child.name === 'w:object') {
      collector.floating.push(...collectTextBoxes(child, collector.context));
    } else {
      pushRunChild(child, format, collector.inlines);
    }
  }
}

function pushRunChild(child: XmlElement, format: RunFormat, inlines: Inline[]): void {
  const text = (value: string): void => {
    // The reader sees capitals; the rules (agency, urgency, tên loại) are about what is shown.
    const shown = format.caps ? value.toLocaleUpperCase('vi') : value;
    inlines.push({ kind: 'text', text: shown, bold: format.bold ?? false, italic: format.italic ?? false });
  };
  switch (child.name) {
    case 'w:t':
      text(readRunText(child));
      break;
    case 'w:tab':
    case 'w:ptab':
      text('\t');
      break;
    case 'w:br':
      inlines.push({ kind: child.attributes['w:type'] === 'page' ? 'pageBreak' : 'lineBreak' });
      break;
    case 'w:cr':
      inlines.push({ kind: 'lineBreak' });
      break;
    case 'w:noBreakHyphen':
      text('-');
      break;
    // w:instrText (field codes), w:delText, w:sym (private font code points), w:softHyphen,
    // note and comment references, w:lastRenderedPageBreak: nothing visible to keep.
  }
}

/** Text of a `w:t`; without `xml:space="preserve"` its edge whitespace is not significant. */
function readRunText(textElement: XmlElement): string {
  const raw = textContent(textElement);
  const text = textElement.attributes['xml:space'] === 'preserve' ? raw : raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  return text.replace(/\r\n?|\n/g, ' '); // A line break is only ever w:br/w:cr.
}

function updateFieldStack(context: ConversionContext, type: string | undefined): void {
  const stack = context.fieldStack;
  if (type === 'begin') stack.push('instruction');
  else if (type === 'separate' && stack.length > 0) stack[stack.length - 1] = 'result';
  else if (type === 'end') stack.pop();
}

/** Paragraphs inside text boxes of a drawing (w:txbxContent), skipping duplicate fallbacks. */
function collectTextBoxes(drawing: XmlElement, context: ConversionContext): Block[] {
  const blocks: Block[] = [];
  const pending: XmlElement[] = [drawing];
  for (let next = 0; next < pending.length; next++) {
    const current = pending[next];
    for (const child of childElements(current)) {
      if (child.name === 'w:txbxContent') blocks.push(...collectBlocks(child, context));
      else if (child.name === 'mc:AlternateContent') pending.push(chooseAlternative(child));
      else pending.push(child);
    }
  }
  return blocks;
}

function collectTable(table: XmlElement, context: ConversionContext): Block {
  const rows = findThroughWrappers(table, 'w:tr')
    .filter((row) => !isDeletedRow(row))
    .map((row) => findThroughWrappers(row, 'w:tc').map((cell) => collectCell(cell, context)));
  return { kind: 'table', rows };
}

function isDeletedRow(row: XmlElement): boolean {
  const properties = firstChildElement(row, 'w:trPr');
  return properties !== undefined && firstChildElement(properties, 'w:del') !== undefined;
}

function collectCell(cell: XmlElement, context: ConversionContext): TableCell {
  const properties = firstChildElement(cell, 'w:tcPr');
  const verticalMerge = properties && firstChildElement(properties, 'w:vMerge');
  const gridSpan = Number(properties && firstChildElement(properties, 'w:gridSpan')?.attributes['w:val']);
  return {
    blocks: collectBlocks(cell, context),
    continuation: verticalMerge !== undefined && verticalMerge.attributes['w:val'] !== 'restart',
    span: Number.isInteger(gridSpan) && gridSpan > 1 ? Math.min(gridSpan, 64) : 1,
  };
}

/** Children named `name`, looking through content controls and custom XML wrappers. */
function findThroughWrappers(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(parent)) {
    if (child.name === name) found.push(child);
    else if (TRANSPARENT_BLOCK_WRAPPERS.has(child.name)) found.push(...findThroughWrappers(child, name));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Markdown rendering

const BLOCK_SEPARATOR = '\n\n';
const PAGE_BREAK_LINE = '\f';
const CELL_LINE_SEPARATOR = '<br>';

/**
 * The blocks as markdown (NFC, block by block so that offsets stay exact), and the span of the
 * first body paragraph whose automatic number is missing, for the diagnostic.
 */
function renderBody(blocks: Block[]): { text: string; firstUnnumbered: { start: number; end: number } | null } {
  let text = '';
  let firstUnnumbered: { start: number; end: number } | null = null;
  for (const block of blocks) {
    const rendered = renderBodyBlock(block).normalize('NFC');
    if (rendered === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    if (block.kind === 'paragraph' && block.unnumbered && firstUnnumbered === null) {
      firstUnnumbered = { start: text.length, end: text.length + rendered.length };
    }
    text += rendered;
  }
  return { text: text === '' ? '' : `${text}\n`, firstUnnumbered };
}

function renderBodyBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return renderLines(block.inlines, (text) => text).map(escapeLineStart).join('\n');
    case 'pageBreak':
      return PAGE_BREAK_LINE;
    case 'table':
      return renderTable(block.rows);
  }
}

/** A line starting with `#` or `>` would turn into a heading or a quote. */
function escapeLineStart(line: string): string {
  return line.startsWith('#') || line.startsWith('>') ? `\\${line}` : line;
}

function renderTable(rows: TableCell[][]): string {
  const textRows = rows
    .map((row) => row.flatMap(renderCellWithSpan))
    .filter((cells) => cells.some((cell) => cell !== ''));
  if (textRows.length === 0) return '';
  // GFM drops cells beyond the header row's count, so every row gets the same width.
  const width = Math.max(...textRows.map((cells) => cells.length));
  const lines = textRows.map((cells) => formatTableRow([...cells, ...Array<string>(width - cells.length).fill('')]));
  lines.splice(1, 0, formatTableRow(Array<string>(width).fill('---')).replaceAll(' ', ''));
  return lines.join('\n');
}

/** A cell spanning several grid columns is followed by empty cells so columns stay aligned. */
function renderCellWithSpan(cell: TableCell): string[] {
  const text = cell.continuation ? '' : renderCell(cell.blocks);
  return [text, ...Array<string>(cell.span - 1).fill('')];
}

function formatTableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Cell content on one line: paragraphs and nested tables joined with `<br>`, page breaks dropped. */
function renderCell(blocks: Block[]): string {
  return cellLines(blocks).join(CELL_LINE_SEPARATOR);
}

function cellLines(blocks: Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.kind === 'paragraph') return renderLines(block.inlines, escapePipes);
    if (block.kind === 'table') {
      return block.rows.flatMap((row) => row.filter((cell) => !cell.continuation).flatMap((cell) => cellLines(cell.blocks)));
    }
    return [];
  });
}

function escapePipes(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** Renders inline items to trimmed, non-empty lines (a `w:br` starts a new line). */
function renderLines(inlines: Inline[], escape: (text: string) => string): string[] {
  const lines: string[] = [];
  let segment: TextInline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      segment.push(inline);
    } else {
      lines.push(renderSegment(segment, escape));
      segment = [];
    }
  }
  lines.push(renderSegment(segment, escape));
  // Leading whitespace would make an indented code block; empty lines would split the paragraph.
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

function renderSegment(segment: TextInline[], escape: (text: string) => string): string {
  return groupByStyle(segment)
    .map((group) => wrapEmphasis(escape(group.text), group.bold, group.italic))
    .join('');
}

/**
 * Merges adjacent runs of the same style (Word splits text into many runs). Whitespace-only runs
 * join the style around them, so `**ỦY BAN** **NHÂN DÂN**` comes out as `**ỦY BAN NHÂN DÂN**`.
 */
function groupByStyle(segment: TextInline[]): TextInline[] {
  const groups: TextInline[] = [];
  let pendingWhitespace = '';
  for (const inline of segment) {
    if (inline.text.trim() === '') {
      pendingWhitespace += inline.text;
      continue;
    }
    const last = groups.at(-1);
    if (last && last.bold === inline.bold && last.italic === inline.italic) {
      last.text += pendingWhitespace + inline.text;
    } else {
      if (last) last.text += pendingWhitespace;
      groups.push({ ...inline, text: (last ? '' : pendingWhitespace) + inline.text });
    }
    pendingWhitespace = '';
  }
  const last = groups.at(-1);
  if (last) last.text += pendingWhitespace;
  else if (pendingWhitespace) groups.push({ kind: 'text', text: pendingWhitespace, bold: false, italic: false });
  return groups;
}

/** Puts emphasis markers around the non-whitespace core only: `**ỦY BAN**`, never `** ỦY BAN **`. */
function wrapEmphasis(text: string, bold: boolean, italic: boolean): string {
  const marker = bold && italic ? '***' : bold ? '**' : italic ? '*' : '';
  if (marker === '') return text;
  const core = text.trim();
  if (core === '') return text;
  const leading = text.slice(0, text.indexOf(core));
  const trailing = text.slice(leading.length + core.length);
  return `${leading}${marker}${core}${marker}${trailing}`;
}
