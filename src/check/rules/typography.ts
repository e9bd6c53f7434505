/** What NĐ 30 Phụ lục I §V (state) and HD 36 Phụ lục 3 (Party) ask of each component's look. */
import type { Component } from './docx-components.js';

export interface Look {
  /** Allowed sizes in points, inclusive. */
  readonly size?: readonly [number, number];
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export const STATE_LOOK: Partial<Record<Component, Look>> = {
  nationalTitle: { size: [12, 13], bold: true },
  motto: { size: [13, 14], bold: true },
  agencyParent: { size: [12, 13], bold: false },
  agencyIssuer: { size: [12, 13], bold: true },
  number: { size: [13, 13] },
  date: { size: [13, 14], italic: true },
  typeHeading: { size: [13, 14], bold: true },
  subject: { size: [13, 14], bold: true },
  letterSubject: { size: [12, 13], bold: false },
  body: { size: [13, 14] },
  distributionLabel: { size: [12, 12], bold: true, italic: true },
  distributionList: { size: [11, 11] },
  authority: { size: [13, 14], bold: true },
  signerName: { size: [13, 14], bold: true },
};

/** HD 36 Phụ lục 3 (sizes attested in its specimens; rules.md §13). */
export const PARTY_LOOK: Partial<Record<Component, Look>> = {
  partyTitle: { size: [15, 15], bold: true },
  agencyIssuer: { size: [14, 14], bold: true },
  number: { size: [14, 14] },
  date: { size: [14, 14], italic: true },
  typeHeading: { size: [15, 16], bold: true },
  subject: { size: [14, 15], bold: true },
  letterSubject: { size: [12, 12], italic: true },
  body: { size: [14, 15] },
};
