/**
 * The duty-stats command (CONTRACT.md section 1). main(argv, io) returns the exit code:
 * 0 ran without error findings, 1 ran with error findings, 2 could not run (one message on stderr).
 */
import { parseArgs } from './args';
import { demo } from './demo';
import { CliFailure } from './files';
import { processIo, type CliIo } from './io';
import { methodExport } from './method-export';
import { abortAllOutputs } from './output-set';
import { HELP, MSG } from './messages';
import { runCommand } from './run-command';
import { archiveImport } from './archive-import';
import { templateCommand } from './template-command';
import { mergeCommand } from './merge-command';

export type ExitCode = 0 | 1 | 2;

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  const command = parseArgs(argv);
  try {
    switch (command.kind) {
      case 'help':
        io.out(HELP);
        return 0;
      case 'invalid':
        io.err(MSG.usage(command.message));
        return 2;
      case 'method-export':
        (await methodExport(command.out, io, command.force === true)).forEach((l) => io.out(l));
        return 0;
      case 'demo':
        (await demo(io)).forEach((l) => io.out(l));
        return 0;
      case 'archive-import': {
        const result = await archiveImport(command, io);
        result.lines.forEach((l) => io.out(l));
        return result.exitCode;
      }
      case 'template':
        (await templateCommand(command, io)).forEach((l) => io.out(l));
        return 0;
      case 'merge': {
        const result = await mergeCommand(command, io);
        result.lines.forEach((l) => io.out(l));
        return result.exitCode;
      }
      case 'run': {
        const result = await runCommand(command, io);
        result.lines.forEach((l) => io.out(l));
        return result.exitCode;
      }
    }
  } catch (e) {
    if (e instanceof CliFailure) {
      io.err(e.message);
    } else if (isOutOfMemory(e)) {
      io.err(MSG.outOfMemory);
    } else {
      io.err(MSG.unexpected(oneLine(e)));
      if (io.env.DUTY_STATS_DEBUG === '1' && e instanceof Error && e.stack) io.err(e.stack);
    }
    return 2;
  }
}

/** Memory running out where JavaScript can still catch it (a string or buffer too large for the heap). */
function isOutOfMemory(e: unknown): boolean {
  return e instanceof RangeError && /Invalid string length|Array buffer allocation failed|Invalid array length|Invalid typed array length/i.test(e.message);
}

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].slice(0, 300);
}

/** Run when started as the command (bin/duty-stats.cjs requires this file), not when imported by tests. */
function startedAsCommand(): boolean {
  const entry = require.main;
  return entry === module || /[\\/]duty-stats(\.cjs)?$/.test(entry?.filename ?? '');
}

if (startedAsCommand()) {
  // Ctrl+C or a kill: the files this run had begun to write are removed (output stays all-or-nothing).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void abortAllOutputs().finally(() => process.exit(130));
    });
  }
  // npm run bench reads the peak memory of a real run from here.
  if (process.env.DUTY_STATS_MEMORY === '1') {
    process.once('exit', () => process.stderr.write(`duty-stats memory: peakRssMb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`));
  }
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
