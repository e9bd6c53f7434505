/** `vbparse report JOURNAL…`: merge the journals of shards (or runs) into one report. */
import type { Command } from 'commander';

export function registerReport(program: Command): Command {
  return program
    .command('report')
    .description('merge batch journals (one per shard) into one report: JSON on stdout, summary on stderr')
    .argument('<journals...>', 'journal files (.vbparse-journal*.ndjson)')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (journals: string[], options: { quiet?: boolean }) => {
      const { mergeJournals } = await import('../batch/index.js');
      const { access } = await import('node:fs/promises');
      for (const journal of journals) {
        try {
          await access(journal);
        } catch (error) {
          process.stderr.write(`vbparse: ${journal}: cannot read the journal (${(error as NodeJS.ErrnoException).code})\n`);
          process.exitCode = 2;
          return;
        }
      }
      const { report, summary } = await mergeJournals(journals);
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      if (!options.quiet) process.stderr.write(summary);
      process.exitCode = report.files.failed > 0 ? 1 : 0;
    });
}
