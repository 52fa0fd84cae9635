/** The short Chinese summary printed after a run. */
import { type CountsFrom, type PipelineSuccess, SHEETS, type MethodOrigin, yearText } from '../core';

export interface WrittenFiles {
  readonly workbook: string;
  readonly report: string | null;
  readonly unitsDir: string | null;
  readonly unitFiles: number;
  readonly docxDir?: string | null;
  readonly docxFiles?: number;
}

const COUNTS_WORDS: Readonly<Record<CountsFrom, string>> = { table: '委员填报（统计表数字）', records: '办公室记录', larger: '统计表数字与办公室记录中较大者' };

const ORIGIN: Readonly<Record<MethodOrigin, string>> = {
  option: '命令行 --method 指定的文件',
  sheet: '工作簿中的「评价办法」工作表',
  default: '内置示例评价办法',
};

/** What the summary needs of a run: not the plan, so the plan can be freed before the (memory-hungry) write. */
export type SummarySource = Pick<PipelineSuccess, 'report' | 'location' | 'findings' | 'notes' | 'year'> & { readonly sheetNames: readonly string[] };

export function summarySource(outcome: PipelineSuccess): SummarySource {
  return { report: outcome.report, location: outcome.location, findings: outcome.findings, notes: outcome.notes, year: outcome.year, sheetNames: outcome.plan.sheets.map((s) => s.name) };
}

export function summaryLines(outcome: SummarySource, files: WrittenFiles): string[] {
  const { report, location, findings } = outcome;
  const s = report.summary;
  const infos = findings.filter((f) => f.severity === 'info').length;
  const headerRows = location.headerRows.length > 1 ? `第 ${location.headerRows[0]}–${location.headerRows[location.headerRows.length - 1]} 行` : `第 ${location.headerRows[0]} 行`;
  const grades = Object.entries(s.grades)
    .map(([g, n]) => `${g} ${n}`)
    .join('，');
  const lines = [
    `委员名单：工作表「${location.sheet}」，表头${headerRows}，数据第 ${location.firstDataRow}–${location.lastDataRow} 行`,
    `评价办法：${report.method.title}（来源：${ORIGIN[report.method.origin]}）`,
    `委员 ${s.members} 人：已评定 ${s.graded} 人，否决 ${s.vetoed} 人，待核实 ${s.pending} 人`,
    `等次：${grades || '（无）'}`,
    `校验：错误 ${s.errors} 处，警告 ${s.warnings} 处，提示 ${infos} 处`,
    `结果工作簿：${files.workbook}`,
  ];
  if (files.report) lines.push(`JSON 报告：${files.report}`);
  if (files.unitsDir) lines.push(`单位告知：${files.unitFiles} 个工作簿，在 ${files.unitsDir}`);
  if (files.docxDir) lines.push(`Word 文档：履职通报.docx 和 ${(files.docxFiles ?? 1) - 1} 份单位告知，在 ${files.docxDir}`);
  lines.push(`年度：${yearText(outcome.year)}`);
  const records = report.counts?.records ?? null;
  if (records !== null) {
    const where = records.file === null ? '本工作簿' : `记录文件「${records.file}」`;
    const differences = findings.filter((f) => f.code === 'reconcile.mismatch').length;
    lines.push(`办公室记录：${where}，活动记录 ${records.activities} 条、提案登记 ${records.proposals} 件；与统计表不一致 ${differences} 处（见「${SHEETS.reconcile}」）；计分依据：${COUNTS_WORDS[report.counts?.from ?? 'table']}`);
  }
  for (const note of outcome.notes) lines.push(`注意：${note}`);
  if (s.errors > 0) {
    const sheet = outcome.sheetNames.find((n) => n.startsWith(SHEETS.findings)) ?? SHEETS.findings;
    lines.push(`有 ${s.errors} 处错误，涉及的委员暂不评分（待核实）。请按结果工作簿「${sheet}」工作表逐条核实、在原表中改正后重新运行。`);
  }
  return lines;
}
