/**
 * The block structure markdown gives us: GFM tables with the source span of every cell, read by
 * the linear table reader in `tables.ts`. Everything else is read line by line, because converter
 * output is only markdown-ish (broken emphasis, 4-space indents that are layout, not code).
 */
export { findTables, type CellSpan, type TableFinder, type TableSpan } from './tables.js';
