/**
 * Matching members across years (CONTRACT.md §9): a member of a new year gets the archive number
 * (档案编号) of an earlier record by 委员编号, else by name + unit, else by name alone — the last
 * with a warning `archive.ambiguous`, as is every doubtful case (several candidates, same-name
 * members, a candidate already taken). The clerk settles a doubtful case once in the sheet
 * 「档案匹配」 (settlements.ts); a settlement always wins.
 */
import { finding, type FindingPlace } from '../findings';
import { SHEETS } from '../sheet-names';
import type { Finding } from '../types';
import { nameKey, unitKey, type ArchiveRecord } from './archive-types';

/** A member of some year to be given an archive number. */
export interface Incoming {
  readonly year: number;
  readonly name: string;
  readonly memberId: string | null;
  readonly unit: string | null;
  /** Where the member is, for findings. */
  readonly place: FindingPlace;
}

/** What the clerk decided for one member of one year: the same person as an archive number, or a new person. */
export interface Settlement {
  /** null: not any earlier member (a new person). */
  readonly person: string | null;
  /** The row of 「档案匹配」 it was read from. */
  readonly row: number;
}

/** A doubtful match, listed in 「档案匹配」 for the clerk. */
export interface Doubt {
  readonly year: number;
  readonly name: string;
  readonly unit: string | null;
  readonly memberId: string | null;
  /** The archive number the product took (null: none, treated as a new member). */
  readonly suggestion: string | null;
  /** In Chinese: the candidates and why the match is doubtful. */
  readonly detail: string;
}

export interface MatchResult {
  /** The archive number of each incoming member, in order. */
  readonly persons: readonly string[];
  readonly doubts: readonly Doubt[];
  readonly findings: readonly Finding[];
}

export function settlementKey(year: number, name: string, unit: string | null): string {
  return `${year}|${nameKey(name)}|${unitKey(unit)}`;
}

interface PersonInfo {
  readonly person: string;
  readonly records: ArchiveRecord[];
  readonly ids: Set<string>;
}

/** The index of the archive's persons by 委员编号, name + unit and name. */
class PersonIndex {
  readonly persons = new Map<string, PersonInfo>();
  private readonly byId = new Map<string, Set<string>>();
  private readonly byNameUnit = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Set<string>>();
  private highest = 0;

  constructor(records: readonly ArchiveRecord[]) {
    for (const r of records) if (r.person !== '') this.add(r);
  }

  add(r: ArchiveRecord): void {
    let info = this.persons.get(r.person);
    if (!info) this.persons.set(r.person, (info = { person: r.person, records: [], ids: new Set() }));
    info.records.push(r);
    if (r.memberId) {
      info.ids.add(r.memberId);
      put(this.byId, r.memberId, r.person);
    }
    put(this.byNameUnit, `${nameKey(r.name)}|${unitKey(r.unit)}`, r.person);
    put(this.byName, nameKey(r.name), r.person);
    const n = /^D(\d+)$/.exec(r.person);
    if (n) this.highest = Math.max(this.highest, Number(n[1]));
  }

  withId(id: string): string[] {
    return [...(this.byId.get(id) ?? [])];
  }
  withNameUnit(name: string, unit: string | null): string[] {
    return [...(this.byNameUnit.get(`${nameKey(name)}|${unitKey(unit)}`) ?? [])];
  }
  withName(name: string): string[] {
    return [...(this.byName.get(nameKey(name)) ?? [])];
  }
  has(person: string): boolean {
    return this.persons.has(person);
  }
  /** A new archive number: D followed by four digits, one above the highest in use. */
  next(): string {
    this.highest++;
    return `D${String(this.highest).padStart(4, '0')}`;
  }
  describe(person: string): string {
    const info = this.persons.get(person);
    if (!info) return person;
    const last = [...info.records].sort((a, b) => b.year - a.year)[0];
    return `${person} ${last.name}（${last.year}年，${last.unit ?? '未填工作单位'}）`;
  }
}

function put(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * Gives every incoming member an archive number. `existing` are the archive's records (they keep
 * their numbers; records of a year being replaced are still used, so a re-run keeps its numbers).
 * Years are matched in ascending order, so a member new in one imported year is found in the next.
 */
