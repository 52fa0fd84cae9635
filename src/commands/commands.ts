/**
 * The ribbon's ExecuteFunction handlers (FunctionFile commands.html, see manifest.xml). Each runs
 * the same host-agnostic step as the task pane (src/host/workflow.ts), hands the outcome to a small
 * dialog and ALWAYS calls event.completed() — right after the hand-off, never after the user closes
 * the dialog: Office ends a command's runtime five minutes after the click (Office Add-ins docs,
 * "Add-in commands": the function must call completed(); a long-running one is ended), and a
 * second click while the first is still waiting would look dead.
 *
 * Webpack (webpack.config.js): entry `commands` → this file with template src/commands/commands.html;
 * entry `result` → src/commands/result.ts with template src/commands/result.html (the dialog page).
 */
import { ExcelHost } from '../host/excel/excel-host';
import { officeRun } from '../host/excel/office-run';
import { checkExcelSupport, type SupportCheck } from '../host/excel/requirements';
import type { HostPort } from '../host/port';
import { clearMarks, runStep, slipsForSelection, timestamp } from '../host/workflow';
import { officeEnvironment, runExcelSelfCheck } from '../host/excel/self-check';
import { selfCheckFailure, selfCheckOutcome } from './self-check-outcome';
import { showOutcome } from './dialog';
import { clearOutcome, COMMAND_TITLES, errorOutcome, outcome, stepOutcome, type CommandName, type CommandOutcome } from './outcome';

/** FunctionName in manifest.xml → the command it runs. */
export const FUNCTIONS: Readonly<Record<string, CommandName>> = {
  validateData: 'validate',
  runYearEnd: 'all',
  makeNotices: 'notices',
  makeShortlist: 'shortlist',
  makeSlips: 'slips',
  makeSlipsSelected: 'slipsSelected',
  clearMarks: 'clear',
  selfCheck: 'selfCheck',
};

export interface CommandDeps {
  readonly host: () => HostPort;
  readonly support: () => SupportCheck;
  readonly show: (o: CommandOutcome) => Promise<void>;
  /** 环境自检 (runs whatever the requirement sets say: reporting them is its point). */
  readonly selfCheck?: () => Promise<CommandOutcome>;
}

/** What a handler needs of Office.AddinCommands.Event. */
export interface CommandEvent {
  completed(): void;
}

export async function runCommand(command: CommandName, deps: CommandDeps): Promise<CommandOutcome> {
  if (command === 'selfCheck') return deps.selfCheck ? deps.selfCheck() : outcome(false, '环境自检：无法运行', ['这个版本没有提供环境自检。']);
  const support = deps.support();
  if (!support.ok) return outcome(false, `${COMMAND_TITLES[command]}：无法运行`, [support.message]);
  const host = deps.host();
  if (command === 'clear') return clearOutcome(await clearMarks(host));
  if (command === 'slipsSelected') return stepOutcome('slips', await slipsForSelection(host));
  return stepOutcome(command, await runStep(host, command));
}

export function handler(command: CommandName, deps: CommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let result: CommandOutcome;
      try {
        result = await runCommand(command, deps);
      } catch (e) {
        result = errorOutcome(command, e);
      }
      await deps.show(result);
    } catch {
      // Nothing more to tell: the dialog itself failed.
    } finally {
      event.completed();
    }
  };
}

const ready = Office.onReady();

const defaults: CommandDeps = {
  host: () => new ExcelHost(officeRun),
  support: () => checkExcelSupport(),
  show: async (o) => {
    await ready;
    await showOutcome(Office.context.ui, window.location.href, o, Office.context.requirements.isSetSupported('DialogApi', '1.2'));
  },
  selfCheck: async () => {
    await ready;
    try {
      return selfCheckOutcome(await runExcelSelfCheck(officeRun, officeEnvironment(timestamp(new Date()))));
    } catch (e) {
      return selfCheckFailure(e);
    }
  },
};

for (const [name, command] of Object.entries(FUNCTIONS)) Office.actions.associate(name, handler(command, defaults));
