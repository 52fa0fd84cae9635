/**
 * 「届内履职汇总」 and 「换届建议参考名单」 (CONTRACT.md §9). Both are printable (landscape, header
 * rows repeated on every page, all columns on one page width) and speak to people, not to the
 * office's working files: no cell addresses, codes or instructions — the list may be circulated.
 */
import type { PageSetup, SheetPlan } from '../plan';
import type { Method } from '../types';
import { NoticeWriter, STANDARD_SIZES, type NoticeColumn } from '../notices/notice-writer';
import { gradeFills } from '../notices/member-columns';
import { askText } from '../method/plain-words';
import { labelOf } from '../notices/wording';
import { orderRecords, termYears, type TermRecord } from './term-record';

const LANDSCAPE: Partial<PageSetup> = {
  orientation: 'landscape',
  margins: { top: 20, bottom: 20, left: 15, right: 15, header: 10, footer: 10 },
  fitToWidth: true,
  horizontalCentered: true,
};
/** Characters of table a landscape A4 page holds at the table's type size; wider tables go on A3. */
const A4_LANDSCAPE_CHARS = 125;

export const REFERENCE_NOTE = '本名单依据各年度委员履职考评结果整理，仅作为委员会研究换届时委员建议人选的参考，不作为推荐或不推荐的结论；是否建议连任，由委员会研究决定。';

export interface TermSheetTitle {
  readonly committee: string;
  readonly year: number;
}

function paper(widths: readonly number[]): Partial<PageSetup> {
  const total = widths.reduce((a, w) => a + w, 0);
  return { ...LANDSCAPE, paperSize: total > A4_LANDSCAPE_CHARS ? 'A3' : 'A4' };
}

function yearsText(years: readonly number[]): string {
  return years.length === 0 ? '' : years.length === 1 ? `${years[0]}年度` : `${years[0]}—${years[years.length - 1]}年度`;
}

type Row = { readonly no: number; readonly t: TermRecord };

const flagText = (v: boolean | null): string => (v === null ? '待核实' : v ? '是' : '');

/** 「届内履职汇总」: one row per member, a column group per year (得分, 等次), the term totals, a column per flag. */
export function termSummarySheet(name: string, records: readonly TermRecord[], method: Method, title: TermSheetTitle): SheetPlan {
  const years = termYears(records);
  const flags = method.term?.flags ?? [];
  const columns: NoticeColumn<Row>[] = [
    { header: '序号', value: (r) => r.no },
    { header: '姓名', value: (r) => r.t.member.name },
    { header: '界别', value: (r) => r.t.member.sector ?? '' },
    { header: '工作单位', value: (r) => r.t.member.unit ?? '', align: 'left' },
  ];
  const widths = [5, 8, 8, 16];
  for (const y of years) {
    const of = (r: Row): { score: number | null; grade: string | null; status: string } | undefined => r.t.years.find((x) => x.year === y);
    columns.push(
      { header: '得分', group: `${y}年度`, value: (r) => { const v = of(r); return v === undefined ? '—' : v.status === 'pending' ? '待核实' : (v.score ?? '—'); }, format: '0.00' },
      { header: '等次', group: `${y}年度`, value: (r) => { const v = of(r); return v === undefined ? '—' : (v.grade ?? '—'); }, valueFills: gradeFills(method) },
    );
    widths.push(7, 7);
  }
  columns.push(
    { header: '年数', group: '届内合计', value: (r) => r.t.years.length },
    { header: '总分', group: '届内合计', value: (r) => r.t.sum ?? '—', format: '0.00' },
    { header: '平均分', group: '届内合计', value: (r) => r.t.average ?? '—', format: '0.00' },
  );
  widths.push(5, 8, 7);
  for (const g of method.grades) {
    columns.push({ header: g.name, group: '各等次年数', value: (r) => r.t.gradeCounts[g.name] ?? 0 });
    widths.push(Math.max(5, g.name.length * 2 + 1));
  }
  flags.forEach((f, i) => {
    columns.push({ header: f.label, group: '届内标记', value: (r) => flagText(r.t.flags[i]) });
    widths.push(Math.max(8, Math.min(14, f.label.length * 2)));
  });
  const out = new NoticeWriter(name, widths, { ...STANDARD_SIZES, title: 18, body: 12 });
  out.title(`${title.committee}${yearsText(years)}委员届内履职汇总`);
  out.spacer(6);
  out.paragraph(`本表汇总每位委员本届各年度的履职考评得分和等次（「—」表示该年度没有记录），以及届内合计${flags.length > 0 ? '和届内标记' : ''}。`, { size: out.sizes.table + 1.5 });
  out.spacer(4);
  const rows: Row[] = records.map((t, i) => ({ no: i + 1, t }));
  const table = out.table(columns, rows);
  if (rows.length === 0) out.paragraph('没有委员。', { size: out.sizes.table + 1.5 });
  return out.build({ ...paper(widths), printTitleRows: [table.headerTop, table.headerBottom] });
}

