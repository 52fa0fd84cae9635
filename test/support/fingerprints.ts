/** Test plans as the core makes them: the generated sheets a plan writes recorded with their content fingerprints (issue 10 point 10). */
import { planFingerprint } from '../../src/core/output/generated-proof';
import type { Bookkeeping, WritePlan } from '../../src/core';

/** The plan's bookkeeping with the fingerprint of each sheet it writes and lists as generated (kept ones keep theirs). */
export function withFingerprints(plan: WritePlan): Bookkeeping {
  const fingerprints: Record<string, string> = { ...(plan.bookkeeping.fingerprints ?? {}) };
  for (const sheet of plan.sheets) if (plan.bookkeeping.generatedSheets.includes(sheet.name)) fingerprints[sheet.name] = planFingerprint(sheet);
  return Object.keys(fingerprints).length > 0 ? { ...plan.bookkeeping, fingerprints } : plan.bookkeeping;
}
