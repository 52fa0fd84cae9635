/** The bundled sample (assets/sample.xlsx): 300 invented members, seeded, with the dozen typical slips. */
import { generateMembers } from './members';
import { addTypicalMistakes, type Mistake } from './mistakes';
import { addTotalRow, buildTable, type SampleTable } from './table';

export const SAMPLE_SEED = 20251220;
export const SAMPLE_MEMBERS = 300;

export function sampleTable(): { readonly table: SampleTable; readonly mistakes: readonly Mistake[]; readonly members: number } {
  const members = generateMembers(SAMPLE_MEMBERS, SAMPLE_SEED);
  const table = buildTable(members);
  const mistakes = addTypicalMistakes(table, members);
  addTotalRow(table);
  return { table, mistakes, members: members.length };
}
