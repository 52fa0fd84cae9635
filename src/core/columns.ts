/**
 * The member-table columns of CONTRACT.md section 2: keys, must-recognize header names and the
 * two-row forms (group over sub-column). The first header name of a counted item is its label.
 */
import type { ColumnKind } from './types';

export interface ColumnDef {
  readonly key: string;
  readonly kind: ColumnKind;
  /** Single-row header names, already in matching form (no white space, no unit, no trailing 数/次数/…). */
  readonly headers: readonly string[];
  /** Two-row forms: a group header over sub-column headers. */
  readonly groups?: readonly { readonly group: readonly string[]; readonly sub: readonly string[] }[];
}

// 全委会议 is 全体会议 (CONTRACT.md §7).
const PLENARY = ['全体会议', '全会', '全委会议', '全委会'];
const STANDING = ['常委会议', '常委会'];
const PROPOSAL = ['提案'];
const OPINION = ['社情民意', '社情民意信息'];
const SPEECH = ['大会发言'];
/** 按时参加 under a meeting group means attended (CONTRACT.md §7). */
const ATTENDED = ['出席', '参加', '按时参加', '按时出席'];

export const IDENTITY_COLUMNS: readonly ColumnDef[] = [
  { key: 'name', kind: 'identity', headers: ['姓名', '委员姓名', '委员'] },
  { key: 'member_id', kind: 'identity', headers: ['委员编号'] },
  { key: 'gender', kind: 'identity', headers: ['性别'] },
  { key: 'sector', kind: 'identity', headers: ['界别'] },
  { key: 'committee', kind: 'identity', headers: ['专委会', '所在专委会', '专门委员会'] },
  { key: 'liaison_group', kind: 'identity', headers: ['联络组', '所属联络组'] },
  { key: 'unit', kind: 'identity', headers: ['工作单位', '所在单位', '工作单位及职务'] },
  { key: 'title', kind: 'identity', headers: ['职务'] },
  { key: 'party', kind: 'identity', headers: ['党派', '政治面貌'] },
  { key: 'role', kind: 'identity', headers: ['政协职务', '是否常委'] },
  { key: 'phone', kind: 'identity', headers: ['联系电话', '手机'] },
  { key: 'id_number', kind: 'identity', headers: ['身份证号', '身份证号码'] },
];

/**
 * The first header name of each item is its label. Names after the contract's section 2 lists
 * come from its section 7 (real districts' tables: 济南, 桐城, 广水, 闵行, 合肥) and from the
 * wordings DOMAIN.md lists; each name means one key only.
 */
export const COUNT_COLUMNS: readonly ColumnDef[] = [
  {
    key: 'plenary_attended',
    kind: 'count',
    headers: ['出席全体会议', '参加全体会议', '出席全会', '出席全委会议', '参加全委会议', '参加全会', '按时参加全体会议'],
    groups: [{ group: PLENARY, sub: ATTENDED }],
  },
  {
    key: 'plenary_leave',
    kind: 'count',
    headers: ['全体会议请假', '全会请假', '全委会议请假', '因故请假缺席全体会议', '请假缺席全体会议', '因故请假缺席全委会议'],
    groups: [{ group: PLENARY, sub: ['请假', '因故请假', '因故请假缺席'] }],
  },
  {
    key: 'plenary_absent',
    kind: 'count',
    headers: ['全体会议无故缺席', '全会无故缺席', '无故缺席全体会议', '全委会议无故缺席', '无故缺席全委会议', '未经准假无故缺席全体会议', '未经请假缺席全体会议'],
    groups: [{ group: PLENARY, sub: ['无故缺席', '缺席', '未经准假无故缺席'] }],
  },
  { key: 'plenary_late', kind: 'count', headers: ['迟到早退', '全会迟到早退', '全体会议迟到早退'], groups: [{ group: PLENARY, sub: ['迟到早退', '迟到', '早退'] }] },
  {
    key: 'standing_attended',
    kind: 'count',
    headers: ['出席常委会议', '参加常委会议', '出席常委会'],
    groups: [{ group: STANDING, sub: ATTENDED }],
  },
  { key: 'standing_leave', kind: 'count', headers: ['常委会议请假', '因故请假缺席常委会议'], groups: [{ group: STANDING, sub: ['请假', '因故请假'] }] },
  {
    key: 'standing_absent',
    kind: 'count',
    headers: ['常委会议无故缺席', '无故缺席常委会议', '未经准假无故缺席常委会议'],
    groups: [{ group: STANDING, sub: ['无故缺席', '缺席', '未经准假无故缺席'] }],
  },
  { key: 'committee_activities', kind: 'count', headers: ['专委会活动', '参加专委会活动'] },
  { key: 'liaison_activities', kind: 'count', headers: ['联络组活动'] },
  {
    key: 'inspections',
    kind: 'count',
    headers: ['视察调研', '视察考察', '调研视察', '视察', '调研', '考察', '视察活动', '调研活动', '考察活动', '专题调研', '考察调研', '调研考察'],
  },
  { key: 'consultations', kind: 'count', headers: ['协商议政', '协商座谈', '专题协商', '对口协商', '双周协商'] },
  { key: 'supervision', kind: 'count', headers: ['民主监督', '民主评议'] },
  { key: 'trainings', kind: 'count', headers: ['学习培训'] },
  {
    key: 'proposals_lead',
    kind: 'count',
    headers: ['领衔提案', '提交提案', '个人提案', '第一提案人', '主笔人', '个人提案人', '提案主笔人'],
    groups: [{ group: PROPOSAL, sub: ['领衔', '提交', '第一提案人', '主笔人', '个人提案人', '个人', '主笔'] }],
  },
  {
    key: 'proposals_joint',
    kind: 'count',
    headers: ['联名提案', '附议提案', '联名提案人', '其他提案人'],
    groups: [{ group: PROPOSAL, sub: ['联名', '附议', '联名提案人', '其他提案人'] }],
  },
  { key: 'proposals_accepted', kind: 'count', headers: ['提案立案', '立案提案'], groups: [{ group: PROPOSAL, sub: ['立案', '被立案'] }] },
  { key: 'proposals_key', kind: 'count', headers: ['重点提案'], groups: [{ group: PROPOSAL, sub: ['重点'] }] },
  { key: 'proposals_excellent', kind: 'count', headers: ['优秀提案'], groups: [{ group: PROPOSAL, sub: ['优秀'] }] },
  {
    key: 'opinions_submitted',
    kind: 'count',
    headers: ['报送社情民意', '社情民意信息', '反映社情民意', '反映社情民意信息', '报送社情民意信息', '提交社情民意信息'],
    groups: [{ group: OPINION, sub: ['报送', '提交', '反映'] }],
  },
  { key: 'opinions_adopted', kind: 'count', headers: ['社情民意采用', '社情民意被采用', '社情民意信息采用'], groups: [{ group: OPINION, sub: ['采用', '被采用'] }] },
  { key: 'opinions_instructed', kind: 'count', headers: ['领导批示', '获领导批示'], groups: [{ group: OPINION, sub: ['批示', '领导批示', '获领导批示'] }] },
  { key: 'speeches_oral', kind: 'count', headers: ['大会口头发言', '口头发言', '会议发言'], groups: [{ group: SPEECH, sub: ['口头'] }] },
  { key: 'speeches_written', kind: 'count', headers: ['大会书面发言', '书面发言'], groups: [{ group: SPEECH, sub: ['书面'] }] },
  { key: 'studio_activities', kind: 'count', headers: ['委员工作室活动', '委员工作站活动'] },
  { key: 'welfare_activities', kind: 'count', headers: ['社会公益', '参与社会公益事业', '公益活动', '社会公益活动'] },
  { key: 'culture_history', kind: 'count', headers: ['文史资料'] },
  { key: 'honors', kind: 'count', headers: ['表彰奖励'] },
  { key: 'other_meetings', kind: 'count', headers: ['其他会议'] },
  { key: 'other_activities', kind: 'count', headers: ['其他活动', '民生活动'] },
  { key: 'violations', kind: 'flag', headers: ['违纪违法'] },
];

