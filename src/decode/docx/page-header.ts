/**
 * The first page's header part, where some templates put the document's own header: the agency,
 * `Số:`, the quốc hiệu and the place and date sit in `word/header1.xml`, not in the body. Its blocks
 * are read only when they hold such a header and the body does not; any other page header (a logo,
 * a page number, a running title) stays out, as headers always did.
 */
import { NATIONAL_TITLE, PARTY_TITLE } from '../../domain/keywords.js';
import { childElements, findDescendants, firstChildElement, type XmlElement } from '../xml.js';
import { collectBlocks, type Block, type ConversionContext } from './model.js';
import { findRelationshipById, readXmlPart, type DocxArchive } from './package.js';
import { renderBody } from './render.js';

/** The blocks of the first page's header when it holds the document's header and the body does not. */
export function firstPageHeaderBlocks(archive: DocxArchive, documentPath: string, body: XmlElement, bodyText: string, context: ConversionContext): Block[] {
  if (holdsDocumentHeader(bodyText.slice(0, 1500))) return [];
  // The first section's properties: in its last paragraph, or the body's own for one section.
  const section = findDescendants(body, (el) => el.name === 'w:sectPr')[0];
  if (!section) return [];
  const titlePage = firstChildElement(section, 'w:titlePg');
  const firstPageOwn = titlePage !== undefined && !/^(?:0|false|off)$/i.test(titlePage.attributes['w:val'] ?? '');
  const references = childElements(section).filter((el) => el.name === 'w:headerReference');
  const reference = (firstPageOwn ? references.find((r) => r.attributes['w:type'] === 'first') : undefined) ?? references.find((r) => (r.attributes['w:type'] ?? 'default') === 'default');
  const id = reference?.attributes['r:id'];
  const path = id === undefined ? undefined : findRelationshipById(archive, documentPath, id);
  if (path === undefined || !archive.findEntry(path)) return [];
  const header = firstChildElement(readXmlPart(archive, path), 'w:hdr');
  if (!header) return [];
  const blocks = collectBlocks(header, context);
  return holdsDocumentHeader(renderBody(blocks).text) ? blocks : [];
}

/** The quốc hiệu or the Party's title: what only a document's own header holds. */
function holdsDocumentHeader(text: string): boolean {
  return NATIONAL_TITLE.test(text) || PARTY_TITLE.test(text);
}
