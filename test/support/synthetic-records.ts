/**
 * Office records (活动记录, 提案登记) for members of a synthetic table, for benchmarks and tests:
 * per member two plenary sessions (one in eight excused), three inspections, and one proposal
 * led by every member with the next two members as co-signers (every third one accepted).
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

export interface SyntheticRecords {
  readonly activity: SheetSnapshot;
  readonly proposals: SheetSnapshot;
}

function sheetOf(name: string, values: CellValue[][]): SheetSnapshot {
  return { name, values, merges: [], hiddenRows: [], visible: true };
}

export function syntheticRecords(names: readonly string[]): SyntheticRecords {
  const activity: CellValue[][] = [['日期', '活动名称', '计分项目', '姓名', '出勤']];
  const proposals: CellValue[][] = [['案号', '标题', '第一提案人', '联名提案人', '是否立案', '是否重点', '是否优秀', '是否集体提案']];
  names.forEach((name, i) => {
    activity.push(['2025-01-10', '一届五次全会', '全体会议', name, '出席']);
    activity.push(['2025-06-10', '一届六次全会', '全体会议', name, i % 8 === 0 ? '请假' : '出席']);
    for (let k = 0; k < 3; k++) activity.push([`2025-0${k + 3}-01`, `视察${k + 1}`, '视察', name, '出席']);
    const co = [names[(i + 1) % names.length], names[(i + 2) % names.length]].join('、');
    proposals.push([i + 1, `提案${i + 1}`, name, co, i % 3 === 0 ? '是' : '否', '否', '否', '否']);
  });
  return { activity: sheetOf('活动记录', activity), proposals: sheetOf('提案登记', proposals) };
}
