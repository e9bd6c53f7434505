/**
 * What Word keeps and text loses: for each paragraph of a .docx body, its text and the run
 * properties that decide how it looks (font, size, bold, italic, caps), and the page margins.
 * Read from word/document.xml and word/styles.xml (styles → paragraph style → run), as Word resolves them.
 */

export interface RunLook {
  readonly text: string;
  readonly font: string | null;
  /** Size in points. */
  readonly size: number | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly caps: boolean;
}

export interface DocxParagraph {
  /** 0-based index of the w:p in document order (tables included). */
  readonly index: number;
  readonly text: string;
  readonly runs: readonly RunLook[];
  /** Set when the paragraph sits in a table cell. */
  readonly cell: { readonly table: number; readonly row: number; readonly column: number } | null;
  /** In a text box or a frame (`w:txbxContent`, `w:framePr`): placed freely on the page. */
  readonly framed: boolean;
}

export interface DocxLayout {
  readonly paragraphs: readonly DocxParagraph[];
  /** Page margins in millimetres, when the section gives them. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number } | null;
  /** Columns of the first table, when the document opens with one (the two-column header). */
  readonly headerTable: { readonly columns: number; readonly paragraphs: number } | null;
}
