/**
 * A small member table for the print check: 48 members in 8 units (one unit of 16, two members
 * without a unit), deterministic, with phone and ID columns that must never be printed, two
 * pending members (a cell that is not a count), one vetoed member and one with no activity.
 */
import ExcelJS from 'exceljs';

export interface SampleMember {
  readonly name: string;
  readonly unit: string;
  readonly phone: string;
  readonly idNumber: string;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈'.split('');
const GIVEN = ['建国', '秀英', '志强', '丽华', '海燕', '文博', '晓东', '春梅', '国庆', '玉兰', '德明', '淑珍', '振华', '红霞', '立新', '雅琴'];
const UNITS = ['区教育局', '区卫生健康委员会', '区人民医院', '区财政局', '区工商业联合会', '东城实验中学', '华兴科技有限公司', '区律师协会'];
const SECTORS = ['中共', '民革', '民盟', '民建', '经济界', '教育界', '医卫界', '科技界'];
const COMMITTEES = ['提案委', '经济委', '文史委', '社法委'];
const ROLES = ['委员', '委员', '委员', '委员', '常委'];

const HEADERS = [
  '序号', '姓名', '性别', '界别', '专委会', '工作单位', '政协职务', '联系电话', '身份证号',
  '出席全体会议', '全体会议请假', '全体会议无故缺席', '专委会活动', '视察调研', '协商议政',
  '领衔提案', '联名提案', '提案立案', '报送社情民意', '社情民意采用', '大会口头发言', '社会公益',
];

/** Writes the workbook to `file` and returns its members in table order. */
export async function writeSampleWorkbook(file: string, count = 48): Promise<SampleMember[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('统计表');
  ws.addRow(['2025年度区政协委员履职情况统计表']);
  ws.addRow(HEADERS);
  const members: SampleMember[] = [];
  for (let i = 0; i < count; i++) {
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length];
    // Unit 0 gets 16 members (its letter needs smaller type to stay on one page); the last two have no unit.
    const unit = i >= count - 2 ? '' : i < 16 ? UNITS[0] : UNITS[1 + ((i - 16) % (UNITS.length - 1))];
    const phone = `1380013${String(1000 + i)}`;
    const idNumber = `11010119800101${String(1000 + i)}`;
    const absent = i === 11 ? 2 : 0;
    const attended = i === 11 || i === 12 ? 0 : 2 - (i % 9 === 0 ? 1 : 0);
    const leave = 2 - attended - absent;
    const none = i === 12;
    const lead = none ? 0 : i % 3;
    const joint = none ? 0 : (i * 5) % 3;
    const submitted = none ? 0 : (i * 7) % 5;
    const counts: (number | string | null)[] = [
      none ? null : attended, none ? null : leave, none ? null : absent,
      none ? null : i % 5, none ? null : (i * 3) % 4, none ? null : i % 3,
      none ? null : lead, none ? null : joint, none ? null : Math.min(i % 4, lead + joint),
      none ? null : submitted, none ? null : Math.min(i % 3, submitted), none ? null : i % 2, none ? null : i % 6,
    ];
    if (i === 20 || i === 33) counts[6] = '若干';
    members.push({ name, unit: unit === '' ? '未填写单位' : unit, phone, idNumber });
    ws.addRow([i + 1, name, i % 2 === 0 ? '男' : '女', SECTORS[i % SECTORS.length], COMMITTEES[i % COMMITTEES.length], unit || null, ROLES[i % ROLES.length], phone, idNumber, ...counts]);
  }
  await wb.xlsx.writeFile(file);
  return members;
}
