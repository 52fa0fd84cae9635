/** Command-line arguments → one command (CONTRACT.md section 1). Options take `--x value` or `--x=value`; `--slips` is a flag. */
import { parseRowList, type SlipSelection } from '../core';
import { MSG } from './messages';

export interface RunArgs {
  readonly kind: 'run';
  readonly workbook: string;
  readonly method?: string;
  readonly sheet?: string;
  readonly out?: string;
  readonly report?: string;
  readonly splitUnits?: string;
  /** --docx <dir>: the circular and the unit letters as Word documents. */
  readonly docx?: string;
  /** --year <yyyy>: the year of the run, over the year rule. */
  readonly year?: string;
  /** --slips (every member), --slips-unit <单位> or --slips-rows <5-9,12>: also write 个人履职告知单, for those members. */
  readonly slips?: SlipSelection;
  /** --records <file.xlsx>: the office's records (活动记录, 提案登记) from a file of their own. */
  readonly records?: string;
}

/** duty-stats archive import <earlier result.xlsx…> --into <workbook.xlsx> [--out <result.xlsx>] (issue 13). */
export interface ArchiveImportArgs {
  readonly kind: 'archive-import';
  readonly sources: readonly string[];
  readonly into: string;
  readonly out?: string;
}

export interface TemplateArgs {
  readonly kind: 'template';
  readonly method?: string;
  readonly roster?: string;
  readonly out: string;
}

export interface MergeArgs {
  readonly kind: 'merge';
  readonly inputs: readonly string[];
  readonly roster?: string;
  readonly method?: string;
  readonly out: string;
  readonly report?: string;
  readonly force?: boolean;
}

export type Command =
  | RunArgs
  | TemplateArgs
  | MergeArgs
  | { readonly kind: 'method-export'; readonly out?: string; readonly force?: boolean }
  | ArchiveImportArgs
  | { readonly kind: 'demo' }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly message: string };

const RUN_OPTIONS = { '--method': 'method', '--sheet': 'sheet', '--out': 'out', '--report': 'report', '--split-units': 'splitUnits', '--docx': 'docx', '--year': 'year', '--slips-unit': 'slipsUnit', '--slips-rows': 'slipsRows', '--records': 'records' } as const;
const EXPORT_OPTIONS = { '--out': 'out' } as const;
const IMPORT_OPTIONS = { '--into': 'into', '--out': 'out' } as const;
const TEMPLATE_OPTIONS = { '--method': 'method', '--roster': 'roster', '--out': 'out' } as const;
const MERGE_OPTIONS = { '--method': 'method', '--roster': 'roster', '--out': 'out', '--report': 'report' } as const;
const RUN_SWITCHES = { '--slips': 'slips' } as const;
/** Options without a value. */
const EXPORT_SWITCHES = { '--force': 'force' } as const;

type Parsed<K extends string, S extends string> =
  | { readonly ok: true; readonly options: Partial<Record<K, string>>; readonly switches: Partial<Record<S, true>>; readonly positional: readonly string[] }
  | { readonly ok: false; readonly message: string };

function has(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** `--` ends the options: everything after it is a file name, even when it starts with `--` (issue 10 point 15). */
function parseOptions<K extends string, S extends string = never>(args: readonly string[], known: Readonly<Record<string, K>>, switchesKnown: Readonly<Record<string, S>> = {}): Parsed<K, S> {
  const options: Partial<Record<K, string>> = {};
  const switches: Partial<Record<S, true>> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (has(switchesKnown, flag)) {
      if (eq > 0) return { ok: false, message: MSG.switchTakesNoValue(flag) };
      if (switches[switchesKnown[flag]]) return { ok: false, message: MSG.repeatedOption(flag) };
      switches[switchesKnown[flag]] = true;
      continue;
    }
    const key = has(known, flag) ? known[flag] : undefined;
    if (key === undefined) return { ok: false, message: MSG.unknownOption(flag) };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i];
    if (value === undefined || value === '') return { ok: false, message: MSG.missingValue(flag) };
    if (options[key] !== undefined) return { ok: false, message: MSG.repeatedOption(flag) };
    options[key] = value;
  }
  return { ok: true, options, switches, positional };
}

