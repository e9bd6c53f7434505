/** `vbparse report journal…`: one report from the journals of several shards (or runs). */
import { latestRecords } from './journal.js';
import { ReportBuilder, summaryText, type BatchReport } from './report.js';
import { VERSION } from '../version.js';

/**
 * The last record of each path over the journals, in the order given, then the report. Paths are
 * taken in sorted order, so the report does not depend on which shard finished first.
 */
export async function mergeJournals(paths: readonly string[]): Promise<{ report: BatchReport; summary: string }> {
  const latest = await latestRecords(paths);
  const builder = new ReportBuilder(VERSION);
  for (const key of [...latest.keys()].sort()) builder.add(latest.get(key)!);
  const report = builder.build();
  return { report, summary: summaryText(report) };
}
