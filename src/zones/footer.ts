/** Where the body ends, and the footer split into Nơi nhận, the signature block and annexes. */
import { isUpperCaseText } from '../domain/vietnamese.js';
import type { ClassifiedLine } from './classify.js';
import { holdsPersonName, isPersonName, isPositionTitle, stripSignedMark } from './names.js';
import { lineAt } from './types.js';

/** The body ends at Nơi nhận or the first authority line; failing those, after the `./.` line. */
export function findBodyEnd(lines: readonly ClassifiedLine[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const { kind } = lineAt(lines, i);
    if (kind === 'distributionLabel') return i;
    if (kind === 'authority' && !lineAt(lines, i).line.text.includes(' của ') && !bodyGoesOnAfter(lines, i)) return i;
  }
  let lastEnd = -1;
  for (let i = start; i < lines.length; i++) if (lineAt(lines, i).endsBody) lastEnd = i;
  if (lastEnd >= 0) return lastEnd + 1;
  // A signer who signs in person: a position in capitals followed by a name.
  for (let i = lines.length - 1; i > start; i--) {
    if (isPersonName(lineAt(lines, i).line.text) && i > 0 && isPositionTitle(lineAt(lines, i - 1).line.text)) return i - 1;
  }
  return lines.length;
}

/**
 * An authority line that the body goes on after (a numbered unit, then Nơi nhận further down) is
 * an example quoted by a guide (`T/M ĐOÀN CHỦ TỊCH` in HD 36), not the signature.
 */
function bodyGoesOnAfter(lines: readonly ClassifiedLine[], i: number): boolean {
  let numbered = false;
  for (let k = i + 1; k < lines.length; k++) {
    const { kind } = lineAt(lines, k);
    if (kind === 'numbered') numbered = true;
    if (kind === 'distributionLabel') return numbered;
  }
  return false;
}

interface FooterSplit {
  distribution: number[];
  signer: number[];
  annexStart: number | null;
}

/** Footer lines → Nơi nhận entries and the signature block; what follows the signature is annex. */
export function splitFooter(lines: readonly ClassifiedLine[], start: number): FooterSplit {
  const distribution: number[] = [];
  const signer: number[] = [];
  let mode: 'none' | 'distribution' | 'signer' = 'none';
  let nameFound = false;
  let distributionDone = false;
  const columns = hasFooterColumns(lines, start);
  for (let i = start; i < lines.length; i++) {
    const { kind, line } = lineAt(lines, i);
    // A signature stamp printed beside the signer is neither a recipient nor the signer.
    if (kind === 'stamp') continue;
    const inRightColumn = columns && line.column === 1;
    if (kind === 'annexHeading' || /^\[\d+\]/.test(line.text)) {
      if (nameFound || mode !== 'none') return { distribution, signer, annexStart: i };
    }
    if (inRightColumn || kind === 'authority') {
      if (nameFound && kind === 'authority') return { distribution, signer, annexStart: i };
      if (nameFound && inRightColumn) continue;
      signer.push(i);
      if (holdsPersonName(line.text)) nameFound = true;
      if (!columns) mode = 'signer';
      continue;
    }
    if (kind === 'distributionLabel') {
      if (distributionDone) return { distribution, signer, annexStart: i };
      mode = 'distribution';
      distribution.push(i);
      continue;
    }
    if (mode === 'distribution') {
      if (kind === 'signatureMark' || (isUpperCaseText(line.text) && (isPositionTitle(line.text) || precedesSignature(lines, i)))) {
        mode = 'signer';
        distributionDone = true;
        signer.push(i);
        continue;
      }
      if (!nameFound && isPersonName(stripSignedMark(line.text))) {
        signer.push(i);
        nameFound = true;
        continue;
      }
      if (nameFound && kind !== 'bullet' && line.gapBefore) return { distribution, signer, annexStart: i };
      distribution.push(i);
      continue;
    }
    if (mode === 'signer' || (mode === 'none' && !nameFound)) {
      if (nameFound) {
        if (distribution.length === 0 && kind === 'bullet') {
          mode = 'distribution';
          distribution.push(i);
          continue;
        }
        return { distribution, signer, annexStart: i };
      }
      if (distribution.length > 0) distributionDone = true;
      signer.push(i);
      if (holdsPersonName(line.text)) nameFound = true;
      mode = 'signer';
      continue;
    }
    return { distribution, signer, annexStart: i };
  }
  return { distribution, signer, annexStart: null };
}

/** A line in capitals right above `(Đã ký)` or a person's name is the signer's position. */
function precedesSignature(lines: readonly ClassifiedLine[], i: number): boolean {
  if (/^[-–+•]/.test(lineAt(lines, i).line.text)) return false;
  const next = lines[i + 1];
  return next !== undefined && (next.kind === 'signatureMark' || isPersonName(stripSignedMark(next.line.text)));
}

function hasFooterColumns(lines: readonly ClassifiedLine[], start: number): boolean {
  let left = false;
  let right = false;
  for (let i = start; i < Math.min(lines.length, start + 40); i++) {
    const { line } = lineAt(lines, i);
    if (line.column === 1) right = true;
    else if (line.split || line.cell) left = true;
  }
  return left && right;
}
