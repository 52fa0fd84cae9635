/** Fakes for the pane's component tests: a recording HostPort, a method, findings and pipeline outcomes. */
import { NOTHING_TO_ADD, type ApplyResult, type HostPort, type Snapshot, type WritePlan } from '../../src/host/port';
import { EMPTY_BOOKKEEPING } from '../../src/core/snapshot';
import type { PipelineOptions, PipelineSuccess } from '../../src/core/pipeline';
import type { Fatal, Finding, MemberResult, Method, Severity } from '../../src/core/types';
import type { WorkbookOverview } from '../../src/host/workflow';
import { summarize, buildReport } from '../../src/core/report';
import { memberResult } from './builders';

export class FakeHost implements HostPort {
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly applied: WritePlan[] = [];
  reads = 0;
  constructor(private readonly snapshot: Snapshot = { fileName: '统计表.xlsx', sheets: [], bookkeeping: EMPTY_BOOKKEEPING }) {}
  readSnapshot(): Promise<Snapshot> {
    this.reads += 1;
    return Promise.resolve(this.snapshot);
  }
  applyPlan(plan: WritePlan): Promise<ApplyResult> {
    this.applied.push(plan);
    return Promise.resolve(NOTHING_TO_ADD);
  }
  selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
    return Promise.resolve();
  }
}

export const METHOD: Method = {
  title: '政协测试区委员会委员履职综合评价办法',
  year: 2025,
  held: { plenary: 1, standing: null },
  base: 60,
  total: { min: 0, max: 100 },
  categories: [],
  items: [],
  requirements: [],
  vetoes: [],
  grades: [
    { name: '优秀', min: 90, color: '#C6EFCE' },
    { name: '合格', min: 60, color: null },
    { name: '不合格', min: null, color: null },
  ],
  shortlist: { label: '优秀政协委员建议名单', minGrade: '优秀', quota: 0.1, rounding: 'floor', scope: 'all', excludeRoles: [], when: null },
  notice: null,
};

export function overview(over: Partial<WorkbookOverview> = {}): WorkbookOverview {
  return {
    fileName: '统计表.xlsx',
    sheets: ['说明', '委员统计表', '备注'],
    guess: '委员统计表',
    notFound: null,
    method: { ok: true, origin: 'default', title: METHOD.title },
    inputs: [
      {
        sheet: '委员统计表',
        headerRows: [3],
        feeds: [
          { key: 'plenary_attended', label: '出席全体会议', source: 'plenary_attended', columns: [{ col: 4, letter: 'D', header: '出席全体会议' }], scored: true },
          {
            key: 'inspections',
            label: '视察调研',
            source: 'inspections',
            columns: [
              { col: 6, letter: 'F', header: '视察活动' },
              { col: 7, letter: 'G', header: '考察活动' },
            ],
            scored: true,
          },
        ],
        unbound: [],
        unused: [],
      },
    ],
    years: [{ sheet: '委员统计表', year: 2025, origin: 'title', source: '政协测试区委员会2025年度委员履职情况统计表', findings: [] }],
    ...over,
  };
}

export function fakeFinding(severity: Severity, cell: string | null, row: number | null, text: string, member: string | null = '张三'): Finding {
  const code = severity === 'error' ? 'value.not_number' : severity === 'warning' ? 'row.hidden' : 'value.normalized';
  return { severity, code, sheet: '委员统计表', cell, row, member, params: { item: '领衔提案', text: '若干', value: 3 }, message: text };
}

/** Two errors, one warning, one info; rows 5–7. */
export const FINDINGS: readonly Finding[] = [
  fakeFinding('error', 'F5', 5, '单元格 F5（领衔提案）的内容「若干」不是次数，请填写整数。'),
  fakeFinding('warning', null, 6, '第 6 行（李四）是隐藏行，仍按委员统计，请确认。', '李四'),
  fakeFinding('info', 'G7', 7, '单元格 G7（领衔提案）的内容「三」已按 3 计。', '王五'),
  fakeFinding('error', 'H7', 7, '单元格 H7（领衔提案）的内容「abc」不是次数，请填写整数。', '王五'),
];

export const RESULTS: readonly MemberResult[] = [
  memberResult({ row: 5, name: '张三', status: 'pending', nameCell: 'B5' }),
  memberResult({ row: 6, name: '李四', score: 95, grade: '优秀', rank: 1, nameCell: 'B6' }),
  memberResult({ row: 7, name: '王五', status: 'pending', nameCell: 'B7' }),
  memberResult({ row: 8, name: '赵六', score: 72, grade: '合格', rank: 2, nameCell: 'B8' }),
  memberResult({ row: 9, name: '钱七', score: 40, grade: '不合格', rank: 3, nameCell: 'B9' }),
];

const SHEET_NAMES = { validate: ['校验结果'], all: ['校验结果', '履职汇总', '分组统计', '履职通报', '单位告知', '优秀委员建议名单'] } as const;

function sheetPlan(name: string): WritePlan['sheets'][number] {
  return { name, values: [[name]], styles: [], merges: [], columnWidths: [], rowHeights: [], hyperlinks: [], pageBreaks: [] };
}

/** A plausible outcome of runPipeline for the fake findings and results. */
export function fakeOutcome(step: 'validate' | 'all', findings: readonly Finding[] = FINDINGS): PipelineSuccess {
  const location = { sheet: '委员统计表', headerRows: [3], firstDataRow: 4, lastDataRow: 9, columns: [] };
  const summary = summarize(RESULTS, findings, METHOD.grades.map((g) => g.name));
  const shortlist = { entries: [{ row: 6, name: '李四', score: 95, rank: 1, grade: '优秀', group: 'all', tie: false }], excluded: [], groups: [] };
  const plan: WritePlan = { sheets: SHEET_NAMES[step].map(sheetPlan), deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING };
  return {
    ok: true,
    report: buildReport({ fileName: '统计表.xlsx', location, columns: {}, methodTitle: METHOD.title, origin: 'default', results: RESULTS, findings, shortlist, summary, year: 2025, yearOrigin: 'title' }),
    plan,
    method: METHOD,
    origin: 'default',
    location,
    results: RESULTS,
    findings,
    shortlist,
    stats: [],
    notes: [],
    year: { year: 2025, origin: 'title', source: '政协测试区委员会2025年度委员履职情况统计表', findings: [] },
    noticeContext: { year: 2025, yearOrigin: 'title', method: METHOD, results: RESULTS, shortlist, stats: [], summary, location, fileName: '统计表.xlsx', today: { year: 2025, month: 12, day: 20 }, runAt: '2025-12-20 09:30:00', previousRunLog: null, methodOrigin: 'default' },
  };
}

/** A compute that answers like the core: the validate outputs give the validate outcome, more outputs the full one. */
export function fakeCompute(findings: readonly Finding[] = FINDINGS): (snapshot: Snapshot, options: PipelineOptions) => Promise<PipelineSuccess> {
  return (_snapshot, options) => Promise.resolve(fakeOutcome(options.outputs.length > 1 ? 'all' : 'validate', findings));
}

export const NO_TABLE: Fatal = {
  code: 'table.not_found',
  message: '在「空表.xlsx」中没有找到委员名单表：需要一个表头同时含有「姓名」和至少一个履职项目（如「出席全体会议」「领衔提案」）的工作表。',
  file: '空表.xlsx',
  sheet: null,
  cell: null,
  path: null,
};
