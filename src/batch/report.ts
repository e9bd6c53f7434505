/**
 * The report of a batch: what was seen, parsed, skipped and failed, and a quality profile of the
 * archive (the share of documents in which each main field was found, the documents with warnings
 * by rule id). Built one record at a time, so that it costs the same for 2,000 and 200,000 files;
 * a run and a merge of shard journals (`vbparse report`) build it from the same records.
 */
import { PROFILED_FIELDS, type ProfiledField } from './protocol.js';
import type { JournalRecord } from './journal.js';

export interface FileProblem {
  readonly path: string;
  readonly status: string;
  readonly code: string | null;
  readonly reason: string | null;
}

export interface BatchReport {
  readonly vbparse: string;
  readonly files: { seen: number; parsed: number; skipped: number; unchanged: number; failed: number; timedOut: number };
  /** Failed and timed-out files, by path. */
  readonly failed: FileProblem[];
  /** Skipped files other than unchanged ones (links out of the tree, loops…), by path. */
  readonly skipped: FileProblem[];
  /** Documents with a result (parsed now, or unchanged since a parse): the profile's denominator. */
  readonly documents: number;
  readonly fields: Record<ProfiledField, { found: number; share: number }>;
  /** Rule id → number of documents with at least one warning or error of that rule. */
  readonly warnings: Record<string, number>;
  /** Wall time of the run (for a merge: from the first to the last record). */
  readonly seconds: number;
  /** Time spent on the files themselves, summed over workers. */
  readonly fileSeconds: number;
  /** Peak resident memory of the process, workers included (MB); null for a merge of journals. */
  readonly peakRssMb: number | null;
  /** CPU time of the process, all threads (user + system); null for a merge of journals. */
  readonly cpuSeconds: number | null;
}

const byPath = (a: FileProblem, b: FileProblem) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export class ReportBuilder {
  private seen = 0;
  private parsed = 0;
  private skippedCount = 0;
  private unchanged = 0;
  private failedCount = 0;
  private timedOut = 0;
  private documents = 0;
  private fileMs = 0;
  private readonly failures: FileProblem[] = [];
  private readonly skips: FileProblem[] = [];
  private readonly fieldCounts = new Map<ProfiledField, number>(PROFILED_FIELDS.map((f) => [f, 0]));
  private readonly rules = new Map<string, number>();
  private firstAt: string | null = null;
  private lastAt: string | null = null;

  constructor(private readonly version: string) {}

  add(record: JournalRecord): void {
    this.seen++;
    this.fileMs += record.ms;
    if (this.firstAt === null || record.at < this.firstAt) this.firstAt = record.at;
    if (this.lastAt === null || record.at > this.lastAt) this.lastAt = record.at;
    const problem = { path: record.path, status: record.status, code: record.code, reason: record.reason };
    switch (record.status) {
      case 'ok':
        this.parsed++;
        break;
      case 'failed':
        this.failedCount++;
        this.failures.push(problem);
        break;
      case 'timeout':
        this.failedCount++;
        this.timedOut++;
        this.failures.push(problem);
        break;
      case 'skipped':
        this.skippedCount++;
        if (record.code === 'unchanged') this.unchanged++;
        else this.skips.push(problem);
        break;
    }
    if (record.status === 'ok' || (record.status === 'skipped' && record.was === 'ok')) {
      this.documents++;
      for (const field of record.found) this.fieldCounts.set(field, (this.fieldCounts.get(field) ?? 0) + 1);
      for (const rule of record.warnings) this.rules.set(rule, (this.rules.get(rule) ?? 0) + 1);
    }
  }

  /** `seconds`: the run's wall time; omitted for a merge, where it is read from the records' times. */
  build(seconds?: number, peakRssMb: number | null = null, cpuSeconds: number | null = null): BatchReport {
    const fields = {} as BatchReport['fields'];
    for (const field of PROFILED_FIELDS) {
      const found = this.fieldCounts.get(field) ?? 0;
      fields[field] = { found, share: this.documents === 0 ? 0 : Math.round((found / this.documents) * 10000) / 10000 };
    }
    const warnings: Record<string, number> = {};
    for (const rule of [...this.rules.keys()].sort()) warnings[rule] = this.rules.get(rule)!;
    const span = this.firstAt !== null && this.lastAt !== null ? (Date.parse(this.lastAt) - Date.parse(this.firstAt)) / 1000 : 0;
    return {
      vbparse: this.version,
      files: { seen: this.seen, parsed: this.parsed, skipped: this.skippedCount, unchanged: this.unchanged, failed: this.failedCount, timedOut: this.timedOut },
      failed: [...this.failures].sort(byPath),
      skipped: [...this.skips].sort(byPath),
      documents: this.documents,
      fields,
      warnings,
      seconds: Math.round((seconds ?? span) * 1000) / 1000,
      fileSeconds: Math.round(this.fileMs) / 1000,
      peakRssMb,
      cpuSeconds: cpuSeconds === null ? null : Math.round(cpuSeconds * 1000) / 1000,
    };
  }
}

const FIELD_NAMES: Record<ProfiledField, string> = {
  agency: 'agency',
  number: 'number',
  date: 'date',
  subject: 'subject',
  recipients: 'Kính gửi',
  signer: 'signer',
  distribution: 'Nơi nhận',
};

/** The human summary printed on stderr at the end of a run (and by `vbparse report`). */
export function summaryText(report: BatchReport, options: { interrupted?: boolean; color?: boolean; listLimit?: number } = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const f = report.files;
  const rate = report.seconds > 0 ? ` (${Math.round((f.parsed + f.failed) / report.seconds)} files/s)` : '';
  const lines: string[] = [];
  const failedText = f.failed > 0 ? paint(31, `${f.failed} failed${f.timedOut > 0 ? ` (${f.timedOut} timed out)` : ''}`) : '0 failed';
  lines.push(
    `vbparse: ${options.interrupted ? paint(33, 'interrupted: ') : ''}${f.seen} files: ${f.parsed} parsed, ${f.skipped} skipped${f.unchanged > 0 ? ` (${f.unchanged} unchanged)` : ''}, ${failedText} in ${report.seconds.toFixed(1)} s${rate}`,
  );
  if (report.documents > 0) {
    const shares = (Object.keys(report.fields) as ProfiledField[]).map((field) => `${FIELD_NAMES[field]} ${Math.round(report.fields[field].share * 100)}%`);
    lines.push(`  found in ${report.documents} documents: ${shares.join(', ')}`);
  }
  const rules = Object.entries(report.warnings).sort((a, b) => b[1] - a[1]);
  if (rules.length > 0) lines.push(`  documents with warnings: ${rules.slice(0, 6).map(([rule, n]) => `${rule} ${n}`).join(', ')}${rules.length > 6 ? ', …' : ''}`);
  const limit = options.listLimit ?? 10;
  for (const problem of report.failed.slice(0, limit)) lines.push(`  ${paint(31, problem.status)} ${problem.path}: ${problem.code} ${problem.reason ?? ''}`.trimEnd());
  if (report.failed.length > limit) lines.push(`  … and ${report.failed.length - limit} more (see --report)`);
  for (const problem of report.skipped.slice(0, limit)) lines.push(`  skipped ${problem.path}: ${problem.reason ?? problem.code}`);
  if (report.skipped.length > limit) lines.push(`  … and ${report.skipped.length - limit} more skipped (see --report)`);
  return `${lines.join('\n')}\n`;
}
