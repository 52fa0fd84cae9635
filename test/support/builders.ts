/** Small builders for tests: snapshots from rows, and member records/results with defaults. */
import type { CellValue, MergedArea, SheetSnapshot, Snapshot, Bookkeeping } from '../../src/core/snapshot';
import type { MemberRecord, MemberResult } from '../../src/core/types';
import { EMPTY_BOOKKEEPING } from '../../src/core/snapshot';

export function sheet(name: string, values: readonly (readonly CellValue[])[], extra: { merges?: MergedArea[]; hiddenRows?: number[]; fills?: Record<string, string>; notes?: Record<string, string> } = {}): SheetSnapshot {
  return { name, values, merges: extra.merges ?? [], hiddenRows: extra.hiddenRows ?? [], fills: extra.fills, notes: extra.notes, visible: true };
}

export function snapshot(sheets: readonly SheetSnapshot[], bookkeeping: Bookkeeping = EMPTY_BOOKKEEPING, fileName = '测试.xlsx'): Snapshot {
  return { fileName, sheets, bookkeeping };
}

export function memberRecord(over: Partial<MemberRecord> & { row: number; name: string }): MemberRecord {
  return {
    memberId: null,
    gender: null,
    sector: null,
    committee: null,
    liaisonGroup: null,
    unit: null,
    title: null,
    party: null,
    role: '委员',
    phone: null,
    idNumber: null,
    hidden: false,
    counts: {},
    cells: {},
    nameCell: `B${over.row}`,
    ...over,
  };
}

export function memberResult(over: Partial<MemberResult> & { row: number; name: string }): MemberResult {
  return {
    ...memberRecord(over),
    itemPoints: {},
    categories: {},
    score: null,
    grade: null,
    status: 'graded',
    rank: null,
    unmetRequirements: [],
    vetoes: [],
    notes: [],
    ...over,
  };
}
