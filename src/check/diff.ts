/** A unified diff of a fixed text (fixes change words inside lines; line counts rarely change). */

function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length > 0 && lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
}

export function unifiedDiff(path: string, before: string, after: string, context = 1): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  // Common head and tail, then pair the changed middle line by line.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const changes: Array<{ aFrom: number; aTo: number; bFrom: number; bTo: number }> = [];
  if (a.length - tail - head === b.length - tail - head) {
    // Same number of lines: one hunk per run of changed lines.
    let i = head;
    while (i < a.length - tail) {
      if (a[i] === b[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < a.length - tail && a[j] !== b[j]) j++;
      changes.push({ aFrom: i, aTo: j, bFrom: i, bTo: j });
      i = j;
    }
  } else {
    changes.push({ aFrom: head, aTo: a.length - tail, bFrom: head, bTo: b.length - tail });
  }
  const show = (line: string) => (line.endsWith('\n') ? line : `${line}\n\\ No newline at end of file\n`);
  // Changes closer than twice the context share a hunk.
  const hunks: Array<typeof changes> = [];
  for (const c of changes) {
    const last = hunks[hunks.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && c.aFrom - prev.aTo <= 2 * context) last.push(c);
    else hunks.push([c]);
  }
  let out = `--- a/${path}\n+++ b/${path}\n`;
  for (const hunk of hunks) {
    const first = hunk[0]!;
    const final = hunk[hunk.length - 1]!;
    const delta = first.bFrom - first.aFrom;
    const from = Math.max(0, first.aFrom - context);
    const aEnd = Math.min(a.length, final.aTo + context);
    const bEnd = Math.min(b.length, final.bTo + context);
    out += `@@ -${from + 1},${aEnd - from} +${from + delta + 1},${bEnd - (from + delta)} @@\n`;
    let at = from;
    for (const c of hunk) {
      for (let k = at; k < c.aFrom; k++) out += ` ${show(a[k]!)}`;
      for (let k = c.aFrom; k < c.aTo; k++) out += `-${show(a[k]!)}`;
      for (let k = c.bFrom; k < c.bTo; k++) out += `+${show(b[k]!)}`;
      at = c.aTo;
    }
    for (let k = at; k < aEnd; k++) out += ` ${show(a[k]!)}`;
  }
  return out;
}
