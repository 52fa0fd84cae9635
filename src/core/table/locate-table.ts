// STUB (helper core-table implements): find the member table per CONTRACT.md section 2.
import type { Snapshot } from '../snapshot';
import type { Fatal, TableLocation } from '../types';

/** A method's custom item: its key and the header names that identify its column. */
export interface CustomColumn {
  readonly key: string;
  readonly headers: readonly string[];
}

export interface LocateOptions {
  /** --sheet: use this sheet; else the sheet whose header matches best. */
  readonly sheet?: string;
  readonly customItems: readonly CustomColumn[];
  /** Sheets never taken as input (generated sheets, 评价办法). */
  readonly exclude: readonly string[];
}

export type LocateResult = { readonly ok: true; readonly location: TableLocation } | { readonly ok: false; readonly fatal: Fatal };

export function locateTable(snapshot: Snapshot, options: LocateOptions): LocateResult {
  void snapshot;
  void options;
  throw new Error('not implemented');
}