/**
 * 「其中…」 columns (CONTRACT.md §7): a column 「其中：采用」 belongs to the item it follows.
 * By the family of the item it qualifies: qualifier word → key.
 */
export const QUALIFIERS: Readonly<Record<'opinions' | 'proposals', ReadonlyMap<string, string>>> = {
  opinions: new Map([
    ['采用', 'opinions_adopted'],
    ['被采用', 'opinions_adopted'],
    ['批示', 'opinions_instructed'],
    ['领导批示', 'opinions_instructed'],
    ['获领导批示', 'opinions_instructed'],
  ]),
  proposals: new Map([
    ['采用', 'proposals_accepted'],
    ['立案', 'proposals_accepted'],
    ['被立案', 'proposals_accepted'],
    ['重点', 'proposals_key'],
    ['重点提案', 'proposals_key'],
    ['优秀', 'proposals_excellent'],
    ['优秀提案', 'proposals_excellent'],
  ]),
};

/** The family a key's 「其中」 columns qualify, or null. */
export function qualifierFamily(key: string): keyof typeof QUALIFIERS | null {
  if (key.startsWith('opinions_')) return 'opinions';
  if (key.startsWith('proposals_')) return 'proposals';
  return null;
}

/** Under these generic group headers a sub-column is matched by its own header alone. */
export const GENERIC_GROUPS: readonly string[] = ['参加会议', '参加活动', '建言献策', '履职情况', '履职'];

/** Under a generic group, a bare meeting name means attendance. */
export const BARE_MEETING_NAMES: Readonly<Record<string, string>> = {
  全体会议: 'plenary_attended',
  全会: 'plenary_attended',
  全委会议: 'plenary_attended',
  常委会议: 'standing_attended',
  专委会会议: 'committee_activities',
};

export const STANDING_ROLES: readonly string[] = ['主席', '副主席', '秘书长', '常委', '驻会常委'];

/** Identity keys that are never printed in any generated sheet. */
export const SENSITIVE_KEYS: readonly string[] = ['phone', 'id_number'];

/**
 * Built-in keys the office's 提案登记 gives (CONTRACT.md §8): a member's summed share of
 * proposals (a fraction), never read from a column of the member table.
 */
export const RECORD_KEYS: readonly { readonly key: string; readonly label: string }[] = [
  { key: 'proposal_credit', label: '提案积分' },
  { key: 'proposal_credit_accepted', label: '立案提案积分' },
];

const RECORD_LABEL = new Map(RECORD_KEYS.map((r) => [r.key, r.label]));

export function isRecordKey(key: string): boolean {
  return RECORD_LABEL.has(key);
}

const COUNT_BY_KEY = new Map(COUNT_COLUMNS.map((c) => [c.key, c]));

/** A built-in counted item: a column of CONTRACT.md §2 or a key of the records (proposal_credit). */
export function isBuiltinCountKey(key: string): boolean {
  return COUNT_BY_KEY.has(key) || RECORD_LABEL.has(key);
}

/** The Chinese label of a built-in counted item (its first header name), or null. */
export function builtinLabel(key: string): string | null {
  return COUNT_BY_KEY.get(key)?.headers[0] ?? RECORD_LABEL.get(key) ?? null;
}
