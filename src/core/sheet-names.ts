/** Names of the sheets the product generates (CONTRACT.md section 5) and reads (评价办法). */
export const SHEETS = {
  findings: '校验结果',
  summary: '履职汇总',
  groups: '分组统计',
  circular: '履职通报',
  unitLetters: '单位告知',
  memberSlips: '个人履职告知单',
  shortlist: '优秀委员建议名单',
  warnings: '履职预警名单',
  runLog: '运行记录',
  /** issue 12: differences between the member table and the office's records (written by `all` when records exist). */
  reconcile: '核对结果',
  // issue 13: the term archive (CONTRACT.md §9)
  archive: '履职档案',
  termSummary: '届内履职汇总',
  reappointment: '换届建议参考名单',
  archiveMatch: '档案匹配',
} as const;

export const METHOD_SHEET = '评价办法';

export type GeneratedSheet = (typeof SHEETS)[keyof typeof SHEETS];

/**
 * Generated sheets whose values the core reads back (hosts otherwise keep only a generated sheet's
 * fingerprint): 运行记录 (its rows are kept), 履职档案 and its numbered copies (every year is kept),
 * 档案匹配 (the clerk's settlements).
 */
export function keepsGeneratedValues(name: string): boolean {
  return name.startsWith(SHEETS.runLog) || /^履职档案(\(\d+\))?$/.test(name) || name === SHEETS.archiveMatch;
}
