import { headerAsWritten, normalizeHeader } from '../../../src/core/table/normalize-header';
import { headerMatcher } from '../../../src/core/table/match-header';
import { CONTRACT_BARE_MEETINGS, CONTRACT_GENERIC_GROUPS, CONTRACT_PAIRS, CONTRACT_SINGLE } from '../../support/contract-headers';

const m = headerMatcher([]);
const key = (text: string): string | null => m.single(text)?.key ?? null;
const pairKey = (group: string, sub: string): string | null => m.pair(group, sub)?.key ?? null;
const singles = Object.entries(CONTRACT_SINGLE).flatMap(([k, hs]) => hs.map((h) => [h, k] as const));

describe('normalizeHeader', () => {
  test.each([
    ['出席全体会议', '出席全体会议'],
    ['出席\n全体会议', '出席全体会议'],
    [' 出 席 全体会议\r\n', '出席全体会议'],
    ['出席全体会议（次）', '出席全体会议'],
    ['领衔提案(件)', '领衔提案'],
    ['社情民意信息（篇）', '社情民意信息'],
    ['表彰奖励（项）', '表彰奖励'],
    ['学习培训（人次）', '学习培训'],
    ['视察调研（次)', '视察调研'],
    ['视察调研（单位：次）', '视察调研'],
    ['领衔提案数', '领衔提案'],
    ['出席全体会议次数', '出席全体会议'],
    ['联名提案件数', '联名提案'],
    ['社情民意篇数', '社情民意'],
    ['违纪违法情况', '违纪违法'],
    ['履职情况', '履职'],
    ['领衔提案数（件）', '领衔提案'],
    ['姓名：', '姓名'],
    ['次数', ''],
  ])('%p → %s', (raw, strict) => expect(normalizeHeader(raw).strict).toBe(strict));

  test('the loose form also drops other bracketed remarks', () => {
    expect(normalizeHeader('领衔提案（第一提案人）')).toEqual({ strict: '领衔提案（第一提案人）', loose: '领衔提案' });
  });
  test('as written: line breaks removed, the rest kept', () => {
    expect(headerAsWritten(' 出席\n全体会议（次） ')).toBe('出席全体会议（次）');
  });
});

describe('single-row headers of CONTRACT §2', () => {
  test.each(singles)('%s → %s', (header, k) => expect(key(header)).toBe(k));
  test.each(singles)('%s with noise (line break, unit, trailing 数) → %s', (header, k) => {
    const noisy = `${header.slice(0, 1)}\n${header.slice(1)}（次）`;
    expect(key(noisy)).toBe(k);
    expect(key(`${header}数`)).toBe(k);
    expect(key(` ${header}情况 `)).toBe(k);
  });
  test.each([
    ['出席全体会议次数', 'plenary_attended'],
    ['领衔提案数（件）', 'proposals_lead'],
    ['社情民意信息（篇）', 'opinions_submitted'],
    ['表彰奖励（项）', 'honors'],
    ['违纪违法情况', 'violations'],
    ['姓  名', 'name'],
    ['领衔提案（第一提案人）', 'proposals_lead'],
    ['是否常委（是/否）', 'role'],
  ])('%s → %s', (header, k) => expect(key(header)).toBe(k));
  test.each(['序号', '备注', '得分', '合计', ''])('%p is not a column', (header) => expect(key(header)).toBeNull());
  test('kinds: identity, count, flag', () => {
    expect(m.single('姓名')?.kind).toBe('identity');
    expect(m.single('领衔提案')?.kind).toBe('count');
    expect(m.single('违纪违法')?.kind).toBe('flag');
  });
});

describe('two-row headers of CONTRACT §2', () => {
  test.each(CONTRACT_PAIRS)('%s: %s over %s', (k, group, sub) => {
    expect(pairKey(group, sub)).toBe(k);
    expect(pairKey(`${group}\n情况`, `${sub}（次）`)).toBe(k);
  });
  test.each(singles.filter(([, k]) => k !== 'name'))('a sub-column with its own full name %s matches under any group', (header, k) => {
    expect(pairKey('提案', header)).toBe(k);
  });
  test.each(CONTRACT_GENERIC_GROUPS.flatMap((g) => singles.map(([h, k]) => [g, h, k] as const)))('under generic group %s: %s → %s', (g, h, k) => {
    expect(pairKey(g, h)).toBe(k);
  });
  test.each(CONTRACT_GENERIC_GROUPS.flatMap((g) => CONTRACT_BARE_MEETINGS.map(([h, k]) => [g, h, k] as const)))('under %s the bare meeting name %s means attendance (%s)', (g, h, k) => {
    expect(pairKey(g, h)).toBe(k);
  });
  test('a bare meeting name under a non-generic group is not attendance', () => {
    expect(pairKey('其他', '全体会议')).toBeNull();
  });
  test('group and sub read together, either order', () => {
    expect(pairKey('出席', '全体会议')).toBe('plenary_attended');
    expect(pairKey('社情民意', '被采用')).toBe('opinions_adopted');
  });
  test('an empty sub reads the group alone; an empty group reads the sub alone', () => {
    expect(pairKey('出席全体会议', '')).toBe('plenary_attended');
    expect(pairKey('出席全体会议', '（次）')).toBe('plenary_attended');
    expect(pairKey('出席全体会议', '次数')).toBe('plenary_attended');
    expect(pairKey('', '领衔提案')).toBe('proposals_lead');
  });
  test('unknown sub-columns under a known group do not match', () => {
    expect(pairKey('全体会议', '得分')).toBeNull();
    expect(pairKey('提案', '备注')).toBeNull();
  });
});

describe('custom method items', () => {
  const c = headerMatcher([{ key: 'poverty_help', headers: ['结对帮扶', '帮扶户数'] }]);
  test('match their headers, normalised the same way, as counts', () => {
    expect(c.single('结对帮扶')).toEqual({ key: 'poverty_help', kind: 'count' });
    expect(c.single('结对\n帮扶（次）')).toEqual({ key: 'poverty_help', kind: 'count' });
    expect(c.single('帮扶户数')).toEqual({ key: 'poverty_help', kind: 'count' });
    expect(c.pair('履职情况', '结对帮扶')).toEqual({ key: 'poverty_help', kind: 'count' });
  });
  test('a custom header written with a bracketed remark matches the bare column header too', () => {
    const r = headerMatcher([{ key: 'visits', headers: ['走访群众（入户）'] }]);
    expect(r.single('走访群众')?.key).toBe('visits');
    expect(r.single('走访群众（入户）')?.key).toBe('visits');
  });
  test('a custom item named like a built-in header takes that column', () => {
    expect(headerMatcher([{ key: 'my_welfare', headers: ['公益活动'] }]).single('公益活动')?.key).toBe('my_welfare');
  });
});
