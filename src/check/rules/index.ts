/** Every rule, in id order: one import per file in this folder. */
import { rule as vb101 } from './vb101-national-title.js';
import { rule as vb102 } from './vb102-motto.js';
import { rule as vb103 } from './vb103-motto-dashes.js';
import { rule as vb104 } from './vb104-party-title.js';
import { rule as vb110 } from './vb110-agency-missing.js';
import { rule as vb120 } from './vb120-number-missing.js';
import { rule as vb121 } from './vb121-number-blank.js';
import { rule as vb122 } from './vb122-number-leading-zero.js';
import { rule as vb123 } from './vb123-number-format.js';
import { rule as vb124 } from './vb124-type-code-unknown.js';
import { rule as vb125 } from './vb125-type-code-mismatch.js';
import { rule as vb126 } from './vb126-type-code-in-cong-van.js';
import { rule as vb127 } from './vb127-legacy-type-code.js';
import { rule as vb130 } from './vb130-date-missing.js';
import { rule as vb131 } from './vb131-date-format.js';
import { rule as vb132 } from './vb132-date-padding.js';
import { rule as vb133 } from './vb133-date-invalid.js';
import { rule as vb134 } from './vb134-date-blank.js';
import { rule as vb140 } from './vb140-subject-missing.js';
import { rule as vb141 } from './vb141-cong-van-vv.js';
import { rule as vb150 } from './vb150-urgency-value.js';
import { rule as vb151 } from './vb151-secrecy-value.js';
import { rule as vb201 } from './vb201-recipients-missing.js';
import { rule as vb202 } from './vb202-recipients-unexpected.js';
import { rule as vb203 } from './vb203-recipients-punctuation.js';
import { rule as vb204 } from './vb204-nhu-tren-missing.js';
import { rule as vb301 } from './vb301-basis-punctuation.js';
import { rule as vb302 } from './vb302-closing-mark.js';
import { rule as vb303 } from './vb303-point-letters.js';
import { rule as vb304 } from './vb304-numbering-sequence.js';
import { rule as vb310 } from './vb310-reference-date-invalid.js';
import { rule as vb311 } from './vb311-reference-after-issue.js';
import { rule as vb312 } from './vb312-reference-first-mention.js';
import { rule as vb401 } from './vb401-signer-missing.js';
import { rule as vb402 } from './vb402-authority-prefix.js';
import { rule as vb403 } from './vb403-authority-spacing.js';
import { rule as vb404 } from './vb404-signer-academic-title.js';
import { rule as vb501 } from './vb501-distribution-missing.js';
import { rule as vb502 } from './vb502-distribution-dash.js';
import { rule as vb503 } from './vb503-distribution-punctuation.js';
import { rule as vb504 } from './vb504-archive-entry.js';
import { rule as vb601 } from './vb601-font-family.js';
import { rule as vb602 } from './vb602-font-size.js';
import { rule as vb603 } from './vb603-emphasis.js';
import { rule as vb604 } from './vb604-margins.js';
import { rule as vb605 } from './vb605-header-layout.js';
import type { Rule } from '../types.js';

export const RULES: readonly Rule[] = [vb101, vb102, vb103, vb104, vb110, vb120, vb121, vb122, vb123, vb124, vb125, vb126, vb127, vb130, vb131, vb132, vb133, vb134, vb140, vb141, vb150, vb151, vb201, vb202, vb203, vb204, vb301, vb302, vb303, vb304, vb310, vb311, vb312, vb401, vb402, vb403, vb404, vb501, vb502, vb503, vb504, vb601, vb602, vb603, vb604, vb605];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id || r.name === id);
}
