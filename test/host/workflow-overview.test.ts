import { inspectWorkbook, overviewOf } from '../../src/host/workflow';
import { sheet, snapshot } from '../support/builders';
import { NOTHING_TO_ADD, type HostPort, type Snapshot } from '../../src/host/port';

const HEADER = ['序号', '姓名', '工作单位', '出席全体会议', '领衔提案'];
const members = sheet('委员统计表', [['2025年度委员履职情况统计表'], HEADER, [1, '张三', '区教育局', 1, 2], [2, '李四', '区医院', 1, 0]]);
const notes = sheet('说明', [['填表说明：请如实填写']]);

function hostOf(s: Snapshot): HostPort {
  return { readSnapshot: () => Promise.resolve(s), applyPlan: () => Promise.resolve(NOTHING_TO_ADD), selectCell: () => Promise.resolve() };
}

describe('overviewOf (what the pane starts from)', () => {
  it('lists the visible sheets, guesses the member table and names the example method', () => {
    const hidden = { ...sheet('隐藏', [['x']]), visible: false };
    const o = overviewOf(snapshot([notes, members, hidden]));
    expect(o.sheets).toEqual(['说明', '委员统计表']);
    expect(o.guess).toBe('委员统计表');
    expect(o.notFound).toBeNull();
    expect(o.method.ok && o.method.origin).toBe('default');
  });

  it('leaves generated sheets out of the choice', () => {
    const generated = sheet('校验结果', [['姓名', '领衔提案']]);
    const o = overviewOf(snapshot([members, generated], { generatedSheets: ['校验结果'], marks: [] }));
    expect(o.sheets).toEqual(['委员统计表']);
  });

  it('gives the core’s table.not_found when no sheet holds a member table', async () => {
    const o = await inspectWorkbook(hostOf(snapshot([notes], undefined, '无名单.xlsx')));
    expect(o.guess).toBeNull();
    expect(o.notFound?.code).toBe('table.not_found');
    expect(o.notFound?.message).toContain('无名单.xlsx');
  });
});
