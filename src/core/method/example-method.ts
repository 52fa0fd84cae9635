/**
 * The built-in example method: used when neither --method nor a 评价办法 sheet is given, and
 * exported by `duty-stats method export` for an office to adapt. Written as the JSON form so
 * it is also a valid method file.
 *
 * Numbers others rely on (the sample workbook generator makes data consistent with them):
 *   held: plenary 2 (全体会议 sessions in the year), standing 4 (常委会议, standing members only)
 *   base 60, total 0–100; grades 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 70, 基本合格 ≥ 60, else 不合格.
 */
import type { Method } from '../types';
import { parseMethodObject } from './parse-method';

export const EXAMPLE_METHOD_JSON = {
  title: '政协X区委员会委员履职综合评价办法（示例，请按本区办法修改）',
  held: { plenary: 2, standing: 4 },
  base: 60,
  total: { min: 0, max: 100 },
  categories: [
    { key: 'meetings', label: '会议活动', max: 20, min: -30 },
    { key: 'proposals', label: '建言献策', max: 25 },
    { key: 'service', label: '社会服务', max: 10 },
  ],
  items: [
    { key: 'plenary_attended', points: 5, max: 10, category: 'meetings' },
    { key: 'plenary_absent', points: -10, category: 'meetings' },
    { key: 'standing_absent', points: -3, category: 'meetings' },
    { key: 'committee_activities', points: 1, max: 4, category: 'meetings' },
    { key: 'liaison_activities', points: 1, max: 3, category: 'meetings' },
    { key: 'inspections', points: 2, max: 6, category: 'meetings' },
    { key: 'consultations', points: 1, max: 3, category: 'meetings' },
    { key: 'proposals_lead', points: 3, max: 9, category: 'proposals' },
    { key: 'proposals_joint', points: 1, max: 3, category: 'proposals' },
    { key: 'proposals_accepted', points: 3, from: 2, max: 9, category: 'proposals' },
    { key: 'proposals_key', points: 3, max: 6, category: 'proposals' },
    { key: 'proposals_excellent', points: 5, max: 10, category: 'proposals' },
    { key: 'opinions_submitted', points: 1, max: 5, category: 'proposals' },
    { key: 'opinions_adopted', points: 2, max: 8, category: 'proposals' },
    { key: 'opinions_instructed', points: 3, max: 9, category: 'proposals' },
    { key: 'speeches_oral', points: 3, max: 6, category: 'proposals' },
    { key: 'speeches_written', points: 2, max: 4, category: 'proposals' },
    { key: 'studio_activities', points: 1, max: 5, category: 'service' },
    { key: 'welfare_activities', points: 1, max: 5, category: 'service' },
    { key: 'culture_history', points: 1, max: 3, category: 'service' },
    { key: 'honors', points: 2, max: 6 },
  ],
  requirements: [
    {
      label: '三个一',
      when: 'plenary_attended >= 1 and proposals_lead + opinions_submitted >= 1 and inspections >= 1',
      ceiling: '基本合格',
    },
  ],
  vetoes: [
    { label: '两次无故缺席全体会议', when: 'plenary_absent >= 2', grade: '不合格' },
    { label: '违纪违法', when: 'violations >= 1', grade: '不合格' },
  ],
  grades: [
    { name: '优秀', min: 90, color: '#C6EFCE' },
    { name: '良好', min: 80, color: '#BDD7EE' },
    { name: '合格', min: 70, color: '#FFEB9C' },
    { name: '基本合格', min: 60, color: '#E2C4A4' },
    { name: '不合格', color: '#FFC7CE' },
  ],
  shortlist: {
    label: '优秀政协委员建议名单',
    minGrade: '优秀',
    quota: 0.1,
    rounding: 'floor',
    scope: 'all',
    excludeRoles: ['主席', '副主席', '秘书长', '驻会常委'],
    when: 'plenary_absent == 0',
  },
  // Texts left out use the notices' built-in wording; the date is the run date.
  notice: { office: '政协X区委员会办公室', circularGroupBy: 'grade', pending: 'list' },
} as const;

export function exampleMethod(): Method {
  const parsed = parseMethodObject(EXAMPLE_METHOD_JSON);
  if (!parsed.ok) throw new Error(`the built-in example method is invalid at ${parsed.path}: ${parsed.detail}`);
  return parsed.method;
}
