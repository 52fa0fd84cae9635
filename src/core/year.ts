/**
 * The year of the run (CONTRACT.md section 3 rule 10): the method's `year`; else a year found in
 * the member table's title rows, then its sheet name, then the file name; else the year before the
 * run date in January–June, the run date's year from July on. Every notice, title and the report
 * use this one year. The run date is given by the host; the core never reads the clock.
 */
import { finding } from './findings';
import type { DateParts } from './notices/context';
import type { SheetSnapshot } from './snapshot';
import type { Finding, Method, TableLocation } from './types';

/** Where the year came from: the clerk's choice (pane, --year), the method, the table's title rows, sheet name, file name, or the run date. */
export type YearOrigin = 'option' | 'method' | 'title' | 'sheet' | 'file' | 'runDate';

export interface YearDecision {
  readonly year: number;
  readonly origin: YearOrigin;
  /** What the year was read from: the title cell's text, the sheet name or the file name; the run date as 「2026年1月5日」; null for the method and the clerk's choice. */
  readonly source: string | null;
  /** `year.assumed` and `year.mismatch` warnings (never errors: nobody becomes pending over the year). */
  readonly findings: readonly Finding[];
}

/** A year found in the table, with the text it came from. */
export interface TableYear {
  readonly year: number;
  readonly origin: 'title' | 'sheet' | 'file';
  /** The text the year was read from (a title cell, the sheet name or the file name). */
  readonly text: string;
  /** 1-based row of the title cell, for `title`. */
  readonly row: number | null;
}

// 19xx/20xx not part of a longer number, followed by 年 (「2025年度」「2025年」「2025 年」).
const YEAR_WITH_NIAN = /(?<!\d)((?:19|20)\d{2})\s*年/g;
// A bare year, only in names (「统计表2025」「2025.xlsx」), never inside a longer number.
const BARE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/** The first year in a text: 「…年度」 first, then 「…年」, then (when `bare`) a year standing alone. */
export function yearInText(text: string, bare: boolean): number | null {
  const all = [...text.matchAll(YEAR_WITH_NIAN)];
  const du = all.find((m) => text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1) === '度');
  const hit = du ?? all[0] ?? (bare ? [...text.matchAll(BARE_YEAR)][0] : undefined);
  return hit ? Number(hit[1]) : null;
}

/** The year written in the member table: title rows (above the header, top first), then the sheet name, then the file name. */
export function tableYear(sheet: SheetSnapshot, location: TableLocation, fileName: string): TableYear | null {
  const firstHeader = Math.min(...location.headerRows);
  for (let r = 1; r < firstHeader; r++) {
    for (const v of sheet.values[r - 1] ?? []) {
      if (typeof v !== 'string') continue;
      const year = yearInText(v, false);
      if (year !== null) return { year, origin: 'title', text: v.trim(), row: r };
    }
  }
  const bySheet = yearInText(sheet.name, true);
  if (bySheet !== null) return { year: bySheet, origin: 'sheet', text: sheet.name, row: null };
  const byFile = yearInText(fileName, true);
  if (byFile !== null) return { year: byFile, origin: 'file', text: fileName, row: null };
  return null;
}

/** The year the run date suggests: year-end statistics are made around the turn of the year. */
export function runDateYear(today: DateParts): number {
  return today.month <= 6 ? today.year - 1 : today.year;
}

const SOURCE: Readonly<Record<TableYear['origin'], string>> = { title: '委员名单表的标题', sheet: '工作表名', file: '文件名' };

/** Where a year came from, in the office's words (the pane and the ribbon say it before and after a run). */
export const YEAR_ORIGIN_LABEL: Readonly<Record<YearOrigin, string>> = {
  option: '您指定的年度',
  method: '评价办法的「年度」',
  ...SOURCE,
  runDate: '运行日期',
};

/** 「2025年度（取自委员名单表的标题「…」）」: the year and where it came from, in one line. */
export function yearText(d: Pick<YearDecision, 'year' | 'origin' | 'source'>): string {
  switch (d.origin) {
    case 'option':
      return `${d.year}年度（由您指定）`;
    case 'method':
      return `${d.year}年度（取自${YEAR_ORIGIN_LABEL.method}）`;
    case 'runDate':
      return `${d.year}年度（表中和评价办法中都没有写年度，按运行日期${d.source ?? ''}推定${d.year !== Number((d.source ?? '').slice(0, 4)) ? '，上半年按上一年度' : ''}）`;
    default:
      return `${d.year}年度（取自${YEAR_ORIGIN_LABEL[d.origin]}${d.source !== null ? `「${d.source}」` : ''}）`;
  }
}

function where(t: TableYear): string {
  return `${SOURCE[t.origin]}「${short(t.text)}」`;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

export function decideYear(args: {
  readonly method: Method;
  readonly sheet: SheetSnapshot;
  readonly location: TableLocation;
  readonly fileName: string;
  readonly today: DateParts;
  /** The year the clerk chose (pane, --year): it wins, and needs no warning. */
  readonly chosen?: number;
}): YearDecision {
  const { method, sheet, location } = args;
  const found = tableYear(sheet, location, args.fileName);
  const place = { sheet: location.sheet, cell: null, row: found?.origin === 'title' ? found.row : null, member: null };
  const findings: Finding[] = [];
  if (method.year !== null && found !== null && found.year !== method.year) {
    findings.push(finding('year.mismatch', place, { methodYear: method.year, tableYear: found.year, where: where(found) }));
  }
  if (args.chosen !== undefined) return { year: args.chosen, origin: 'option', source: null, findings };
  if (method.year !== null) return { year: method.year, origin: 'method', source: null, findings };
  if (found !== null) {
    findings.push(finding('year.assumed', place, { year: found.year, where: where(found) }));
    return { year: found.year, origin: found.origin, source: short(found.text), findings };
  }
  const year = runDateYear(args.today);
  const date = `${args.today.year}年${args.today.month}月${args.today.day}日`;
  findings.push(finding('year.assumed', place, { year, where: `运行日期（${date}）${args.today.month <= 6 ? '，上半年按上一年度' : ''}` }));
  return { year, origin: 'runDate', source: date, findings };
}