export function parseArgs(argv: readonly string[]): Command {
  const optionsPart = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (optionsPart.includes('--help') || optionsPart.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'invalid', message: MSG.noCommand };
  if (command === 'help') return { kind: 'help' };
  if (command === 'demo') return rest.length === 0 ? { kind: 'demo' } : { kind: 'invalid', message: MSG.extraArgument(rest[0]) };
  if (command === 'method') {
    const [sub, ...more] = rest;
    if (sub !== 'export') return { kind: 'invalid', message: MSG.unknownCommand(['method', sub].filter(Boolean).join(' ')) };
    const parsed = parseOptions(more, EXPORT_OPTIONS, EXPORT_SWITCHES);
    if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
    if (parsed.positional.length > 0) return { kind: 'invalid', message: MSG.extraArgument(parsed.positional[0]) };
    return { kind: 'method-export', ...parsed.options, ...parsed.switches };
  }
  if (command === 'archive') {
    const [sub, ...more] = rest;
    if (sub !== 'import') return { kind: 'invalid', message: MSG.unknownCommand(['archive', sub].filter(Boolean).join(' ')) };
    const parsed = parseOptions(more, IMPORT_OPTIONS);
    if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
    if (parsed.positional.length === 0) return { kind: 'invalid', message: MSG.missingSources };
    if (parsed.options.into === undefined) return { kind: 'invalid', message: MSG.missingInto };
    return { kind: 'archive-import', sources: parsed.positional, into: parsed.options.into, ...(parsed.options.out !== undefined ? { out: parsed.options.out } : {}) };
  }
  if (command === 'template') {
    const parsed = parseOptions(rest, TEMPLATE_OPTIONS);
    if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
    if (parsed.positional.length > 0) return { kind: 'invalid', message: MSG.extraArgument(parsed.positional[0]) };
    const { out, ...options } = parsed.options;
    if (out === undefined) return { kind: 'invalid', message: MSG.templateNeedsOut };
    return { kind: 'template', out, ...options };
  }
  if (command === 'merge') {
    const parsed = parseOptions(rest, MERGE_OPTIONS, EXPORT_SWITCHES);
    if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
    if (parsed.positional.length === 0) return { kind: 'invalid', message: MSG.mergeNeedsInputs };
    const { out, ...options } = parsed.options;
    if (out === undefined) return { kind: 'invalid', message: MSG.mergeNeedsOut };
    return { kind: 'merge', inputs: parsed.positional, out, ...options, ...parsed.switches };
  }
  if (command === 'run') {
    const parsed = parseOptions(rest, RUN_OPTIONS, RUN_SWITCHES);
    if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
    const [workbook, extra] = parsed.positional;
    if (workbook === undefined) return { kind: 'invalid', message: MSG.missingWorkbook };
    if (extra !== undefined) return { kind: 'invalid', message: MSG.extraArgument(extra) };
    const { slipsUnit, slipsRows, ...options } = parsed.options;
    const flags = parsed.switches.slips === true;
    if ([flags, slipsUnit !== undefined, slipsRows !== undefined].filter(Boolean).length > 1) return { kind: 'invalid', message: MSG.slipsOneOf };
    let slips: SlipSelection | undefined;
    if (flags) slips = { kind: 'all' };
    if (slipsUnit !== undefined) slips = { kind: 'unit', unit: slipsUnit };
    if (slipsRows !== undefined) {
      const rows = parseRowList(slipsRows);
      if (rows === null) return { kind: 'invalid', message: MSG.slipsRows(slipsRows) };
      slips = { kind: 'rows', rows };
    }
    return { kind: 'run', workbook, ...options, ...(slips ? { slips } : {}) };
  }
  return { kind: 'invalid', message: MSG.unknownCommand(command) };
}
