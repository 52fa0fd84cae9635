/** Conditions in plain words for members and units: what they ask, and what one member missed. */
import fc from 'fast-check';
import { askText, factsText, missedParts } from '../../../src/core/method/plain-words';
import { parseCondition, type Value } from '../../../src/core/method/expression';
import { ItemNames } from '../../../src/core/method/resolve-names';
import { cond } from '../../support/notice-context';

const LABELS: Readonly<Record<string, string>> = {
  plenary_attended: '出席全体会议',
  plenary_absent: '全体会议无故缺席',
  proposals_lead: '领衔提案',
  opinions_submitted: '报送社情民意',
  inspections: '视察调研',
  committee_activities: '专委会活动',
  standing: '常委',
};
const label = (k: string): string => LABELS[k] ?? k;
const values = (v: Readonly<Record<string, number>>) => (k: string): number => v[k] ?? 0;
const THREE = cond('plenary_attended >= 1 and proposals_lead + opinions_submitted >= 1 and inspections >= 1');

describe('askText', () => {
  it('says what a condition asks, without symbols or keys', () => {
    expect(askText(cond('plenary_absent == 0').expr, label)).toBe('全年无全体会议无故缺席');
    expect(askText(THREE.expr, label)).toBe('出席全体会议至少1次，领衔提案、报送社情民意合计至少1次，视察调研至少1次');
    expect(askText(cond('committee_activities >= 3').expr, label)).toBe('专委会活动不少于3次');
    expect(askText(cond('2 <= proposals_lead').expr, label)).toBe('领衔提案不少于2件');
    expect(askText(cond('standing == 0').expr, label)).toBe('不是常委');
    expect(askText(cond('inspections >= 1 or committee_activities >= 2').expr, label)).toBe('视察调研至少1次或专委会活动不少于2次');
  });
});

describe('missedParts', () => {
  it('names only the failed parts of a compound requirement (三个一)', () => {
    expect(missedParts(THREE.expr, label, values({ plenary_attended: 1, proposals_lead: 1 }))).toEqual(['未参加视察调研']);
    expect(missedParts(THREE.expr, label, values({ inspections: 2 }))).toEqual(['未出席全体会议', '领衔提案、报送社情民意均无']);
    expect(missedParts(THREE.expr, label, values({ plenary_attended: 1, proposals_lead: 1, inspections: 1 }))).toEqual([]);
  });

  it("gives the member's own figure where the count is not zero", () => {
    expect(missedParts(cond('plenary_absent == 0').expr, label, values({ plenary_absent: 1 }))).toEqual(['全体会议无故缺席1次']);
    expect(missedParts(cond('committee_activities >= 3').expr, label, values({ committee_activities: 1 }))).toEqual(['专委会活动1次（要求不少于3次）']);
  });

  it('never prints an operator, a key or a bracketed expression for the forms methods use', () => {
    const keys = Object.keys(LABELS).filter((k) => k !== 'standing');
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.nat({ max: 3 })), (v) => {
        const text = [...missedParts(THREE.expr, label, values(v)), askText(THREE.expr, label)].join('');
        expect(text).not.toMatch(/[<>=+_a-z]|且|或 /);
      }),
    );
  });
});

describe('factsText', () => {
  it("states a veto's figures", () => {
    expect(factsText(cond('plenary_absent >= 2').expr, label, values({ plenary_absent: 2 }))).toBe('全体会议无故缺席2次');
  });
});

describe('the second edition in plain words (identity fields, quoted text, missing values)', () => {
  const labelled = (k: string): string => ({ role: '政协职务', sector: '界别', 'prev.score': '上一年度得分' })[k] ?? label(k);
  const parse = (src: string) => {
    const r = parseCondition(src, new ItemNames({ extensions: { names: [{ name: 'prev.score', type: 'number', label: '上一年度得分' }], functions: [] } }));
    if (!r.ok) throw new Error(r.detail);
    return r.condition.expr;
  };
  const of = (v: Readonly<Record<string, Value>>) => (k: string): Value => (Object.prototype.hasOwnProperty.call(v, k) ? v[k] : null);

  it('says what an identity comparison asks, and what the member is', () => {
    const e = parse('role != "驻会常委" or plenary_attended >= 1');
    expect(askText(e, labelled)).toBe('政协职务不为驻会常委或出席全体会议至少1次');
    expect(missedParts(e, labelled, of({ role: '驻会常委', plenary_attended: 0 }))).toEqual(['政协职务为驻会常委，且未出席全体会议']);
    expect(missedParts(parse('sector == "特邀"'), labelled, of({ sector: null }))).toEqual(['未填写界别']);
    expect(factsText(parse('sector == "特邀" and plenary_absent >= 1'), labelled, of({ sector: '特邀', plenary_absent: 1 }))).toBe('界别为特邀，全体会议无故缺席1次');
  });

  it('says a missing value has no record, never a made-up 0', () => {
    expect(missedParts(parse('prev.score >= 60'), labelled, of({}))).toEqual(['上一年度得分无记录']);
    expect(factsText(parse('prev.score < 60'), labelled, of({}))).toBe('上一年度得分无记录');
  });
});