/** 「换届建议参考名单」: the members with their term record and flags, in the method's order; a reference only. */
export function reappointmentSheet(name: string, records: readonly TermRecord[], method: Method, title: TermSheetTitle): SheetPlan {
  const years = termYears(records);
  const flags = method.term?.flags ?? [];
  const order = method.term?.order ?? 'average';
  const label = labelOf(method);
  const columns: NoticeColumn<Row>[] = [];
  const widths: number[] = [];
  const col = (c: NoticeColumn<Row>, width: number): void => {
    columns.push(c);
    widths.push(width);
  };
  col({ header: '序号', value: (r) => r.no }, 5);
  col({ header: '姓名', value: (r) => r.t.member.name }, 8);
  col({ header: '界别', value: (r) => r.t.member.sector ?? '' }, 8);
  col({ header: '工作单位', value: (r) => r.t.member.unit ?? '', align: 'left' }, 16);
  col({ header: '各年度等次', value: (r) => r.t.years.map((y) => `${y.year}年${y.status === 'pending' ? '待核实' : (y.grade ?? '无')}`).join('，'), align: 'left' }, 30);
  col({ header: '届内平均分', value: (r) => r.t.average ?? '—', format: '0.00' }, 8);
  col({ header: '届内总分', value: (r) => r.t.sum ?? '—', format: '0.00' }, 8);
  flags.forEach((f, i) => col({ header: f.label, value: (r) => flagText(r.t.flags[i]) }, Math.max(8, Math.min(14, f.label.length * 2))));
  const out = new NoticeWriter(name, widths, { ...STANDARD_SIZES, title: 18, body: 12 });
  const small = out.sizes.table + 1.5;
  out.title(`${title.committee}委员换届建议参考名单`);
  out.spacer(6);
  out.paragraph(REFERENCE_NOTE, { size: small });
  const ordered = orderRecords(records, order);
  const orderWords = { average: '按届内平均分从高到低排列', sum: '按届内总分从高到低排列', latest: `按${title.year}年度得分从高到低排列`, table: '按委员名单顺序排列' }[order];
  out.paragraph(`名单包括${yearsText(years)}各年度的考评结果，${orderWords}${order === 'table' ? '' : '（没有得分的委员列在最后）'}。${flags.length > 0 ? `标记说明：${flags.map((f) => `「${f.label}」指${askText(f.when.expr, (v) => label(v))}`).join('；')}。` : ''}`, { size: small });
  out.spacer(4);
  const rows: Row[] = ordered.map((t, i) => ({ no: i + 1, t }));
  const table = out.table(columns, rows);
  if (rows.length === 0) out.paragraph('没有委员。', { size: small });
  return out.build({ ...paper(widths), printTitleRows: [table.headerTop, table.headerBottom] });
}
