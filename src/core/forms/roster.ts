/**
 * The roster (名册, CONTRACT.md §8): a table of members with 姓名, 委员编号, 工作单位, 界别, 专委会,
 * 联络组, 职务…, read with the member table's header vocabulary. The header is the first row (of
 * the first 30) holding 姓名 and at least one other identity column; members are the rows below
 * with a name.
 */
import { IDENTITY_COLUMNS } from '../columns';
import type { Snapshot } from '../snapshot';
import { identityText, normalizeName } from '../table/identity';
import { headerMatcher } from '../table/match-header';
import { isBlank } from '../table/text';

export interface RosterMember {
  readonly name: string;
  readonly row: number;
  /** Identity by key (name, member_id, unit, title, sector, committee, liaison_group, role…), as written (trimmed). */
  readonly identity: Readonly<Partial<Record<string, string>>>;
}

export interface Roster {
  readonly file: string;
  readonly sheet: string;
  readonly members: readonly RosterMember[];
}

export type RosterResult = { readonly ok: true; readonly roster: Roster } | { readonly ok: false; readonly message: string };

const SEARCH_ROWS = 30;
const IDENTITY_KEYS = new Set(IDENTITY_COLUMNS.map((c) => c.key));

export function readRoster(snapshot: Snapshot): RosterResult {
  const matcher = headerMatcher([]);
  for (const sheet of snapshot.sheets) {
    if (sheet.visible === false) continue;
    for (let r = 1; r <= Math.min(SEARCH_ROWS, sheet.values.length); r++) {
      const row = sheet.values[r - 1] ?? [];
      const columns = new Map<string, number>();
      row.forEach((v, i) => {
        if (typeof v !== 'string') return;
        const m = matcher.single(v);
        if (m && IDENTITY_KEYS.has(m.key) && !columns.has(m.key)) columns.set(m.key, i + 1);
      });
      if (!columns.has('name') || columns.size < 2) continue;
      const members: RosterMember[] = [];
      for (let d = r + 1; d <= sheet.values.length; d++) {
        const cells = sheet.values[d - 1] ?? [];
        const name = normalizeName(cells[(columns.get('name') ?? 1) - 1] ?? null);
        if (name === '' || /^(合计|小计|总计)/.test(name)) continue;
        const identity: Record<string, string> = {};
        for (const [key, col] of columns) {
          const v = cells[col - 1] ?? null;
          const text = key === 'name' ? name : isBlank(v) ? null : identityText(v);
          if (text !== null) identity[key] = text;
        }
        members.push({ name, row: d, identity });
      }
      return { ok: true, roster: { file: snapshot.fileName, sheet: sheet.name, members } };
    }
  }
  return { ok: false, message: `名册「${snapshot.fileName}」中没有找到名单表：需要一行表头，含有「姓名」和「工作单位」「委员编号」「界别」等列中的至少一列。` };
}
