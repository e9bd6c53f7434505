/**
 * Document model: w:body → blocks of inline items. Kept independent of markdown so the same
 * paragraph renders as a body paragraph or inside a table cell.
 */
import { convertFontText } from '../legacy/fonts.js';
import { ListCounters } from './numbering.js';
import { isOn, mergeFormats, readNumberingProperties, readRunFormat, resolveStyle, type RunFormat, type StyleDefinition, type StyleSheet } from './styles.js';
import { childElements, createElement, findDescendants, firstChildElement, textContent, type XmlElement } from '../xml.js';

export interface TextInline {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
}
export type Inline = TextInline | { kind: 'lineBreak' } | { kind: 'pageBreak' };

export interface TableCell {
  blocks: Block[];
  /** A vertically merged continuation cell: rendered empty. */
  continuation: boolean;
  /** Grid columns the cell spans (`w:gridSpan`). */
  span: number;
}

export type Block =
  /** `unnumbered`: Word numbers this paragraph, but its list definition is missing. */
  | { kind: 'paragraph'; inlines: Inline[]; unnumbered?: boolean }
  | { kind: 'pageBreak' }
  | { kind: 'table'; rows: TableCell[][] };

type FieldPart = 'instruction' | 'result';

export interface ConversionContext {
  styles: StyleSheet;
  /** Open complex fields (`w:fldChar`); text is dropped while any is in its instruction part. */
  fieldStack: FieldPart[];
  /** The document's list counters; undefined when it has no (readable) numbering part. */
  lists: ListCounters | undefined;
  /** Numbered paragraphs whose number could not be drawn (no numbering part, unknown list or level). */
  unnumberedParagraphs: number;
  /** Legacy fonts (`.VnTime`, `VNI-Times`) whose text is in their encoding: converted to Unicode. */
  legacyFonts?: Set<string>;
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

export function collectBlocks(container: XmlElement, context: ConversionContext): Block[] {
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
export function chooseAlternative(alternateContent: XmlElement): XmlElement {
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
      // Text in a legacy font is converted only where the document's text in that font is legacy.
      const legacy = format.font !== undefined && collector.context.legacyFonts?.has(format.font) === true;
      pushRunChild(child, legacy ? format : { ...format, font: undefined }, collector.inlines);
    }
  }
}

function pushRunChild(child: XmlElement, format: RunFormat, inlines: Inline[]): void {
  const text = (value: string): void => {
    // A legacy font's letters are in its own encoding (TCVN3, VNI).
    const unicode = convertFontText(value, format.font);
    // The reader sees capitals; the rules (agency, urgency, tên loại) are about what is shown.
    const shown = format.caps ? unicode.toUpperCase() : unicode;
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
  // Breadth first, in document order: `pending` grows while it is read.
  for (let next = 0, current = pending[0]; current !== undefined; current = pending[++next]) {
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