export function matchMembers(existing: readonly ArchiveRecord[], incoming: readonly Incoming[], settlements: ReadonlyMap<string, Settlement>): MatchResult {
  const index = new PersonIndex(existing);
  const persons: string[] = new Array<string>(incoming.length).fill('');
  const doubts: Doubt[] = [];
  const findings: Finding[] = [];
  const years = [...new Set(incoming.map((m) => m.year))].sort((a, b) => a - b);
  for (const year of years) {
    const members = incoming.map((m, i) => ({ m, i })).filter((x) => x.m.year === year);
    const taken = new Set<string>();
    const open: typeof members = [];
    const sameNames = new Map<string, number>();
    for (const { m } of members) sameNames.set(nameKey(m.name), (sameNames.get(nameKey(m.name)) ?? 0) + 1);
    // Pass 1: settlements and certain matches (委员编号, name + unit).
    for (const x of members) {
      const { m } = x;
      const settled = settlements.get(settlementKey(year, m.name, m.unit));
      if (settled !== undefined && settled.person === null) {
        persons[x.i] = '-';
        continue;
      }
      if (settled?.person != null) {
        if (index.has(settled.person) && !taken.has(settled.person)) {
          persons[x.i] = settled.person;
          taken.add(settled.person);
          continue;
        }
        // A number the archive does not hold (or already given this year): said, then matched as if unsettled.
        findings.push(finding('archive.settlement_unknown', { sheet: SHEETS.archiveMatch, cell: null, row: settled.row, member: m.name }, { row: settled.row, text: settled.person }));
      }
      const certain = certainMatch(index, m);
      if (certain !== null && !taken.has(certain)) {
        persons[x.i] = certain;
        taken.add(certain);
      } else open.push(x);
    }
    // Pass 2: by name alone, among the persons not taken this year, always with a warning.
    for (const x of open) {
      const { m } = x;
      const candidates = index.withName(m.name).filter((p) => !taken.has(p) && !idsConflict(index, p, m.memberId));
      const twins = (sameNames.get(nameKey(m.name)) ?? 0) > 1;
      if (candidates.length === 1) {
        const person = candidates[0];
        persons[x.i] = person;
        taken.add(person);
        const detail = `${twins ? '本年度有同名委员，' : ''}按姓名匹配到 ${index.describe(person)}${unitKey(m.unit) !== unitKey(lastUnit(index, person)) ? '，工作单位不同' : ''}`;
        doubts.push({ year, name: m.name, unit: m.unit, memberId: m.memberId, suggestion: person, detail });
        findings.push(finding('archive.ambiguous', m.place, { member: m.name, unit: m.unit ?? '未填工作单位', how: '只能按姓名对应', detail }));
      } else {
        persons[x.i] = '-';
        if (candidates.length > 1) {
          const detail = `档案中有 ${candidates.length} 位同名委员：${candidates.map((p) => index.describe(p)).join('；')}，未能确定是哪一位，暂按新委员记入`;
          doubts.push({ year, name: m.name, unit: m.unit, memberId: m.memberId, suggestion: null, detail });
          findings.push(finding('archive.ambiguous', m.place, { member: m.name, unit: m.unit ?? '未填工作单位', how: '无法唯一对应', detail }));
        }
      }
    }
    // New persons get numbers in table order; then this year's records join the index for the next year.
    for (const x of members) {
      if (persons[x.i] === '-' || persons[x.i] === '') persons[x.i] = index.next();
    }
    for (const x of members) {
      index.add({ year, person: persons[x.i], name: x.m.name, memberId: x.m.memberId, unit: x.m.unit, sector: null, committee: null, liaisonGroup: null, role: null, counts: {}, score: null, grade: null, status: 'pending' });
    }
  }
  return { persons, doubts, findings };
}

function lastUnit(index: PersonIndex, person: string): string | null {
  const info = index.persons.get(person);
  if (!info) return null;
  return [...info.records].sort((a, b) => b.year - a.year)[0].unit;
}

/** Both carry a 委员编号 and they differ: not the same person. */
function idsConflict(index: PersonIndex, person: string, memberId: string | null): boolean {
  const ids = index.persons.get(person)?.ids;
  return memberId !== null && ids !== undefined && ids.size > 0 && !ids.has(memberId);
}

/** By 委员编号 (one person holds it), else by name + unit (one person, no differing 委员编号); null otherwise. */
function certainMatch(index: PersonIndex, m: Incoming): string | null {
  if (m.memberId !== null) {
    const byId = index.withId(m.memberId);
    if (byId.length === 1) return byId[0];
  }
  const byNameUnit = index.withNameUnit(m.name, m.unit).filter((p) => !idsConflict(index, p, m.memberId));
  return byNameUnit.length === 1 ? byNameUnit[0] : null;
}
