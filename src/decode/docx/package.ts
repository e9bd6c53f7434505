/** The .docx package: the zip container, its relationships and parts. */
import { posix } from 'node:path';
import { InputError } from '../../errors.js';
import { hasZipSignature, openZip, ZipError, type ZipArchive } from '../zip.js';
import { decodeXmlBytes, findDescendants, firstChildElement, localName, parseXml, XmlLimitError, type XmlBudget, type XmlElement } from '../xml.js';

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

/** True when the bytes start like a zip archive (`PK\x03\x04`), as every .docx does. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return hasZipSignature(bytes);
}

/**
 * Bounds on what one .docx may expand to, checked while reading: a small file can inflate to
 * hundreds of megabytes of XML (a zip bomb) or to millions of elements; past these limits the file
 * is refused (`E_DOCX`, exit 2) instead of exhausting memory. Real documents stay far below them.
 */
export interface DocxLimits {
  /** Inflated bytes of one part (default 32 MiB). */
  readonly maxPartBytes: number;
  /** Inflated bytes of all the parts read (default 64 MiB). */
  readonly maxPackageBytes: number;
  /** XML elements of all the parts read (default 1,000,000). */
  readonly maxElements: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = { maxPartBytes: 32 * 1024 * 1024, maxPackageBytes: 64 * 1024 * 1024, maxElements: 1_000_000 };

/** An opened .docx: its zip archive and what may still be read from it. */
export interface DocxArchive extends ZipArchive {
  readonly xmlBudget: XmlBudget;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const DEFAULT_DOCUMENT_PATH = 'word/document.xml';
const OFFICE_DOCUMENT_RELATIONSHIP = '/officeDocument';
export const STYLES_RELATIONSHIP = '/styles';
export const NUMBERING_RELATIONSHIP = '/numbering';

export function openDocxArchive(bytes: Uint8Array, limits: DocxLimits = DEFAULT_DOCX_LIMITS): DocxArchive {
  if (!looksLikeZip(bytes)) {
    if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
      throw new DocxError('not a .docx file: this is a legacy binary Word (.doc) file, save it as .docx first');
    }
    throw new DocxError('not a .docx file: it does not start like a zip archive');
  }
  try {
    const archive = openZip(bytes, { maxEntryBytes: limits.maxPartBytes, maxTotalBytes: limits.maxPackageBytes });
    return { ...archive, xmlBudget: { elements: limits.maxElements, limit: limits.maxElements } };
  } catch (error) {
    throw asDocxError(error);
  }
}

export function readPart(archive: ZipArchive, path: string): Uint8Array {
  try {
    return archive.readEntry(path);
  } catch (error) {
    throw asDocxError(error);
  }
}

/** Reads and parses an XML part; what cannot be read is a `DocxError`. */
export function readXmlPart(archive: DocxArchive, path: string): XmlElement {
  const bytes = readPart(archive, path);
  try {
    return parseXml(decodeXmlBytes(bytes), { budget: archive.xmlBudget });
  } catch (error) {
    throw asDocxError(error);
  }
}

function asDocxError(error: unknown): DocxError {
  if (error instanceof ZipError && error.overLimit) return new DocxError(`refused .docx (a zip bomb?): ${error.message}`, { cause: error });
  if (error instanceof XmlLimitError) return new DocxError(`refused .docx: ${error.message}`, { cause: error });
  if (error instanceof ZipError) return new DocxError(`cannot read .docx: ${error.message}`, { cause: error });
  if (error instanceof DocxError) return error;
  return new DocxError(`corrupt .docx: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/** The package relationships name the main part; `word/document.xml` is the usual fallback. */
export function findMainDocumentPath(archive: DocxArchive): string {
  const declared = findRelationshipTarget(archive, '', OFFICE_DOCUMENT_RELATIONSHIP);
  const entry = (declared && archive.findEntry(declared)) || archive.findEntry(DEFAULT_DOCUMENT_PATH);
  if (entry) return entry.name;
  throw new DocxError(`not a .docx file: the archive has no ${DEFAULT_DOCUMENT_PATH}`);
}

/** Resolves the target of the first relationship of `sourcePath` whose type ends with `typeSuffix`. */
export function findRelationshipTarget(archive: DocxArchive, sourcePath: string, typeSuffix: string): string | undefined {
  return findRelationship(archive, sourcePath, (type) => type.endsWith(typeSuffix));
}

/** Resolves the target of the relationship of `sourcePath` with id `id` (`r:id="rId7"`). */
export function findRelationshipById(archive: DocxArchive, sourcePath: string, id: string): string | undefined {
  return findRelationship(archive, sourcePath, (_type, relationshipId) => relationshipId === id);
}

function findRelationship(archive: DocxArchive, sourcePath: string, wanted: (type: string, id: string) => boolean): string | undefined {
  const sourceDir = sourcePath === '' ? '' : posix.dirname(sourcePath);
  const relsPath = posix.join(sourceDir, '_rels', `${posix.basename(sourcePath)}.rels`);
  if (!archive.findEntry(relsPath)) return undefined;
  let relationships: XmlElement;
  try {
    relationships = parseXml(decodeXmlBytes(archive.readEntry(relsPath)), { budget: archive.xmlBudget });
  } catch {
    return undefined; // A broken relationships part only costs us the fallback path.
  }
  for (const relationship of findDescendants(relationships, (el) => localName(el.name) === 'Relationship')) {
    const type = relationship.attributes['Type'] ?? '';
    const target = relationship.attributes['Target'];
    if (!wanted(type, relationship.attributes['Id'] ?? '') || !target || relationship.attributes['TargetMode'] === 'External') continue;
    return resolvePartPath(sourceDir, target);
  }
  return undefined;
}

function resolvePartPath(baseDir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : posix.join(baseDir, target);
  return posix.normalize(joined).replace(/^(\.\.\/)+/, '');
}

export function findBody(document: XmlElement, documentPath: string): XmlElement {
  const root = firstChildElement(document, 'w:document');
  const body = root && firstChildElement(root, 'w:body');
  if (!body) throw new DocxError(`corrupt .docx: ${documentPath} has no w:document/w:body`);
  return body;
}


