/**
 * A small tolerant XML parser: elements, attributes, text, CDATA, the predefined and numeric
 * entities. Comments, processing instructions and DOCTYPE are skipped; DTD entities are never
 * expanded (no entity-expansion bombs). Mismatched end tags are tolerated.
 */

/** XML that cannot be read safely (nested too deep). */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

/** The XML has more elements than its budget allows. */
export class XmlLimitError extends XmlError {
  constructor(readonly limit: number) {
    super(`its XML has more than ${limit.toLocaleString('en-US')} elements`);
    this.name = 'XmlLimitError';
  }
}

/** Deeper nesting than this is not a real document and would exhaust the stack later. */
const MAX_XML_DEPTH = 1000;

/**
 * How many elements may still be read; shared by the parts of one package, so that the work and
 * the memory of a whole document are bounded, not only those of one part. `limit` names the
 * original allowance in the error message.
 */
export interface XmlBudget {
  elements: number;
  readonly limit?: number;
}

export interface XmlOptions {
  /** Elements left to read; reading more throws an `XmlError` (checked while reading). */
  readonly budget?: XmlBudget;
}

/** Parses `source` into a tree; throws `XmlError` when nested too deep or over the element budget. */
export function parseXml(source: string, options: XmlOptions = {}): XmlElement {
  const documentNode = createElement('#document');
  const stack: XmlElement[] = [documentNode];
  const budget = options.budget ?? { elements: Number.POSITIVE_INFINITY };
  let position = 0;
  while (position < source.length) {
    const tagStart = source.indexOf('<', position);
    const textEnd = tagStart < 0 ? source.length : tagStart;
    if (textEnd > position) appendText(stack, decodeEntities(source.slice(position, textEnd)));
    if (tagStart < 0) break;
    position = readMarkup(source, tagStart, stack, budget);
  }
  canonicalisePrefixes(documentNode);
  return documentNode;
}

export function createElement(name: string): XmlElement {
  return { name, attributes: Object.create(null) as Record<string, string>, children: [] };
}

/** Reads the markup starting at `start` (a `<`) into the tree; returns where reading resumes. */
function readMarkup(source: string, start: number, stack: XmlElement[], budget: XmlBudget): number {
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
  return readStartTag(source, start, stack, budget);
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
    if (stack[depth]?.name === name) {
      stack.length = depth;
      break;
    }
  }
  return end < 0 ? source.length : end + 1;
}

function readStartTag(source: string, start: number, stack: XmlElement[], budget: XmlBudget): number {
  if (--budget.elements < 0) throw new XmlLimitError(budget.limit ?? 0);
  let position = scanName(source, start + 1);
  const element = createElement(source.slice(start + 1, position));
  stack.at(-1)?.children.push(element);
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
  if (stack.length > MAX_XML_DEPTH) throw new XmlError(`XML nested deeper than ${MAX_XML_DEPTH} levels`);
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
  const children = stack.at(-1)?.children;
  if (!children) return;
  const last = children.length - 1;
  const previous = children[last];
  if (typeof previous === 'string') children[last] = previous + text;
  else children.push(text);
}

const ENTITY_PATTERN = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric references; unknown entities stay as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_PATTERN, (_match, decimal: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named) return NAMED_ENTITIES[named] ?? `&${named};`;
    return codePointToString(decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16));
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

export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement);
}

export function firstChildElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child): child is XmlElement => isElement(child) && child.name === name);
}

export function findDescendants(element: XmlElement, matches: (el: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [element];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (current !== element && matches(current)) found.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) {
      const child = current.children[i];
      if (child !== undefined && isElement(child)) pending.push(child);
    }
  }
  return found;
}

export function textContent(element: XmlElement): string {
  return element.children.map((child) => (isElement(child) ? textContent(child) : child)).join('');
}


/** XML parts are UTF-8 in practice; UTF-16 is allowed by the spec and announced by a BOM. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
