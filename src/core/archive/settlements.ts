/**
 * 「档案匹配」: where the clerk settles doubtful matches once (CONTRACT.md §9). The product writes
 * it listing the doubtful cases only while nobody has written in it (it is then a proven generated
 * sheet); once the clerk has filled in a 认定, the sheet is the clerk's: read on every run, never
 * overwritten. A settlement says, for one member of one year (年度, 姓名, 工作单位): 是 (the
 * suggested archive number), 否 (a new member, none of the earlier ones) or an archive number.
 */
import { cellAddress } from '../a1';
import { finding } from '../findings';
import type { SheetPlan } from '../plan';
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { Finding } from '../types';
import { SheetBuilder } from '../output/sheet-builder';
import { BODY_STYLE, HEADER_STYLE, TITLE_STYLE, readableTableSetup } from '../output/table';
import { settlementKey, type Doubt, type Settlement } from './match-members';

const HEADERS = ['年度', '姓名', '工作单位', '委员编号', '说明', '建议档案编号', '认定'] as const;
const WIDTHS = [7, 10, 24, 10, 60, 12, 12];
const YES = new Set(['是', '是同一人', '同一人', '对', 'Y', 'y']);
const NO = new Set(['否', '不是', '不是同一人', '新委员', 'N', 'n']);

export const MATCH_GUIDE =
  '下列委员与往年档案记录的对应不能确定。请在「认定」列填写：是（与「建议档案编号」为同一人）、否（不是往年任何一位，按新委员记入）或档案编号（如 D0012，见「履职档案」）。' +
  '填写后本表归您所有：每次运行都按本表认定，不再改写本表；以后再有需要认定的委员，请照校验结果在本表末尾添行。';

export function matchSheet(name: string, doubts: readonly Doubt[]): SheetPlan {
  const b = new SheetBuilder(name);
  b.set(1, 1, '档案匹配（往年记录的认定）');
  b.merge(1, 1, 1, HEADERS.length);
  b.style(1, 1, 1, HEADERS.length, TITLE_STYLE);
  b.set(2, 1, MATCH_GUIDE);
  b.merge(2, 1, 2, HEADERS.length);
  b.style(2, 1, 2, HEADERS.length, { wrap: true, vertical: 'top' });
  b.rowHeight(2, 48);
  b.setRow(3, [...HEADERS]);
  doubts.forEach((d, i) => b.setRow(4 + i, [d.year, d.name, d.unit, d.memberId, d.detail, d.suggestion, null]));
  const last = 3 + doubts.length;
  b.style(3, 1, last, HEADERS.length, { ...BODY_STYLE, wrap: true });
  b.style(3, 1, 3, HEADERS.length, HEADER_STYLE);
  b.columnWidths(WIDTHS);
  b.freeze(3, 2);
  b.page({ ...readableTableSetup(WIDTHS, null).setup, printTitleRows: [3, 3] });
  return b.build();
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined || typeof v === 'object' ? '' : String(v).trim();
}

export interface SettlementRead {
  readonly settlements: ReadonlyMap<string, Settlement>;
  readonly findings: readonly Finding[];
  /** Whether any 认定 is filled in (the clerk has written in the sheet). */
  readonly filled: boolean;
}

/** The clerk's settlements; rows whose 认定 is blank are still open and ignored. */
export function readSettlements(sheet: SheetSnapshot | null): SettlementRead {
  const settlements = new Map<string, Settlement>();
  const findings: Finding[] = [];
  if (sheet === null) return { settlements, findings, filled: false };
  const headerIndex = sheet.values.findIndex((r) => {
    const cells = r.map(text);
    return cells.includes('年度') && cells.includes('姓名') && cells.includes('认定');
  });
  if (headerIndex < 0) return { settlements, findings, filled: false };
  const header = sheet.values[headerIndex].map(text);
  const at = (h: (typeof HEADERS)[number]): number => header.indexOf(h);
  let filled = false;
  for (let r = headerIndex + 2; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1] ?? [];
    const decision = text(row[at('认定')]);
    if (decision === '') continue;
    filled = true;
    const year = Number(text(row[at('年度')]));
    const name = text(row[at('姓名')]);
    const unit = at('工作单位') >= 0 ? text(row[at('工作单位')]) || null : null;
    const suggestion = at('建议档案编号') >= 0 ? text(row[at('建议档案编号')]) : '';
    const place = { sheet: sheet.name, cell: cellAddress(r, at('认定') + 1), row: r, member: name || null };
    if (!Number.isInteger(year) || name === '') {
      findings.push(finding('archive.settlement_unknown', place, { row: r, text: `${decision}（本行缺少年度或姓名）` }));
      continue;
    }
    let person: string | null | undefined;
    if (YES.has(decision)) person = suggestion !== '' ? suggestion : undefined;
    else if (NO.has(decision)) person = null;
    else if (/^D\d+$/i.test(decision)) person = decision.toUpperCase();
    if (person === undefined) {
      findings.push(finding('archive.settlement_unknown', place, { row: r, text: decision }));
      continue;
    }
    settlements.set(settlementKey(year, name, unit), { person, row: r });
  }
  return { settlements, findings, filled };
}
