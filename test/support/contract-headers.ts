/**
 * The must-recognize headers of CONTRACT.md §2, copied from the contract text (not from
 * columns.ts), so tests fail when the dictionary misses one. Test data only.
 */

/** key → single-row header names. */
export const CONTRACT_SINGLE: Readonly<Record<string, readonly string[]>> = {
  name: ['姓名', '委员姓名', '委员'],
  member_id: ['委员编号'],
  gender: ['性别'],
  sector: ['界别'],
  committee: ['专委会', '所在专委会', '专门委员会'],
  liaison_group: ['联络组', '所属联络组'],
  unit: ['工作单位', '所在单位', '工作单位及职务'],
  title: ['职务'],
  party: ['党派', '政治面貌'],
  role: ['政协职务', '是否常委'],
  phone: ['联系电话', '手机'],
  id_number: ['身份证号', '身份证号码'],
  plenary_attended: ['出席全体会议', '参加全体会议', '出席全会'],
  plenary_leave: ['全体会议请假', '全会请假'],
  plenary_absent: ['全体会议无故缺席', '全会无故缺席', '无故缺席全体会议'],
  standing_attended: ['出席常委会议'],
  standing_leave: ['常委会议请假'],
  standing_absent: ['常委会议无故缺席'],
  committee_activities: ['专委会活动', '参加专委会活动'],
  liaison_activities: ['联络组活动'],
  inspections: ['视察调研', '视察考察', '调研视察'],
  consultations: ['协商议政', '协商座谈'],
  supervision: ['民主监督'],
  trainings: ['学习培训'],
  proposals_lead: ['领衔提案', '提交提案', '个人提案'],
  proposals_joint: ['联名提案', '附议提案'],
  proposals_accepted: ['提案立案', '立案提案'],
  proposals_key: ['重点提案'],
  proposals_excellent: ['优秀提案'],
  opinions_submitted: ['报送社情民意', '社情民意信息', '反映社情民意'],
  opinions_adopted: ['社情民意采用', '社情民意被采用'],
  opinions_instructed: ['领导批示', '获领导批示'],
  speeches_oral: ['大会口头发言', '口头发言', '会议发言'],
  speeches_written: ['大会书面发言', '书面发言'],
  studio_activities: ['委员工作室活动'],
  welfare_activities: ['社会公益', '参与社会公益事业', '公益活动'],
  culture_history: ['文史资料'],
  honors: ['表彰奖励'],
  violations: ['违纪违法'],
};

/** Two-row forms: [key, group, sub]. */
export const CONTRACT_PAIRS: readonly (readonly [string, string, string])[] = [
  ...['全体会议', '全会'].flatMap((g) => [
    ['plenary_attended', g, '出席'], ['plenary_attended', g, '参加'],
    ['plenary_leave', g, '请假'],
    ['plenary_absent', g, '无故缺席'], ['plenary_absent', g, '缺席'],
  ] as const),
  ['standing_attended', '常委会议', '出席'], ['standing_attended', '常委会议', '参加'],
  ['standing_leave', '常委会议', '请假'],
  ['standing_absent', '常委会议', '无故缺席'], ['standing_absent', '常委会议', '缺席'],
  ['proposals_lead', '提案', '领衔'], ['proposals_lead', '提案', '提交'],
  ['proposals_joint', '提案', '联名'], ['proposals_joint', '提案', '附议'],
  ['proposals_accepted', '提案', '立案'],
  ['proposals_key', '提案', '重点'],
  ['proposals_excellent', '提案', '优秀'],
  ['opinions_submitted', '社情民意', '报送'], ['opinions_submitted', '社情民意', '提交'],
  ['opinions_adopted', '社情民意', '采用'],
  ['opinions_instructed', '社情民意', '批示'], ['opinions_instructed', '社情民意', '领导批示'],
  ['speeches_oral', '大会发言', '口头'],
  ['speeches_written', '大会发言', '书面'],
];

export const CONTRACT_GENERIC_GROUPS: readonly string[] = ['参加会议', '参加活动', '建言献策', '履职情况', '履职'];

export const CONTRACT_BARE_MEETINGS: readonly (readonly [string, string])[] = [
  ['全体会议', 'plenary_attended'],
  ['常委会议', 'standing_attended'],
  ['专委会会议', 'committee_activities'],
];

/**
 * CONTRACT.md §7 「Vocabulary additions (all must be recognised)」, copied from the contract text:
 * [header as a one-row header, key]. (按时参加 and the 「其中」 columns need a group or a column
 * on their left; they are in CONTRACT_SECTION7_PAIRS and the table tests.)
 */
export const CONTRACT_SECTION7_SINGLE: readonly (readonly [string, string])[] = [
  ['出席全委会议', 'plenary_attended'],
  ['全委会议请假', 'plenary_leave'],
  ['参加常委会议', 'standing_attended'],
  ['参加常委会议情况', 'standing_attended'],
  ['反映社情民意信息', 'opinions_submitted'],
  ['因故请假缺席全体会议', 'plenary_leave'],
  ['未经准假无故缺席全体会议', 'plenary_absent'],
  ['视察', 'inspections'],
  ['调研', 'inspections'],
  ['考察', 'inspections'],
  ['视察活动', 'inspections'],
  ['调研活动', 'inspections'],
  ['考察活动', 'inspections'],
  ['专题调研', 'inspections'],
  ['社会公益活动', 'welfare_activities'],
  ['第一提案人', 'proposals_lead'],
  ['主笔人', 'proposals_lead'],
  ['个人提案人', 'proposals_lead'],
  ['联名提案人', 'proposals_joint'],
  ['其他提案人', 'proposals_joint'],
  ['会议发言情况', 'speeches_oral'],
  ['迟到早退', 'plenary_late'],
  ['全会迟到早退', 'plenary_late'],
  ['其他会议', 'other_meetings'],
  ['其他活动', 'other_activities'],
  ['民生活动', 'other_activities'],
];

/** CONTRACT.md §7, two-row forms: [key, group, sub]. */
export const CONTRACT_SECTION7_PAIRS: readonly (readonly [string, string, string])[] = [
  ['plenary_attended', '全委会议', '出席'],
  ['plenary_leave', '全委会议', '请假'],
  ['plenary_absent', '全委会议', '无故缺席'],
  ['plenary_attended', '全体会议', '按时参加'],
  ['standing_attended', '常委会议', '按时参加'],
  ['opinions_adopted', '社情民意', '其中：采用'],
  ['opinions_adopted', '社情民意', '其中采用'],
  ['opinions_instructed', '社情民意', '其中：领导批示'],
  ['proposals_accepted', '提案', '其中：采用'],
  ['proposals_accepted', '提案', '其中采用'],
];
