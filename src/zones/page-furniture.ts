/** What a page prints around the document's text: a page number between pages. */
import { PAGE_NUMBER_LINE } from '../domain/patterns.js';
import type { ClassifiedLine } from './classify.js';

/** A page number between pages (`2`, `- 2 -`, `Trang 2/3`) standing on a line of its own, outside a table. */
export function isPageFurniture({ line, kind }: ClassifiedLine): boolean {
  return kind !== 'numbered' && !line.split && !line.row && !line.cell && PAGE_NUMBER_LINE.test(line.text);
}
