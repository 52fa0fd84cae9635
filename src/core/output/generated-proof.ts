/**
 * "Ours" is proven, not decided by name (issue 10 point 10): a generated sheet is the product's
 * only while its content still matches the fingerprint the bookkeeping kept when the product wrote
 * it. A user's sheet that took the place of a deleted generated sheet, or a generated sheet the
 * user has since edited, is the user's: never replaced (the result goes to 「名称(2)」).
 */
import { parseRange } from '../a1';
import type { SheetPlan } from '../plan';
import type { Bookkeeping, MarkRecord, MergedArea, SheetSnapshot, Snapshot } from '../snapshot';
import { sheetFingerprint } from './fingerprint';

/** The fingerprint of a sheet as a host reads it. */
export function snapshotFingerprint(sheet: SheetSnapshot): string {
  return sheet.fingerprint ?? sheetFingerprint(sheet.values, sheet.merges);
}

/** The fingerprint of a sheet as the plan writes it (what a host will read back). */
export function planFingerprint(plan: SheetPlan): string {
  const merges: MergedArea[] = [];
  for (const m of plan.merges) {
    const r = parseRange(m);
    if (r) merges.push(r);
  }
  return sheetFingerprint(plan.values, merges);
}

/** Names of the generated sheets present in the workbook whose content is still what the product wrote. */
export function provenGenerated(snapshot: Snapshot): Set<string> {
  const stored = snapshot.bookkeeping.fingerprints ?? {};
  const proven = new Set<string>();
  for (const sheet of snapshot.sheets) {
    if (!snapshot.bookkeeping.generatedSheets.includes(sheet.name)) continue;
    const expected = Object.prototype.hasOwnProperty.call(stored, sheet.name) ? stored[sheet.name] : undefined;
    if (expected !== undefined && expected === snapshotFingerprint(sheet)) proven.add(sheet.name);
  }
  return proven;
}

/** The bookkeeping after a run: the proven sheets kept (with their fingerprints), the written ones with new fingerprints, the new marks. */
export function nextBookkeeping(snapshot: Snapshot, proven: ReadonlySet<string>, written: readonly SheetPlan[], marks: readonly MarkRecord[]): Bookkeeping {
  // Null prototype: sheet names are data (a sheet may be called 「__proto__」).
  const fingerprints: Record<string, string> = Object.create(null) as Record<string, string>;
  const names: string[] = [];
  const stored = snapshot.bookkeeping.fingerprints ?? {};
  const add = (name: string, fingerprint: string): void => {
    if (!names.includes(name)) names.push(name);
    fingerprints[name] = fingerprint;
  };
  for (const name of snapshot.bookkeeping.generatedSheets) if (proven.has(name)) add(name, stored[name]);
  for (const sheet of written) add(sheet.name, planFingerprint(sheet));
  return { generatedSheets: names, fingerprints, marks };
}
