/** A deterministic member workbook of any size (no randomness: values follow the row index), with a few typical mistakes. */
import ExcelJS from 'exceljs';

const HEADER = ['序号', '姓名', '工作单位', '界别', '专委会', '联络组', '政协职务', '出席全体会议', '全体会议请假', '全体会议无故缺席', '专委会活动', '视察调研', '协商议政', '领衔提案', '联名提案', '提案立案', '报送社情民意', '社情民意采用', '大会口头发言', '社会公益'];
const SECTORS = ['中共', '民革', '民盟', '经济界', '教育界', '医卫界', '科技界', '文艺界'];
const COMMITTEES = ['提案委', '经济委', '文史委', '社法委', '教科卫体委'];
const GROUPS = ['城关街道', '东湖街道', '西山镇', '南河镇'];

export async function syntheticWorkbook(members: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('委员履职统计');
  ws.addRow(['2025年度区政协委员履职情况统计表']);
  ws.addRow(HEADER);
  for (let i = 1; i <= members; i++) {
    const plenary = i % 17 === 0 ? [0, 1, 0] : i % 53 === 0 ? [0, 0, 1] : [1, 0, 0];
    const lead = i % 4;
    const joint = i % 3;
    const row: (string | number)[] = [
      i,
      `委员${String(i).padStart(4, '0')}`,
      `第${(i % 120) + 1}单位`,
      SECTORS[i % SECTORS.length],
      COMMITTEES[i % COMMITTEES.length],
      GROUPS[i % GROUPS.length],
      i % 40 === 0 ? '常委' : '委员',
      ...plenary,
      i % 6,
      i % 5,
      i % 4,
      lead,
      joint,
      Math.min(lead + joint, i % 5),
      i % 3,
      i % 3 === 0 ? 0 : 1,
      i % 7 === 0 ? 1 : 0,
      i % 9,
    ];
    // A typical mistake on every 97th row: text where a count belongs.
    if (i % 97 === 0) row[13] = '若干';
    ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
