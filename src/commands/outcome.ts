/**
 * What a ribbon command tells the user when it is done: a title and a few lines in Chinese, from
 * the step's result (members, graded / pending / vetoed, errors, warnings, grades) or its error.
 * Travels to the result dialog by messageChild (dialog.ts); in the page address only where Office
 * has no messageChild, clipped to fit.
 */
import { yearText } from '../core';
import type { StepName, StepResult } from '../host/workflow';

/** A ribbon command: a workflow step, 清除标记, 个人告知单 for the selected rows, or 环境自检. */
export type CommandName = StepName | 'clear' | 'slipsSelected' | 'selfCheck';

export interface CommandOutcome {
  readonly ok: boolean;
  readonly title: string;
  readonly lines: readonly string[];
}

export const COMMAND_TITLES: Readonly<Record<CommandName, string>> = {
  validate: '校验数据',
  all: '一键年度汇总',
  notices: '生成通报',
  shortlist: '优秀委员名单',
  slips: '个人告知单',
  slipsSelected: '个人告知单',
  selfCheck: '环境自检',
  clear: '清除标记',
};

const MAX_LINE = 300;
const MAX_LINES = 12;

function clip(line: string): string {
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}

export function outcome(ok: boolean, title: string, lines: readonly string[]): CommandOutcome {
  return { ok, title, lines: lines.slice(0, MAX_LINES).map(clip) };
}

export function stepOutcome(command: StepName, result: StepResult): CommandOutcome {
  const title = COMMAND_TITLES[command];
  if (!result.ok) return outcome(false, `${title}：未能运行`, [result.fatal.message, '工作簿未被修改。']);
  const { summary } = result.outcome.report;
  const grades = Object.entries(summary.grades)
    .filter(([, n]) => n > 0)
    .map(([grade, n]) => `${grade} ${n} 人`)
    .join('，');
  const sheets = result.outcome.plan.sheets.map((s) => `「${s.name}」`).join('');
  // Items no column feeds count 0 for everyone: as prominent as errors (the dialog shows it as a problem, the line comes first).
  const unbound = result.outcome.findings.filter((f) => f.code === 'method.item_unbound');
  const unboundLabels = unbound.map((f) => String(f.params.label ?? f.params.item));
  const unboundLines =
    unbound.length === 0
      ? []
      : [
          `注意：评价办法中有 ${unbound.length} 项在表中找不到对应的列，全体委员此项按 0 计：${unboundLabels.slice(0, 6).join('、')}${unbound.length > 6 ? ' 等' : ''}。请核对表头，或在「评价办法」中为它们填写「表头名称」。`,
        ];
  return outcome(summary.errors === 0 && unbound.length === 0, `${title}：完成`, [
    ...unboundLines,
    `委员 ${summary.members} 人：已评价 ${summary.graded} 人，待核实 ${summary.pending} 人，否决 ${summary.vetoed} 人。`,
    `发现错误 ${summary.errors} 条、警告 ${summary.warnings} 条。`,
    `年度：${yearText(result.outcome.year)}。`,
    ...(grades ? [`等次分布：${grades}。`] : []),
    ...(summary.errors > 0 ? ['有错误的单元格已标成红色并附批注；这些委员为“待核实”，请核对后重新运行。'] : []),
    ...(sheets ? [`已写入工作表：${sheets}。`] : []),
    ...result.outcome.notes,
  ]);
}

export function clearOutcome(restored: number): CommandOutcome {
  return outcome(true, `${COMMAND_TITLES.clear}：完成`, [restored === 0 ? '没有需要清除的标记。' : `已清除 ${restored} 个单元格的标记，恢复了它们原来的底色和批注。`]);
}

export function errorOutcome(command: CommandName, error: unknown): CommandOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return outcome(false, `${COMMAND_TITLES[command]}：出错`, [message, '结果表没有写了一半留下：要么完整写入，要么未写入。请重试；若仍出错，请改用任务窗格查看详情。']);
}

export function encodeOutcome(o: CommandOutcome): string {
  return encodeURIComponent(JSON.stringify(o));
}

/** The outcome with lines dropped from the end (and a last line saying so) until its encoding fits in `room` characters. */
export function clippedForUrl(o: CommandOutcome, room: number): CommandOutcome {
  const more = '（其余内容请在任务窗格中查看。）';
  if (encodeOutcome(o).length <= room) return o;
  for (let n = o.lines.length - 1; n >= 0; n--) {
    const shorter = { ...o, lines: [...o.lines.slice(0, n), more] };
    if (encodeOutcome(shorter).length <= room) return shorter;
  }
  return { ok: o.ok, title: o.title.slice(0, 40), lines: [more] };
}

/** Reads an outcome sent by messageChild (JSON); null when garbled. */
export function parseOutcome(text: string): CommandOutcome | null {
  try {
    const o = JSON.parse(text) as Partial<CommandOutcome>;
    if (typeof o.title !== 'string' || !Array.isArray(o.lines) || typeof o.ok !== 'boolean') return null;
    return { ok: o.ok, title: o.title, lines: o.lines.map(String) };
  } catch {
    return null;
  }
}

/** Reads an outcome back from a page address's query (`?r=…`); null when absent or garbled. */
export function decodeOutcome(search: string): CommandOutcome | null {
  const raw = new URLSearchParams(search).get('r');
  return raw === null ? null : parseOutcome(raw);
}
